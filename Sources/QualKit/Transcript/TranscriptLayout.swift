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
}
