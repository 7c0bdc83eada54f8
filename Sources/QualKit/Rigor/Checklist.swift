/// A reporting checklist for qualitative research (COREQ or SRQR), each
/// item filled in from the project where the project can tell, the rest
/// marked for the researcher.
///
/// References: Tong, A., Sainsbury, P. & Craig, J. (2007). Consolidated
/// criteria for reporting qualitative research (COREQ): a 32-item checklist
/// for interviews and focus groups. *International Journal for Quality in
/// Health Care* 19(6), 349–357. O'Brien, B. C., Harris, I. B., Beckman,
/// T. J., Reed, D. A. & Cook, D. A. (2014). Standards for reporting
/// qualitative research: a synthesis of recommendations. *Academic
/// Medicine* 89(9), 1245–1251.
public struct Checklist: Hashable, Sendable {
  /// Which checklist.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// COREQ, 32 items (Tong, Sainsbury & Craig 2007).
    case coreq
    /// SRQR, 21 items (O'Brien et al. 2014).
    case srqr

    /// The checklist's name, such as `COREQ (Tong, Sainsbury & Craig 2007)`.
    public var title: String {
      switch self {
      case .coreq: "COREQ (Tong, Sainsbury & Craig 2007)"
      case .srqr: "SRQR (O'Brien et al. 2014)"
      }
    }

    /// The items, in order.
    var items: [Item] { self == .coreq ? Checklist.coreqItems : Checklist.srqrItems }
  }

  /// What the project can tell about an item.
  public enum Fact: Hashable, Sendable, CaseIterable {
    case interviewers, sampleSize, sampleDescription, duration, saturation, coders, codebook
    case software, quotations, themes, dataCollection, dataProcessing, trustworthiness
  }

  /// An item in two languages.
  struct Item: Hashable, Sendable {
    var number: String
    var domain: Text
    var item: Text
    var guide: Text
    var fact: Fact?
  }

  /// A text in English and Danish.
  struct Text: Hashable, Sendable {
    var english: String
    var danish: String

    init(_ english: String, _ danish: String) {
      self.english = english
      self.danish = danish
    }

    func callAsFunction(_ words: Vocabulary) -> String {
      words.language == .danish ? danish : english
    }
  }

  /// The checklist.
  public var kind: Kind
  /// What the project tells, per fact, in the table's language.
  public var facts: [Fact: String]

  /// Creates a checklist with the facts known.
  public init(kind: Kind, facts: [Fact: String]) {
    self.kind = kind
    self.facts = facts
  }

  /// The number of items.
  public var itemCount: Int { kind.items.count }

  /// How many items the project filled in.
  public var filledCount: Int { kind.items.filter { $0.fact.flatMap { facts[$0] } != nil }.count }

  /// The checklist as a table: number, domain, item, guide, and what the
  /// project reports or a mark for the researcher.
  public func table(_ words: Vocabulary = .english) -> Table {
    var table = Table(
      id: "checklist-\(kind.rawValue)", caption: words(.checklistCaption, kind.title, itemCount),
      preamble: [words[.checklistIntro]],
      columns: [
        .init("number", title: words[.numberColumn]),
        .init("domain", title: words[.domainColumn]),
        .init("item", title: words[.itemColumn]),
        .init("guide", title: words[.guideColumn]),
        .init("reported", title: words[.reportedColumn]),
      ],
      language: words.language)
    var domain = ""
    for item in kind.items {
      let name = item.domain(words)
      let reported = item.fact.flatMap { facts[$0] } ?? words[.forResearcher]
      table.rows.append(
        Table.Row([
          .text(item.number), .text(name == domain ? "" : name), .text(item.item(words)),
          .text(item.guide(words)), .text(reported),
        ]))
      domain = name
    }
    return table
  }
}
