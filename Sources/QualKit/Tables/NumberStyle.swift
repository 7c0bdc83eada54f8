/// How a language writes the numbers ``NumberFormat`` rounds: the decimal
/// separator, and what stands between a number and its percent sign.
///
/// The style changes separators only; rounding is always ``NumberFormat``'s
/// one rule, and whole numbers have no thousands separator in any style.
///
/// ```swift
/// NumberStyle.english.percent(0.993, decimals: 1)  // "99.3%"
/// NumberStyle.danish.percent(0.993, decimals: 1)   // "99,3 %" (a no-break space before %)
/// NumberStyle.danish.fixed(0.8024, decimals: 3)    // "0,802"
/// ```
public struct NumberStyle: Hashable, Sendable {
  /// The character between the whole part and the decimals.
  public var decimalSeparator: Character
  /// What stands between a number and `%`: nothing in English, a no-break
  /// space (U+00A0) in Danish, so the sign never starts a line.
  public var percentSeparator: String

  /// `0.802`, `99.3%`.
  public static let english = NumberStyle(decimalSeparator: ".", percentSeparator: "")
  /// `0,802`, `99,3 %`, as Danish writes them: a decimal comma and a
  /// space before the percent sign.
  public static let danish = NumberStyle(decimalSeparator: ",", percentSeparator: "\u{A0}")

  /// Creates a style.
  public init(decimalSeparator: Character, percentSeparator: String) {
    self.decimalSeparator = decimalSeparator
    self.percentSeparator = percentSeparator
  }

  /// `value` with `decimals` digits after the separator (``NumberFormat/fixed(_:decimals:)``).
  public func fixed(_ value: Double, decimals: Int) -> String {
    localized(NumberFormat.fixed(value, decimals: decimals))
  }

  /// The proportion `value` as a percentage with `decimals` digits and the
  /// sign (``NumberFormat/percent(_:decimals:)``).
  public func percent(_ value: Double, decimals: Int) -> String {
    percentSign(localized(NumberFormat.percentDigits(value, decimals: decimals)))
  }

  /// The proportion `value` as a percentage with `decimals` digits, without the sign.
  public func percentNumber(_ value: Double, decimals: Int) -> String {
    localized(NumberFormat.percentDigits(value, decimals: decimals))
  }

  /// `number`, already written, followed by the percent sign (`25` → `25 %`).
  public func percentSign(_ number: String) -> String {
    number + percentSeparator + "%"
  }

  /// A number written by ``NumberFormat`` with this style's decimal separator.
  public func localized(_ text: String) -> String {
    guard decimalSeparator != "." else { return text }
    return String(text.map { $0 == "." ? decimalSeparator : $0 })
  }
}
