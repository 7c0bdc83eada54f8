/// How the speakers and turns of a transcript file are laid out: what the
/// parser read the file as.
///
/// `qualkit transcript check` prints it, so that a researcher sees at once
/// when a file was not read the way it was written.
public enum TranscriptLayout: String, Hashable, Sendable, CaseIterable {
  /// `I: text`, `B03: text`, `Anna Jensen: text`, optionally after `[00:12:31]`.
  case speakerLabels = "speaker labels"
  /// Rev and Trint: `Anna Jensen (00:00:03):` or `Speaker 1 [00:03]` before the text.
  case timedLabels = "timed speaker labels (Rev, Trint)"
  /// Markdown: `**Anna:** text` or `**[00:00] SPEAKER_03:** text`.
  case markdownLabels = "Markdown bold labels"
  /// Otter and newer Teams `.docx`: a line `Anna Jensen  0:13`, the text on the lines after it.
  case nameTimeHeaders = "name and time headers (Otter, Teams)"
  /// Older Teams text: a line `00:00:03.120 --> 00:00:05.600`, a name line, then the text.
  case teamsCueBlocks = "Teams cue blocks (time line, name line, text)"
  /// A Word table with a speaker cell and a text cell in each row.
  case wordTable = "Word table (speaker and text cells)"
  /// Text without speaker labels: one untitled turn.
  case unlabelled = "no speaker labels"
  /// WebVTT voice tags `<v Anna Jensen>` (Teams).
  case voiceTags = "WebVTT voice tags (Teams)"
  /// `Anna Jensen: text` inside cues (Zoom, Descript, podcast tools).
  case namePrefixes = "speaker names in cue text (Zoom, Descript)"
  /// `[SPEAKER_00]: text` inside cues (Whisper, WhisperX).
  case bracketLabels = "bracketed speaker labels (WhisperX)"
  /// YouTube's rolling auto-captions, each cue repeating the line before.
  case rollingCaptions = "rolling captions (YouTube)"
  /// Cues without speakers: one turn each.
  case unlabelledCues = "cues without speakers"
  /// Speaker labels with timecodes inside the text (`… [00:19:00] …`,
  /// Descript): each sets the time of its line and starts no turn.
  case inlineTimecodes = "speaker labels with inline timecodes (Descript)"
  /// noScribe's export: `S01: [00:01:23] text`, a header block, pauses
  /// `(12 seconds pause)` and overlaps `//S02: … //` inside a turn.
  case noScribe = "noScribe (S00: [00:00:12] text, overlaps //S02: … //)"
  /// openai-whisper's JSON: segments with start, end and text.
  case whisperJSON = "Whisper JSON segments"
  /// WhisperX's JSON: segments with words and, after diarization, speakers.
  case whisperXJSON = "WhisperX JSON segments (words, speakers)"
  /// A list of diarized segments: speaker, start, end and text.
  case diarizedSegments = "diarized segment list (speaker, start, end, text)"
  /// Word's "Save as HTML": bold labels followed by a tab or a colon.
  case htmlBoldLabels = "HTML bold speaker labels (Word's Save as HTML)"
  /// Oral History as Data's CSV: one turn a row, `timestamp,speaker,words,tags`.
  case oralHistoryCSV = "oral-history CSV (timestamp, speaker, words, tags)"
}
