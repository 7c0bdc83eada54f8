/// The `key: value` lines between `---` lines at the top of a transcript.
struct FrontMatter {
  var values: [String: String] = [:]
  var positions: [String: SourcePosition] = [:]

  init() {}

  init(lines: ArraySlice<Substring>, firstLine: Int, diagnostics: inout [Diagnostic]) {
    for (offset, line) in lines.enumerated() {
      let position = SourcePosition(line: firstLine + offset)
      let trimmed = line.trimmingCharacters(in: " \t")
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let colon = trimmed.firstIndex(of: ":") else {
        diagnostics.append(
          .warning("front matter line is not 'key: value'; ignored it", at: position))
        continue
      }
      let key = trimmed[..<colon].trimmingCharacters(in: " \t")
      var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: " \t")
      if value.count >= 2, let first = value.first, first == "\"" || first == "'",
        value.last == first
      {
        value = String(value.dropFirst().dropLast())
      }
      guard !key.isEmpty else {
        diagnostics.append(
          .warning("front matter line has no key before ':'; ignored it", at: position))
        continue
      }
      if values[key] != nil {
        diagnostics.append(
          .warning("front matter key '\(key)' is given twice; the later value wins", at: position))
      }
      values[key] = value
      positions[key] = position
    }
  }
}
