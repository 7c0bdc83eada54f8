/// How interview participants and survey respondents are joined: by
/// participant id, the transcript's id or the value of one of its attributes.
public struct SurveyLink: Hashable, Sendable {
  /// The transcript attribute that holds the respondent id, or nil for the transcript id.
  public var attribute: String?
  /// Each linked transcript's survey row.
  public var rows: [String: Int]
  /// Transcripts with no respondent of that id, sorted.
  public var transcriptsOnly: [String]
  /// Respondents with no transcript, in survey order.
  public var respondentsOnly: [String]

  /// Links `transcripts` to the respondents of `survey`.
  public init(transcripts: [Transcript], survey: Survey, attribute: String? = nil) {
    self.attribute = attribute
    var rowOfRespondent: [String: Int] = [:]
    for (row, id) in survey.respondents.enumerated() where rowOfRespondent[id] == nil {
      rowOfRespondent[id] = row
    }
    var rows: [String: Int] = [:]
    var transcriptsOnly: [String] = []
    var linked: Set<Int> = []
    for transcript in transcripts.sorted(by: { $0.id < $1.id }) {
      let key = attribute.map { transcript.attributes[$0]?.description ?? "" } ?? transcript.id
      if let row = rowOfRespondent[key] {
        rows[transcript.id] = row
        linked.insert(row)
      } else {
        transcriptsOnly.append(transcript.id)
      }
    }
    self.rows = rows
    self.transcriptsOnly = transcriptsOnly
    respondentsOnly = survey.respondents.indices.filter { !linked.contains($0) }.map {
      survey.respondents[$0]
    }
  }

  /// A line for a table's preamble, in English.
  public var summary: String { summary(in: .english) }

  /// A line for a table's preamble: how many participants are linked, and
  /// who is on one side only, in `words`' language.
  public func summary(in words: Vocabulary) -> String {
    let key = attribute.map { words(.linkAttribute, words.attribute($0)) } ?? words[.participantID]
    var text = words(rows.count == 1 ? .participantLinked : .participantsLinked, rows.count, key)
    if !transcriptsOnly.isEmpty {
      text += words(.notInSurvey, transcriptsOnly.joined(separator: ", "))
    }
    text += words.count(
      respondentsOnly.count, .respondentNotInterviewed, .respondentsNotInterviewed)
    return text
  }
}
