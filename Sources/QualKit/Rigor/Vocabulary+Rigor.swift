extension Vocabulary {
  /// The rigor phrase in this language, placeholders unfilled.
  subscript(_ phrase: RigorPhrase) -> String {
    switch language {
    case .english: phrase.english
    case .danish: phrase.danish
    }
  }

  /// The rigor phrase with its placeholders `%1`, `%2`, … replaced by
  /// `arguments` in order.
  func callAsFunction(_ phrase: RigorPhrase, _ arguments: any CustomStringConvertible...)
    -> String
  {
    Self.fill(self[phrase], arguments.map(\.description))
  }

  /// A threshold or share as a percentage with no decimals when whole
  /// (`5 %`), else one (`2.5 %`), in the language's style.
  func share(_ value: Double) -> String {
    let whole = (value * 100).rounded() == value * 100
    return percent(value, decimals: whole ? 0 : 1)
  }
}
