/// The file formats QualKit reads transcripts from.
public enum TranscriptFormat: String, Hashable, Sendable, CaseIterable {
  /// Plain text (`.txt`, `.md`) with optional front matter and speaker labels.
  case text
  /// WebVTT subtitles (`.vtt`) from Microsoft Teams, Zoom or noScribe.
  case vtt
  /// SubRip subtitles (`.srt`) from Whisper or WhisperX.
  case srt
  /// A Word document (`.docx`).
  case docx
  /// Whisper or WhisperX JSON (`.json`): segments with times, text and,
  /// after diarization, speakers.
  case json
  /// An HTML page (`.html`, `.htm`): Word's "Save as HTML", noScribe, or
  /// one paragraph a `<p>`.
  case html
  /// A CSV table with one turn a row (`.csv`), as Oral History as Data
  /// writes it: `timestamp,speaker,words,tags`.
  case csv

  /// The format a file extension stands for, if any (case-insensitive).
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "txt", "md", "text": self = .text
    case "vtt": self = .vtt
    case "srt": self = .srt
    case "docx": self = .docx
    case "json": self = .json
    case "html", "htm": self = .html
    case "csv": self = .csv
    default: return nil
    }
  }

  /// The extensions read as transcripts, for messages: `.txt, .md, …`.
  public static let extensionList =
    ".txt, .md, .vtt, .srt, .docx, .json (Whisper, WhisperX), .html, .htm or .csv (oral history)"

  /// Whether the file is read from its bytes rather than as decoded text:
  /// a Word file is an archive, and an HTML page names its own charset.
  public var readsBytes: Bool {
    self == .docx || self == .html
  }

  /// What to tell a user whose file has the extension `pathExtension`,
  /// which is no transcript format, when a known format has a better
  /// answer than the list of extensions: a Word 97–2003 `.doc`, a rich
  /// text `.rtf` or a PDF.
  public static func advice(forExtension pathExtension: String) -> String? {
    switch pathExtension.lowercased() {
    case "doc":
      "a Word 97-2003 .doc file is a binary format QualKit cannot read; open it in Word or "
        + "LibreOffice and save it as a Word document (.docx): File > Save As > Word Document"
    case "rtf":
      "a rich text .rtf file cannot be read; open it in Word or LibreOffice and save it as a "
        + "Word document (.docx) or as plain text (.txt)"
    case "pdf":
      "a PDF cannot be read as a transcript; export the transcript from the program that "
        + "made it as .docx or .txt"
    default: nil
    }
  }
}
