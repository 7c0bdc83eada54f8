import Foundation

/// The names an import gives what another program named: coders, transcript
/// files and attributes, each made valid for QualKit and unique.
enum ImportNames {
  /// File extensions dropped from a source's name to make its transcript id.
  static let documentExtensions: Swift.Set<String> = [
    "txt", "docx", "doc", "rtf", "odt", "pdf", "html", "htm", "md", "text",
  ]

  /// A coder's name made of a user's name (``CoderName``): letters, digits,
  /// `-`, `_` and `.`, every other run of characters one `-`; `fallback`
  /// when nothing is left.
  static func coder(_ raw: String?, fallback: String) -> String {
    var result = String.UnicodeScalarView()
    var needsDash = false
    for scalar in CoderName.normalized(raw ?? "").unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
        || scalar == "." || scalar == "-"
      {
        if needsDash && !result.isEmpty { result.append("-") }
        needsDash = false
        result.append(scalar)
      } else {
        needsDash = true
      }
    }
    var name = String(result)
    while name.hasPrefix(".") || name.hasPrefix("-") { name.removeFirst() }
    name = String(name.unicodeScalars.prefix(CoderName.maximumLength).map(Character.init))
    return name.isEmpty || CoderName.problem(with: name) != nil ? fallback : name
  }

  /// A transcript id (and file name stem) made of a source's name: its
  /// document extension dropped, `/ \ : , * ? " < > |` and control
  /// characters made `-`, white space runs one space, no dots or spaces at
  /// the ends, at most 100 characters; `fallback` when nothing is left.
  static func transcript(_ raw: String?, fallback: String) -> String {
    var name = raw ?? ""
    if let dot = name.lastIndex(of: "."),
      documentExtensions.contains(name[name.index(after: dot)...].lowercased())
    {
      name = String(name[..<dot])
    }
    var result = String.UnicodeScalarView()
    var pending: Unicode.Scalar?
    for scalar in name.precomposedStringWithCanonicalMapping.unicodeScalars {
      let replacement: Unicode.Scalar?
      if scalar.properties.isWhitespace {
        replacement = " "
      } else if "/\\:,*?\"<>|".unicodeScalars.contains(scalar)
        || scalar.properties.generalCategory == .control
      {
        replacement = "-"
      } else {
        replacement = nil
      }
      if let replacement {
        if pending != "-" { pending = replacement }
        continue
      }
      if let separator = pending, !result.isEmpty { result.append(separator) }
      pending = nil
      result.append(scalar)
    }
    var id = String(String.UnicodeScalarView(result.prefix(100)))
    while let last = id.last, last == "." || last == " " || last == "-" { id.removeLast() }
    while let first = id.first, first == "." || first == "-" { id.removeFirst() }
    if id.uppercased().hasPrefix("README") { id = "document " + id }
    return id.isEmpty ? fallback : id
  }

  /// `base`, or `base-2`, `base-3`… if `used` (compared without case, as
  /// some file systems do) has it; the name returned is added to `used`.
  static func unique(_ base: String, in used: inout Swift.Set<String>) -> String {
    var name = base
    var number = 2
    while used.contains(name.lowercased()) {
      name = "\(base)-\(number)"
      number += 1
    }
    used.insert(name.lowercased())
    return name
  }

  /// An attribute's name as a front-matter key: one line, `:` made `-`,
  /// no `#` at the start (a comment there), trimmed.
  static func attribute(_ raw: String) -> String {
    var key = String(
      raw.unicodeScalars.map { scalar -> Character in
        if scalar == ":" { return "-" }
        if scalar.properties.generalCategory == .control || scalar == "\u{2028}" { return " " }
        return Character(scalar)
      }
    ).trimmingCharacters(in: .whitespaces)
    while key.hasPrefix("#") { key = String(key.dropFirst()).trimmingCharacters(in: .whitespaces) }
    return key.isEmpty ? "attribute" : key
  }

  /// A value as a front-matter value: one line (line breaks as spaces), in
  /// quotes when the reader would otherwise trim it or take quotes off it.
  static func frontMatterValue(_ raw: String) -> String {
    let value = String(
      raw.unicodeScalars.map { scalar -> Character in
        scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
          ? " " : Character(scalar)
      })
    let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
    let first = value.first
    let wrapped = value.count >= 2 && (first == "\"" || first == "'") && value.last == first
    guard trimmed != value || wrapped else { return value }
    return first == "\"" ? "'\(value)'" : "\"\(value)\""
  }
}
