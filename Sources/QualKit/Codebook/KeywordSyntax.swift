import Foundation

/// Checks the syntax of one keyword pattern of a codebook.
enum KeywordSyntax {
  /// A description of what is wrong with `keyword`, or nil when it is valid.
  static func problem(in keyword: String) -> String? {
    var body = keyword
    if body.hasPrefix("-") { body.removeFirst() }
    if body.hasPrefix("re:") {
      let expression = String(body.dropFirst(3))
      if expression.isEmpty { return "the regular expression after 're:' is empty" }
      do {
        _ = try NSRegularExpression(pattern: expression)
      } catch {
        return "invalid regular expression '\(expression)'"
      }
      return nil
    }
    let trimmed = body.trimmingCharacters(in: " \t")
    if trimmed.isEmpty { return keyword.isEmpty ? "the keyword is empty" : "the keyword '\(keyword)' has no text" }
    let stem = trimmed.hasSuffix("*") ? String(trimmed.dropLast()) : trimmed
    if !stem.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
      return "the keyword '\(keyword)' has no letters or digits"
    }
    if stem.contains("*") { return "the keyword '\(keyword)' has '*' inside it; a wildcard may only end a keyword" }
    return nil
  }
}
