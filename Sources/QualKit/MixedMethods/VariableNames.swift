import Foundation

/// Column names that R, SPSS and Stata all accept: ASCII letters, digits and
/// underscores, starting with a letter, at most 32 characters, unique.
///
/// Danish letters are spelled out (æ → ae, ø → oe, å → aa), other letters
/// lose their accents where they decompose, and anything else becomes `_`.
public struct VariableNames: Sendable {
  /// The most characters a name may have (Stata's limit).
  public static let maximumLength = 32
  private var used: Set<String> = []

  /// Creates a namer with no names used yet.
  public init() {}

  /// A new unique variable name for `text`, with `prefix` in front.
  public mutating func name(for text: String, prefix: String = "") -> String {
    var base = prefix + VariableNames.sanitized(text)
    if base.isEmpty || !(base.first?.isLetter ?? false) { base = "v_" + base }
    base = String(base.prefix(VariableNames.maximumLength))
    var name = base
    var suffix = 2
    while used.contains(name.lowercased()) {
      let tail = "_\(suffix)"
      name = String(base.prefix(VariableNames.maximumLength - tail.count)) + tail
      suffix += 1
    }
    used.insert(name.lowercased())
    return name
  }

  static func sanitized(_ text: String) -> String {
    var output = ""
    for character in text {
      switch character {
      case "æ": output += "ae"
      case "Æ": output += "Ae"
      case "ø": output += "oe"
      case "Ø": output += "Oe"
      case "å": output += "aa"
      case "Å": output += "Aa"
      default:
        // é → e: the first scalar of the canonical decomposition.
        let base =
          String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(
            Character.init) ?? character
        if base.isASCII && (base.isLetter || base.isNumber) {
          output.append(base)
        } else if !output.hasSuffix("_") {
          output += "_"
        }
      }
    }
    while output.hasSuffix("_") { output.removeLast() }
    while output.hasPrefix("_") { output.removeFirst() }
    return output
  }
}
