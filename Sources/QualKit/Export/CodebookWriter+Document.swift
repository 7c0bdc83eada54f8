extension CodebookWriter {
  /// The fields of a code a coder needs, in the order a codebook shows them.
  static func fields(_ code: Code, language: String?) -> [(name: String, text: String)] {
    var fields: [(String, String)] = []
    if let text = code.definition(in: language) { fields.append(("Definition", text)) }
    if let text = code.include { fields.append(("Include", text)) }
    if let text = code.exclude { fields.append(("Exclude", text)) }
    if let text = code.example { fields.append(("Example", text)) }
    if !code.keywords.isEmpty {
      fields.append(("Keywords", code.keywords.joined(separator: ", ")))
    }
    return fields
  }

  /// The code tree with every code's definition, include and exclude
  /// rules, example and keywords, indented under it.
  ///
  /// - Returns: The text, ending with a line break; control characters are made visible.
  public static func details(_ codebook: Codebook, language: String?) -> String {
    var output =
      "\(codebook.name.isEmpty ? "Codebook" : codebook.name): \(codebook.codes.count) themes, \(codebook.allCodes.count) codes\n"
    for (code, depth, _) in codebook.flattened {
      let indent = String(repeating: "  ", count: depth)
      output += "\n" + indent + code.label(in: language) + " [\(code.id)]"
      output += (code.isCodable ? "" : " (not codable)") + "\n"
      for (name, text) in fields(code, language: language) {
        output += indent + "  \(name): " + text.replacingNewlines(with: " ") + "\n"
      }
    }
    return TerminalText.visible(output)
  }

  /// The codebook as a Markdown document for coder training: the name and
  /// description, then a heading per code (nested by depth) with its fields.
  ///
  /// Every text is escaped (``MarkdownText/escaped(_:)``); ids are code spans
  /// (``MarkdownText/code(_:)``).
  ///
  /// - Returns: The document, ending with a line break.
  public static func markdown(_ codebook: Codebook, language: String?) -> String {
    var output =
      "# \(MarkdownText.escaped(codebook.name.isEmpty ? "Codebook" : codebook.name))\n"
    if let description = codebook.description {
      output += "\n" + MarkdownText.escaped(description) + "\n"
    }
    for (code, depth, _) in codebook.flattened {
      let level = String(repeating: "#", count: min(depth + 2, 6))
      output +=
        "\n\(level) \(MarkdownText.escaped(code.label(in: language))) (\(MarkdownText.code(code.id)))\n"
      var lines: [String] = []
      if !code.isCodable { lines.append("*Not codable: groups the codes below it.*") }
      for (name, text) in fields(code, language: language) {
        lines.append(
          "**\(name).** " + MarkdownText.escaped(text.replacingNewlines(with: " ")))
      }
      if !lines.isEmpty { output += "\n" + lines.joined(separator: "\n\n") + "\n" }
    }
    return output
  }

  /// The codebook as one self-contained HTML page for coder training.
  ///
  /// No scripts, no outside files; each code's colour marks its heading.
  /// Text from the codebook is escaped.
  ///
  /// - Returns: The page, ending with a line break.
  public static func html(_ codebook: Codebook, language: String?) -> String {
    let title = escapedHTML(codebook.name.isEmpty ? "Codebook" : codebook.name)
    var output = """
      <!DOCTYPE html>
      <html lang="\(escapedHTML(language ?? "en"))">
      <head>
      <meta charset="utf-8">
      <title>\(title)</title>
      <style>
      body { font-family: system-ui, sans-serif; max-width: 48em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #222; }
      section { border-left: 0.5em solid var(--colour, #999); padding: 0.1em 0 0.1em 0.9em; margin: 1.2em 0; }
      section.depth-1 { margin-left: 1.5em; } section.depth-2 { margin-left: 3em; } section.depth-3 { margin-left: 4.5em; }
      h2, h3 { margin: 0.2em 0; } code { font-size: 0.9em; color: #555; }
      dl { margin: 0.4em 0; } dt { font-weight: 600; } dd { margin: 0 0 0.4em 1.2em; }
      .swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 0.2em; background: var(--colour, #999); vertical-align: -0.1em; }
      .not-codable { font-style: italic; color: #666; }
      </style>
      </head>
      <body>
      <h1>\(title)</h1>

      """
    if let description = codebook.description {
      output += "<p>\(escapedHTML(description))</p>\n"
    }
    for (code, depth, _) in codebook.flattened {
      let colour = code.color.map { " style=\"--colour: \(escapedHTML($0))\"" } ?? ""
      let heading = depth == 0 ? "h2" : "h3"
      output +=
        "<section class=\"depth-\(min(depth, 3))\"\(colour) id=\"\(escapedHTML(code.id))\">\n"
      output +=
        "<\(heading)><span class=\"swatch\"></span> \(escapedHTML(code.label(in: language))) <code>\(escapedHTML(code.id))</code></\(heading)>\n"
      if !code.isCodable {
        output += "<p class=\"not-codable\">Not codable: groups the codes below it.</p>\n"
      }
      let fields = fields(code, language: language)
      if !fields.isEmpty {
        output += "<dl>\n"
        for (name, text) in fields {
          output += "<dt>\(name)</dt><dd>\(escapedHTML(text))</dd>\n"
        }
        output += "</dl>\n"
      }
      output += "</section>\n"
    }
    return output + "</body>\n</html>\n"
  }

  private static func escapedHTML(_ text: String) -> String {
    XMLText.escaped(TerminalText.visible(text))
  }
}

extension String {
  /// The string with each line break (LF, CR or CRLF) replaced by `separator`.
  fileprivate func replacingNewlines(with separator: String) -> String {
    split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(
      separator: separator)
  }
}
