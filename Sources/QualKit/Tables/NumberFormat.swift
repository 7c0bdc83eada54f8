/// The one way QualKit writes a number with a fixed number of decimals, in
/// every format (text, Markdown, CSV, HTML).
///
/// Rounding is half away from zero on the number's decimal value (the
/// shortest decimal that reads back as the same `Double`), so `0.8125`
/// gives `0.813` and `2.675` gives `2.68` whatever their binary
/// approximation; a result that rounds to zero never has a minus sign.
///
/// ```swift
/// NumberFormat.fixed(0.8125, decimals: 3)  // "0.813"
/// NumberFormat.fixed(-0.0004, decimals: 3) // "0.000"
/// NumberFormat.percent(0.978, decimals: 1) // "97.8%"
/// ```
public enum NumberFormat {
  /// `value` rounded to `decimals` digits after the point.
  ///
  /// - Parameters:
  ///   - value: The number; `nan` and infinities (an overflow) are written
  ///     `n/a`: tables show them as undefined with a reason first
  ///     (``Table/definingNonFiniteNumbers()``), and any other text never
  ///     shows `nan` or `inf`.
  ///   - decimals: Digits after the decimal point, 0 or more.
  /// - Returns: The digits, with a `-` only for a non-zero negative result.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "n/a" }
    let decimals = max(0, decimals)
    var (digits, pointPosition) = decimalDigits(of: abs(value))
    // Keep `decimals` digits after the point, padding with zeros on the left
    // so that at least one digit stands before it.
    if pointPosition < 1 {
      digits = [UInt8](repeating: 0, count: 1 - pointPosition) + digits
      pointPosition = 1
    }
    let kept = pointPosition + decimals
    if digits.count < kept { digits += [UInt8](repeating: 0, count: kept - digits.count) }
    var result = Array(digits[0..<kept])
    if digits.count > kept && digits[kept] >= 5 {
      var index = result.count - 1
      while index >= 0 {
        if result[index] == 9 {
          result[index] = 0
          index -= 1
        } else {
          result[index] += 1
          break
        }
      }
      if index < 0 {
        result.insert(1, at: 0)
        pointPosition += 1
      }
    }
    var whole = result[0..<pointPosition].drop { $0 == 0 }.map { Character(String($0)) }
    if whole.isEmpty { whole = ["0"] }
    let fraction = result[pointPosition...].map { Character(String($0)) }
    let isZero = result.allSatisfy { $0 == 0 }
    var text = (value < 0 && !isZero ? "-" : "") + String(whole)
    if decimals > 0 { text += "." + String(fraction) }
    return text
  }

  /// `value` as a percentage (`value` × 100) with `decimals` digits and a `%` sign.
  public static func percent(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return fixed(value, decimals: decimals) }  // n/a, no %
    return percentDigits(value, decimals: decimals) + "%"
  }

  /// `value` × 100 with `decimals` digits, without the sign: the number
  /// ``percent(_:decimals:)`` writes.
  public static func percentDigits(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return fixed(value, decimals: decimals) }
    // Scaling by 100 in decimal, not binary: 0.0125 is 1.25 %, not 1.2499…
    let (digits, pointPosition) = decimalDigits(of: abs(value))
    let scaled = Double(digitsText(digits, pointPosition: pointPosition + 2)) ?? value * 100
    return fixed(value < 0 ? -scaled : scaled, decimals: decimals)
  }

  /// Whether the percentages of `proportions`, each rounded to `decimals`
  /// digits as a table shows it, add up to exactly 100.
  ///
  /// Shares of a whole (a Likert item's levels) can show 99 or 101 after
  /// rounding; a table that shows such a row says so in a note.
  ///
  /// ```swift
  /// NumberFormat.percentagesAddUp([1.0 / 3, 1.0 / 3, 1.0 / 3], decimals: 0)  // false: 33 + 33 + 33
  /// ```
  public static func percentagesAddUp(_ proportions: [Double], decimals: Int) -> Bool {
    let decimals = max(0, decimals)
    var total = 0
    for proportion in proportions {
      let text = percentDigits(proportion, decimals: decimals)
      guard let units = Int(text.filter { $0 != "." }) else { return true }
      total += units
    }
    var hundred = 100
    for _ in 0..<decimals { hundred *= 10 }
    return total == hundred
  }

  /// The decimal digits of a finite, non-negative `value` in its shortest
  /// round-trip form, and the position of the decimal point among them
  /// (`0.0125` → `[1, 2, 5]`, -1).
  static func decimalDigits(of value: Double) -> (digits: [UInt8], pointPosition: Int) {
    let text = "\(value)"  // shortest form that reads back exactly, maybe "1.5e-07"
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    var digits: [UInt8] = []
    var pointPosition: Int?
    for character in mantissa {
      if character == "." {
        pointPosition = digits.count
      } else if let digit = character.wholeNumberValue {
        digits.append(UInt8(digit))
      }
    }
    return (digits, (pointPosition ?? digits.count) + exponent)
  }

  /// Digits with a decimal point at `pointPosition`, as text that `Double` reads.
  private static func digitsText(_ digits: [UInt8], pointPosition: Int) -> String {
    let characters = digits.map { Character(String($0)) }
    if pointPosition <= 0 {
      return "0." + String(repeating: "0", count: -pointPosition) + String(characters)
    }
    if pointPosition >= characters.count {
      return String(characters) + String(repeating: "0", count: pointPosition - characters.count)
    }
    return String(characters[..<pointPosition]) + "." + String(characters[pointPosition...])
  }
}
