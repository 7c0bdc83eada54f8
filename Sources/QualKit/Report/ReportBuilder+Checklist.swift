extension ReportBuilder {
  /// What the project tells a reporting checklist, in the report's
  /// language; `quotes` are the report's quotations.
  func checklistFacts(quotes: [ReportQuote]) -> [Checklist.Fact: String] {
    var facts: [Checklist.Fact: String] = [:]
    // Interviewers, from the attribute.
    var interviewers: [(String, [String])] = []
    var withoutInterviewer: [String] = []
    for transcript in transcripts {
      guard let name = transcript.attributes["interviewer"]?.description else {
        withoutInterviewer.append(transcript.id)
        continue
      }
      if let index = interviewers.firstIndex(where: { $0.0 == name }) {
        interviewers[index].1.append(transcript.id)
      } else {
        interviewers.append((name, [transcript.id]))
      }
    }
    if !interviewers.isEmpty {
      facts[.interviewers] = words(
        .factInterviewers,
        interviewers.map { "\($0.0) (\($0.1.joined(separator: ", ")))" }.joined(separator: "; "))
      if !withoutInterviewer.isEmpty {
        facts[.interviewers, default: ""] +=
          " " + words(.factInterviewersMissing, withoutInterviewer.joined(separator: ", "))
      }
    }
    // Participants and their description.
    let methods = methodsFacts()
    let groups = methods.groups.map {
      words(.groupsByAttribute, words.list($0.counts), words.attribute($0.attribute))
    }
    facts[.sampleSize] = words(
      .factSampleSize, transcripts.count,
      groups.isEmpty ? words[.noValue] : groups.joined(separator: "; "))
    var description = InterviewFacts.description(transcripts, words: words)
    if let dates = InterviewFacts.dateRange(transcripts) {
      description.append(words(.factDates, dates.first, dates.last))
    }
    if !description.isEmpty {
      facts[.sampleDescription] = description.joined(separator: "; ") + "."
    }
    // Duration, from the timestamps.
    let durations = InterviewFacts.durations(transcripts).map(\.milliseconds).sorted()
    if let shortest = durations.first, let longest = durations.last {
      let median = Reliability.quantile(durations.map(Double.init), 0.5)
      facts[.duration] = words(
        .factDuration, durations.count, transcripts.count, InterviewFacts.clock(shortest),
        InterviewFacts.clock(longest), InterviewFacts.clock(Int(median.rounded())))
    }
    if let saturation = rigor.saturation, !saturation.all.interviews.isEmpty {
      facts[.saturation] = saturation.sentence(saturation.all, words)
    }
    // Coders, how they were reconciled, and their agreement.
    if !coders.isEmpty {
      let merges = project.codingFiles.filter { $0.file.effectiveKind == .merge }.map(\.path)
      let reconciled =
        merges.isEmpty ? words[.factNoMerge] : words(.factMerged, merges.joined(separator: ", "))
      facts[.coders] = words(.factCoders, coders.count, words.list(coders), reconciled)
    }
    if let agreement = methods.agreement {
      var values = agreement.values.map { statistic, value in
        let name =
          statistic == .percentAgreement ? words[.percentAgreementInText] : words.name(statistic)
        return "\(name) \(value)"
      }
      if let alpha = rigor.unitizing?.pooled.alpha {
        values.append("\(words[.unitizingAlpha]) \(words.fixed(alpha, decimals: 3))")
      }
      facts[.trustworthiness] = words(.factAgreement, values.joined(separator: ", "))
      facts[.coders, default: ""] += " " + words(.factAgreement, values.joined(separator: ", "))
    }
    // Codebook, software, quotations, themes, data.
    if let index = project.index {
      let depth = (index.entries.map(\.depth).max() ?? 0) + 1
      facts[.codebook] = words(
        .factCodebook, project.codebook?.name ?? "", methods.themes, methods.codes, depth)
      let themes = index.entries.filter { $0.depth == 0 }.map { label($0.code.id) }
      facts[.themes] = words(.factThemes, themes.count, themes.joined(separator: ", "))
    }
    facts[.software] = options.software
    if let first = quotes.first {
      facts[.quotations] = words(
        .factQuotations, quotes.count, first.citation.description(in: words))
    }
    var formats: [(String, Int)] = []
    for transcript in transcripts {
      let name = transcript.format.rawValue
      if let index = formats.firstIndex(where: { $0.0 == name }) {
        formats[index].1 += 1
      } else {
        formats.append((name, 1))
      }
    }
    facts[.dataProcessing] = words(
      .factDataProcessing, formats.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
    var collection: [String] = []
    if let dates = InterviewFacts.dateRange(transcripts) {
      collection.append(words(.factDates, dates.first, dates.last).capitalizedSentence + ".")
    }
    if let duration = facts[.duration] { collection.append(duration) }
    if !collection.isEmpty { facts[.dataCollection] = collection.joined(separator: " ") }
    return facts
  }
}

extension String {
  /// The sentence with its first letter uppercased.
  fileprivate var capitalizedSentence: String { prefix(1).uppercased() + dropFirst() }
}
