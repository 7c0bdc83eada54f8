/// A participant attribute's value: text, or a number when the text is one.
///
/// Attributes come from front matter and from the participants table as
/// text; a value written as a plain decimal number (`54`, `-3`, `2.5`, no
/// leading zeros) becomes a number, so that later tables can sort and
/// summarise it. Anything else (`007`, `2026-03-12`, `TKI2`) stays text.
public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
  /// A text value.
  case text(String)
  /// A numeric value, with the text it was written as.
  case number(Double, String)

  /// Infers the value's type from how it is written.
  public init(inferring raw: String) {
    if Self.isPlainNumber(raw), let value = Double(raw) {
      self = .number(value, raw)
    } else {
      self = .text(raw)
    }
  }

  /// The value as written.
  public var description: String {
    switch self {
    case .text(let text): text
    case .number(_, let text): text
    }
  }

  /// The value as JSON: a number or a string.
  public var json: JSONOutput {
    switch self {
    case .text(let text): .string(text)
    case .number(let value, let text): text.contains(".") ? .double(value) : .int(Int(value))
    }
  }

  private static func isPlainNumber(_ raw: String) -> Bool {
    var scalars = Substring(raw).unicodeScalars[...]
    if scalars.first == "-" { scalars = scalars.dropFirst() }
    let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let whole = parts.first, !whole.isEmpty, whole.count <= 15,
      whole.allSatisfy({ $0.properties.numericType != nil && $0.isASCII })
    else { return false }
    if whole.count > 1 && whole.first == "0" { return false }
    if parts.count == 2 {
      let fraction = parts[1]
      return !fraction.isEmpty && fraction.count <= 15
        && fraction.allSatisfy({ $0.properties.numericType != nil && $0.isASCII })
    }
    return true
  }
}
