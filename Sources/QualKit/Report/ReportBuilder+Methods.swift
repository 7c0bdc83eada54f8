extension ReportBuilder {
  /// The methods section: one paragraph written from the data, for the
  /// researcher to edit into the paper.
  func methodsBlocks() -> [Report.Block] {
    [.heading(strings.methods, level: 1), .paragraph(methodsParagraph())]
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
    /// as the report writes it (`undefined` when it has none).
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
      let text = "\(group.participants.count) \(group.value ?? strings.noValue)"
      if let last = groups.indices.last, groups[last].attribute == group.attribute {
        groups[last].counts.append(text)
      } else {
        groups.append((group.attribute, [text]))
      }
    }
    let entries = project.index?.entries ?? []
    var agreementFacts: (AgreementUnitKind, Bool, Int, [(ReliabilityStatistic, String)])?
    if let agreement {
      var scratch = Table(id: "", columns: [])
      let values = agreement.pooled.results.map { result in
        let cell = AgreementWriter.cell(result, table: &scratch)
        return (result.statistic, result.value == nil ? "undefined" : cell.formatted)
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
  func methodsParagraph() -> String {
    let facts = methodsFacts()
    switch options.language {
    case .english: return Self.englishMethods(facts)
    case .danish: return Self.danishMethods(facts)
    }
  }

  /// `a, b and c`, with `and` in the language given.
  public static func list(_ items: [String], and: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(and) " + (items.last ?? "")
  }

  static func englishMethods(_ facts: MethodsFacts) -> String {
    let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
    var text = "The analysis covers \(plural(facts.transcripts, "interview transcript"))"
    if !facts.groups.isEmpty {
      let parts = facts.groups.map { "\(list($0.counts, and: "and")) by \($0.attribute)" }
      text += " (\(parts.joined(separator: "; ")))"
    }
    text += ", \(facts.coded) of which \(facts.coded == 1 ? "is" : "are") coded."
    let codebook = facts.codebookName.map { " “\($0)”" } ?? ""
    let book =
      "the codebook\(codebook) of \(plural(facts.themes, "theme")) and \(plural(facts.codes, "code")) "
      + "in all (\(facts.codable) codable)"
    if facts.coders.isEmpty {
      text += " No coder has accepted codings yet; the codes come from \(book)."
    } else {
      let who = facts.coders.count == 1 ? "One coder" : "\(facts.coders.count) coders"
      text += " \(who) (\(list(facts.coders, and: "and"))) coded them with \(book)."
      text +=
        " The report counts accepted codings only, a passage several coders coded counted once: "
        + "\(plural(facts.segments, "segment"))."
    }
    if let agreement = facts.agreement {
      let unit = agreement.unit == .turn ? "speaker turn" : agreement.unit.singular
      text +=
        " Inter-coder agreement was computed per code with the \(unit) as the unit, "
        + (agreement.codedOnly
          ? "only \(agreement.unit.plural) some coder coded counting"
          : "every \(agreement.unit.singular) counting whether coded or not")
        + "; pooled over all codes (\(agreement.decisions) code × unit decisions), "
        + list(
          agreement.values.map { statistic, value in
            let name = statistic == .percentAgreement ? "percent agreement" : statistic.displayName
            return "\(name) was \(value)"
          }, and: "and") + "."
    }
    text += " The analysis was done with \(facts.software)."
    return text
  }

  static func danishMethods(_ facts: MethodsFacts) -> String {
    var text = "Analysen omfatter \(facts.transcripts) interviewtransskription"
    text += facts.transcripts == 1 ? "" : "er"
    if !facts.groups.isEmpty {
      let parts = facts.groups.map { "efter \($0.attribute): \(list($0.counts, and: "og"))" }
      text += " (\(parts.joined(separator: "; ")))"
    }
    text += ", hvoraf \(facts.coded) er kodet."
    let codebook = facts.codebookName.map { " »\($0)«" } ?? ""
    let book =
      "kodebogen\(codebook) med \(facts.themes) \(facts.themes == 1 ? "tema" : "temaer") og "
      + "\(facts.codes) \(facts.codes == 1 ? "kode" : "koder") i alt (\(facts.codable) kan kodes)"
    if facts.coders.isEmpty {
      text += " Ingen koder har endnu accepterede kodninger; koderne kommer fra \(book)."
    } else {
      let who = facts.coders.count == 1 ? "Én koder" : "\(facts.coders.count) kodere"
      text += " \(who) (\(list(facts.coders, and: "og"))) har kodet dem med \(book)."
      text +=
        " Rapporten tæller kun accepterede kodninger, og en passage, som flere kodere har kodet, "
        + "tælles én gang: \(facts.segments) \(facts.segments == 1 ? "segment" : "segmenter")."
    }
    if let agreement = facts.agreement {
      let unit: String
      switch agreement.unit {
      case .turn: unit = "taleturen"
      case .line: unit = "linjen"
      case .char: unit = "tegnet"
      }
      text +=
        " Enigheden mellem koderne er beregnet pr. kode med \(unit) som enhed, "
        + (agreement.codedOnly
          ? "hvor kun enheder, som en koder har kodet, tæller"
          : "hvor alle enheder tæller, kodede eller ej")
        + "; samlet over alle koder (\(agreement.decisions) beslutninger, kode × enhed) var "
        + list(
          agreement.values.map { statistic, value in
            let name =
              statistic == .percentAgreement ? "den procentvise enighed" : statistic.displayName
            return "\(name) \(value == "undefined" ? "udefineret" : value)"
          }, and: "og") + "."
    }
    text += " Analysen er lavet med \(facts.software)."
    return text
  }
}
