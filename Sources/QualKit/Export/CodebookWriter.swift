/// Renders a codebook for people: the code tree drawn with box characters.
public enum CodebookWriter {
  /// The code tree, one code a line, after the codebook's name and counts.
  ///
  /// Labels are in `language` where a code has one. Control characters in
  /// names and labels are made visible.
  public static func tree(_ codebook: Codebook, language: String?) -> String {
    let all = codebook.allCodes
    var output =
      "\(codebook.name.isEmpty ? "Codebook" : codebook.name): \(codebook.codes.count) themes, \(all.count) codes\n"
    func visit(_ code: Code, prefix: String, isLast: Bool, depth: Int) {
      let branch = depth == 0 ? "" : (isLast ? "└─ " : "├─ ")
      var line = prefix + branch + code.label(in: language) + " [\(code.id)]"
      if !code.isCodable { line += " (not codable)" }
      if !code.keywords.isEmpty {
        line += " · \(code.keywords.count) keyword\(code.keywords.count == 1 ? "" : "s")"
      }
      output += line + "\n"
      let childPrefix = depth == 0 ? "" : prefix + (isLast ? "   " : "│  ")
      for (index, child) in code.children.enumerated() {
        visit(
          child, prefix: childPrefix, isLast: index == code.children.count - 1, depth: depth + 1)
      }
    }
    for code in codebook.codes {
      visit(code, prefix: "", isLast: true, depth: 0)
    }
    return TerminalText.visible(output)
  }
}
