extension ReportBuilder {
  /// The methods section: one paragraph written from the data, for the
  /// researcher to edit into the paper.
  func methodsBlocks() -> [Report.Block] {
    let paragraph = [methodsParagraph(), assistedCodingSentence()].compactMap { $0 }
    return [.heading(words[.methods], level: 1), .paragraph(paragraph.joined(separator: " "))]
  }

  /// The figures the methods paragraph states.
  struct MethodsFacts {
    var transcripts: Int
    var coded: Int
    /// Per attribute, `5 citizen`, `2 professional`, ….
    var groups: [(attribute: String, counts: [String])]
    var coders: [String]
    var codebookName: String?
    var themes: Int
    var codes: Int
    var codable: Int
    var segments: Int
    /// The unit of agreement, and each pooled coefficient with its value
    /// as the report writes it (`undefined` in the report's language when
    /// it has none).
    var agreement:
      (
        unit: AgreementUnitKind, codedOnly: Bool, decisions: Int,
        values: [(statistic: ReliabilityStatistic, value: String)]
      )?
    var software: String
  }

  /// The facts, from the same values as the rest of the report.
  func methodsFacts() -> MethodsFacts {
    var groups: [(attribute: String, counts: [String])] = []
    for group in prevalence.groups {
      let text = "\(group.participants.count) \(group.value ?? words[.noValue])"
      if let last = groups.indices.last, groups[last].attribute == group.attribute {
        groups[last].counts.append(text)
      } else {
        groups.append((group.attribute, [text]))
      }
    }
    let entries = project.index?.entries ?? []
    var agreementFacts: (AgreementUnitKind, Bool, Int, [(ReliabilityStatistic, String)])?
    if let agreement {
      var scratch = Table(id: "", columns: [], language: options.language)
      let values = agreement.pooled.results.map { result in
        let cell = AgreementReport.cell(result, table: &scratch)
        return (
          result.statistic, result.value == nil ? words[.undefined] : cell.formatted(in: words)
        )
      }
      agreementFacts = (
        agreement.options.unitKind, agreement.options.codedOnly, agreement.pooled.units, values
      )
    }
    return MethodsFacts(
      transcripts: transcripts.count, coded: Set(segments.map(\.transcript)).count,
      groups: groups, coders: coders,
      codebookName: project.codebook?.name, themes: entries.filter { $0.depth == 0 }.count,
      codes: entries.count, codable: entries.filter(\.code.isCodable).count,
      segments: segments.count, agreement: agreementFacts, software: options.software)
  }

  /// The paragraph in the report's language.
  func methodsParagraph() -> String { Self.methods(methodsFacts(), words: words) }

  /// `a, b and c`, with `and` in the language given.
  public static func list(_ items: [String], and: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(and) " + (items.last ?? "")
  }

  /// The methods paragraph of `facts` in `words`' language.
  static func methods(_ facts: MethodsFacts, words: Vocabulary) -> String {
    var groups = ""
    if !facts.groups.isEmpty {
      let parts = facts.groups.map {
        words(.groupsByAttribute, words.list($0.counts), words.attribute($0.attribute))
      }
      groups = " (\(parts.joined(separator: "; ")))"
    }
    var text = words(
      facts.coded == 1 ? .analysisCoversOne : .analysisCoversMany,
      words.count(facts.transcripts, .interviewTranscript, .interviewTranscripts), groups,
      facts.coded)
    let book = words(
      .codebookWithCodes, facts.codebookName.map { " " + words(.quotedTitle, $0) } ?? "",
      words.count(facts.themes, .themeCount, .themesCount),
      words.count(facts.codes, .codeCount, .codesCount), facts.codable)
    if facts.coders.isEmpty {
      text += " " + words(.noCoderYetSentence, book)
    } else {
      let who = facts.coders.count == 1 ? words[.oneCoder] : words(.coderCount, facts.coders.count)
      text += " " + words(.codedThemWith, who, words.list(facts.coders), book)
      text +=
        " " + words(.countsAcceptedOnly, words.count(facts.segments, .segmentCount, .segmentsCount))
    }
    if let agreement = facts.agreement {
      let unit: Phrase =
        switch agreement.unit {
        case .turn: .theSpeakerTurn
        case .line: .theLine
        case .char: .theCharacter
        }
      let counting =
        agreement.codedOnly
        ? words(.onlyCodedUnitsCounting, words.plural(agreement.unit))
        : words(.everyUnitCounting, words.singular(agreement.unit))
      let values = agreement.values.map { statistic, value in
        let name =
          statistic == .percentAgreement ? words[.percentAgreementInText] : words.name(statistic)
        return words(.statisticWas, name, value)
      }
      text +=
        " "
        + words(.agreementComputed, words[unit], counting, agreement.decisions, words.list(values))
    }
    return text + " " + words(.analysisDoneWith, facts.software)
  }
}
