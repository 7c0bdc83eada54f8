/// One cell of a ``Table``: typed, so that every writer formats it the same way.
public enum Cell: Hashable, Sendable {
  /// Nothing.
  case empty
  /// Text, such as an id or a label.
  case text(String)
  /// A code: its id and its label.
  case code(id: String, label: String)
  /// A whole number.
  case integer(Int)
  /// A number shown with a fixed number of decimals.
  case number(Double, decimals: Int)
  /// A proportion (0.978) shown as a percentage (97.8%).
  case percent(Double, decimals: Int)
  /// A value that is undefined; the reason is the table's `notes[note]`.
  case undefined(note: Int)
  /// A quotation with where it comes from.
  case quote(String, Citation)

  /// The cell as text in English, the same in every writer (undefined as `n/a [1]`).
  public var formatted: String { formatted(in: .english) }

  /// The cell as text in `vocabulary`'s language, the same in every writer:
  /// numbers in its ``NumberStyle``, undefined as `n/a [1]` or `i.t. [1]`,
  /// a quotation with its citation.
  public func formatted(in vocabulary: Vocabulary) -> String {
    switch self {
    case .empty: ""
    case .text(let text): text
    case .code(let id, _): id
    case .integer(let value): String(value)
    case .number(let value, let decimals): vocabulary.fixed(value, decimals: decimals)
    case .percent(let value, let decimals): vocabulary.percent(value, decimals: decimals)
    case .undefined(let note): "\(vocabulary.notAvailable) [\(note + 1)]"
    case .quote(let text, let citation): "\"\(text)\" (\(citation.description(in: vocabulary)))"
    }
  }

  /// Whether the cell holds a number (writers align numbers to the right).
  public var isNumeric: Bool {
    switch self {
    case .integer, .number, .percent, .undefined: true
    default: false
    }
  }
}
