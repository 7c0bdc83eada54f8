/// The file formats QualKit reads transcripts from.
public enum TranscriptFormat: String, Hashable, Sendable, CaseIterable {
  /// Plain text (`.txt`, `.md`) with optional front matter and speaker labels.
  case text
  /// WebVTT subtitles (`.vtt`) from Microsoft Teams or Zoom.
  case vtt
  /// SubRip subtitles (`.srt`) from Whisper or WhisperX.
  case srt
  /// A Word document (`.docx`).
  case docx

  /// The format a file extension stands for, if any (case-insensitive).
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "txt", "md", "text": self = .text
    case "vtt": self = .vtt
    case "srt": self = .srt
    case "docx": self = .docx
    default: return nil
    }
  }
}
