extension SurveyLabels {
  /// Reads the R syntax file of LimeSurvey's "R (syntax file)" export.
  ///
  /// The file names the data file's columns by position and gives each its
  /// question text and, for closed questions, its codes and answer texts:
  ///
  /// ```r
  /// # LimeSurvey Field type: A
  /// data[, 5] <- as.character(data[, 5])
  /// attributes(data)$variable.labels[5] <- "How satisfied are you?"
  /// data[, 5] <- factor(data[, 5], levels=c("A1","A2"),labels=c("Satisfied", "Not satisfied"))
  /// names(data)[5] <- "Q1"
  /// ```
  ///
  /// A factor whose labels are all empty (LimeSurvey writes them so for
  /// arrays of numbers) is a numeric scale of its levels.
  static func limeSurvey(_ bytes: [UInt8], name: String) throws(SurveyError) -> SurveyLabels {
    struct Entry {
      var name: String?
      var text: String?
      var type: String?
      var codes: [String] = []
      var labels: [String] = []
      var line: Int
    }
    var entries: [Int: Entry] = [:]
    var pendingType: String?
    var problems: [(String, SourcePosition?)] = []
    let lines = String(decoding: bytes, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    for (offset, rawLine) in lines.enumerated() {
      let number = offset + 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
      if let type = line.firstRange(of: "# LimeSurvey Field type:").map({
        line[$0.upperBound...].trimmingCharacters(in: " \t")
      }) {
        pendingType = type
        continue
      }
      var scanner = RScanner(Substring(line))
      if let index = scanner.peekIndex(), index < 1 || index > 100_000 {
        problems.append(
          (
            "column \(index) does not exist: columns are numbered from 1",
            SourcePosition(line: number)
          ))
        continue
      }
      if scanner.skip("attributes(data)$variable.labels[") {
        guard let index = scanner.integer(), scanner.skip("]"), scanner.skip("<-"),
          let text = scanner.string()
        else {
          problems.append(("cannot read this variable label", SourcePosition(line: number)))
          continue
        }
        entries[index, default: Entry(line: number)].text = text
      } else if scanner.skip("names(data)[") {
        guard let index = scanner.integer(), scanner.skip("]"), scanner.skip("<-"),
          let column = scanner.string()
        else {
          problems.append(("cannot read this column name", SourcePosition(line: number)))
          continue
        }
        entries[index, default: Entry(line: number)].name = column
        if entries[index]?.type == nil { entries[index]?.type = pendingType }
        pendingType = nil
      } else if scanner.skip("data[,"), let index = scanner.integer(), scanner.skip("]"),
        scanner.skip("<-"), scanner.skip("factor(")
      {
        guard scanner.skip(to: "levels="), let codes = scanner.vector(),
          scanner.skip(to: "labels="), let labels = scanner.vector()
        else {
          problems.append(
            ("cannot read this factor's levels and labels", SourcePosition(line: number)))
          continue
        }
        guard codes.count == labels.count else {
          problems.append(
            (
              "column \(index) lists \(codes.count) levels but \(labels.count) labels",
              SourcePosition(line: number)
            ))
          continue
        }
        entries[index, default: Entry(line: number)].codes = codes
        entries[index]?.labels = labels
      }
    }
    guard problems.isEmpty else { throw failure(problems, name: name) }
    guard !entries.isEmpty, entries.values.contains(where: { $0.name != nil }) else {
      throw failure(
        [
          (
            "not a LimeSurvey R syntax file: no line names a column (names(data)[1] <- \"id\")",
            SourcePosition(line: 1)
          )
        ], name: name)
    }
    var columns: [Column] = []
    for index in entries.keys.sorted() {
      guard let entry = entries[index] else { continue }
      // LimeSurvey writes timing columns with an empty label and no name
      // ("#sql_name not set"): they keep the data file's heading.
      guard let column = entry.name else { continue }
      let kind: Kind
      var choices: [Choice] = []
      if !entry.codes.isEmpty {
        if entry.labels.allSatisfy({ $0.isEmpty }) {
          kind = .numeric
          choices = entry.codes.map { Choice(code: $0, label: $0, value: Double($0)) }
        } else {
          kind = .singleChoice
          choices = zip(entry.codes, entry.labels).map {
            Choice(code: $0, label: $1, value: Double($0))
          }
        }
      } else if entry.type == "F" {
        kind = .numeric
      } else if entry.type == "A" {
        kind = .text
      } else {
        kind = .other
      }
      columns.append(
        Column(
          name: column, index: index - 1, text: entry.text.map(plainText), kind: kind,
          choices: choices, position: SourcePosition(line: entry.line)))
    }
    guard problems.isEmpty else { throw failure(problems, name: name) }
    return SurveyLabels(format: .limeSurveyR, columns: columns, name: name)
  }
}

/// Reads the few R expressions LimeSurvey's syntax file uses.
private struct RScanner {
  var text: Substring

  init(_ text: Substring) { self.text = text }

  /// Skips spaces, then `literal` if it comes next.
  mutating func skip(_ literal: String) -> Bool {
    text = text.drop { $0 == " " || $0 == "\t" }
    guard text.hasPrefix(literal) else { return false }
    text = text.dropFirst(literal.count)
    return true
  }

  /// Skips past the next `literal`.
  mutating func skip(to literal: String) -> Bool {
    guard let range = text.firstRange(of: literal) else { return false }
    text = text[range.upperBound...]
    return true
  }

  /// The column number of a `…[N]` or `data[, N]` line, without moving on.
  func peekIndex() -> Int? {
    var copy = self
    for prefix in ["attributes(data)$variable.labels[", "names(data)[", "data[,"]
    where copy.skip(prefix) {
      return copy.integer()
    }
    return nil
  }

  mutating func integer() -> Int? {
    text = text.drop { $0 == " " }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    text = text.dropFirst(digits.count)
    return Int(digits)
  }

  /// A double-quoted R string with `\"`, `\\`, `\t` and `\n` escapes.
  mutating func string() -> String? {
    text = text.drop { $0 == " " || $0 == "\t" }
    guard text.first == "\"" else { return nil }
    text = text.dropFirst()
    var result = ""
    while let character = text.first {
      text = text.dropFirst()
      if character == "\"" { return result }
      if character == "\\", let next = text.first {
        text = text.dropFirst()
        switch next {
        case "t": result.append("\t")
        case "n": result.append("\n")
        default: result.append(next)
        }
      } else {
        result.append(character)
      }
    }
    return nil
  }

  /// `c("A1","A2")` or `c(1,2,3)`: the elements as text.
  mutating func vector() -> [String]? {
    guard skip("c(") else { return nil }
    var elements: [String] = []
    while true {
      text = text.drop { $0 == " " }
      if text.first == ")" {
        text = text.dropFirst()
        return elements
      }
      if text.first == "\"" {
        guard let element = string() else { return nil }
        elements.append(element)
      } else {
        let token = text.prefix { $0 != "," && $0 != ")" }
        guard !token.isEmpty else { return nil }
        elements.append(token.trimmingCharacters(in: " "))
        text = text.dropFirst(token.count)
      }
      text = text.drop { $0 == " " }
      if text.first == "," { text = text.dropFirst() }
    }
  }
}
