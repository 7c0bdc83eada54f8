extension CommandSpec {
  /// The widest a line of help may be.
  static let helpWidth = 80
  /// Labels wider than this put their help on the next line.
  private static let maximumLabelWidth = 24

  /// The usage line on one line, like `qualkit merge CODINGS... --out FILE [--coder NAME]`.
  var usage: String {
    usageWords.joined(separator: " ")
  }

  /// The full `--help` text.
  var helpText: String {
    var text = hanging("OVERVIEW: ", summary) + "\n"
    text += usageSection() + "\n"
    let column = labelColumn
    if !arguments.isEmpty {
      text += "ARGUMENTS:\n"
      for argument in arguments { text += entry(argument.name, argument.help, column: column) }
      text += "\n"
    }
    text += "OPTIONS:\n"
    for option in options { text += entry(option.label, option.help, column: column) }
    text += entry("-h, --help", "Show this help.", column: column)
    if !discussion.isEmpty {
      text += "\n" + discussion
      if !text.hasSuffix("\n") { text += "\n" }
    }
    if !examples.isEmpty {
      text += "\nEXAMPLES:\n"
      for example in examples { text += example.isEmpty ? "\n" : "  \(example)\n" }
    }
    return text
  }

  /// The words of the usage line; an option with its value is one word.
  private var usageWords: [String] {
    var words = ["qualkit", name]
    if !positionals.isEmpty { words.append(positionals) }
    words += options.map(\.usage)
    if let usageNote { words.append(usageNote) }
    return words
  }

  /// `USAGE:` with the usage wrapped under the command's first word, the note on a line of its own.
  private func usageSection() -> String {
    let prefix = "USAGE: qualkit "
    let indent = String(repeating: " ", count: prefix.count)
    var lines: [String] = []
    var line = prefix + name
    var words = positionals.split(separator: " ").map(String.init) + options.map(\.usage)
    if let usageNote { words.append(usageNote) }
    for word in words {
      let startsLine = word == usageNote
      if startsLine || line.count + 1 + word.count > Self.helpWidth {
        lines.append(line)
        line = indent + word
      } else {
        line += " " + word
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Where the help of arguments and options starts.
  private var labelColumn: Int {
    let labels = arguments.map(\.name) + options.map(\.label) + ["-h, --help"]
    let widest = labels.map(\.count).filter { $0 <= Self.maximumLabelWidth }.max() ?? 0
    return 2 + widest + 2
  }

  /// One entry of ARGUMENTS or OPTIONS: the label, then the help wrapped at `column`.
  private func entry(_ label: String, _ help: String, column: Int) -> String {
    let helpLines = Self.wrap(help, width: Self.helpWidth - column)
    let pad = String(repeating: " ", count: column)
    var text = "  " + label
    var rest = helpLines[...]
    if 2 + label.count + 2 > column {
      text += "\n"
    } else if let first = rest.popFirst() {
      text += String(repeating: " ", count: column - 2 - label.count) + first + "\n"
    } else {
      text += "\n"
    }
    for line in rest { text += line.isEmpty ? "\n" : pad + line + "\n" }
    return text
  }

  /// `prefix` followed by `text` wrapped at the help width, later lines under the text.
  private func hanging(_ prefix: String, _ text: String) -> String {
    let pad = String(repeating: " ", count: prefix.count)
    let lines = Self.wrap(text, width: Self.helpWidth - prefix.count)
    return lines.enumerated().map { ($0.offset == 0 ? prefix : pad) + $0.element }
      .joined(separator: "\n") + "\n"
  }

  /// Wraps `text` into lines of at most `width` characters.
  ///
  /// Lines are joined into paragraphs, and a blank line separates them; a line
  /// that starts with spaces stays a line of its own, as it is when it fits,
  /// else wrapped under its first word.
  static func wrap(_ text: String, width: Int) -> [String] {
    var blocks: [(indent: Int, words: [String])] = []
    var previousIndented = true
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = line.prefix { $0 == " " }.count
      let words = line.split(separator: " ").map(String.init)
      if words.isEmpty {
        blocks.append((0, []))
        previousIndented = true
      } else if indent > 0 && line.count <= width {
        // A short indented line, like a row of a table, keeps its spacing.
        blocks.append((0, [String(line)]))
        previousIndented = true
      } else if indent > 0 || previousIndented {
        blocks.append((indent, words))
        previousIndented = indent > 0
      } else {
        blocks[blocks.count - 1].words += words
      }
    }
    var lines: [String] = []
    for block in blocks {
      let pad = String(repeating: " ", count: block.indent)
      guard !block.words.isEmpty else {
        lines.append("")
        continue
      }
      var line = ""
      for word in block.words {
        if line.isEmpty {
          line = pad + word
        } else if line.count + 1 + word.count > width {
          lines.append(line)
          line = pad + word
        } else {
          line += " " + word
        }
      }
      lines.append(line)
    }
    return lines
  }
}
