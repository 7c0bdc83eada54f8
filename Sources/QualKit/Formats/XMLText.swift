/// Text made safe for XML and HTML: markup characters escaped, characters
/// XML 1.0 cannot hold replaced.
public enum XMLText {
  /// `text` for element content or a quoted attribute value: `&`, `<`,
  /// `>`, `"` and `'` as entities; control characters other than tab and
  /// line feed (and carriage return, DEL, C1 and the non-characters U+FFFE
  /// and U+FFFF) as U+FFFD, one for one, so the result is always
  /// well-formed.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsWork) else { return text }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
      }
    }
    return result
  }

  private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
    "&<>\"'".unicodeScalars.contains(scalar) || isForbidden(scalar)
  }

  /// Whether XML 1.0 (or good practice: C1 controls) rules the scalar out.
  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
      || value == 0xFFFE || value == 0xFFFF
  }
}
