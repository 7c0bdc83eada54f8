import Foundation
import QualKit
import Testing

@testable import qualkit

/// The sample project's report in English and Danish: golden files that pin
/// the whole report, and a Danish report with no English word of QualKit's
/// and Danish numbers in every format.
@Suite struct ReportLanguageTests {
  /// The files of each report pinned by golden files.
  static let goldenFiles = [
    "report.md", "report.html", "latex/report.tex", "csv/agreement-themes.csv",
  ]

  /// Writes the sample project's report in `language`, with the COREQ
  /// checklist, and returns the folder.
  static func sampleReport(_ language: String) throws -> URL {
    let out = try makeTemporaryDirectory().appendingPathComponent("report-\(language)")
    let result = run(
      ["report", "--lang", language, "--checklist", "coreq", "--out", out.path],
      in: repositoryRoot)
    #expect(result.status == .success, "\(result.error)")
    return out
  }

  /// The text of `word/document.xml` inside `report.docx`, unzipped by the library.
  static func wordDocument(in folder: URL) throws -> String {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("report.docx")))
    return String(
      decoding: try ZipArchive(bytes: bytes).data(for: "word/document.xml"), as: UTF8.self)
  }

  @Test("Golden files of the sample report in English and Danish", arguments: ["en", "da"])
  func goldenFiles(language: String) throws {
    let folder = try Self.sampleReport(language)
    for path in Self.goldenFiles {
      let text = try String(
        decoding: Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
      expectSnapshot(text, named: "report-sample-\(language)/\(path)")
    }
    expectSnapshot(
      try Self.wordDocument(in: folder), named: "report-sample-\(language)/word/document.xml")
  }

  // MARK: - No English in a Danish report

  /// English words of QualKit's that Danish does not share.
  ///
  /// Words Danish has too (`median`, `total`, `per`, `by`, `and`, `turn`, `definition`,
  /// `overlap`) and the names of statistics (`kappa`, `alpha`, `Cohen's`)
  /// are not listed; nor is the sample's data (code ids, the participants'
  /// attribute values `citizen` and `professional`, the codebook's title).
  static let englishWords: Set<String> = [
    "Table", "Figure", "Code", "Codes", "Segments", "segments", "Participants", "participants",
    "coded", "pooled", "units", "agreement", "Coders", "coders", "with", "without", "Survey",
    "survey", "Quote", "Quotes", "Theme", "Themes", "Item", "Items", "Group", "Missing", "Mean",
    "Construct", "Label", "Own", "Both", "Any", "any", "all", "All", "chart", "drawn", "the",
    "of", "respondents", "answers", "none", "transcripts", "transcript", "turns", "scale",
    "valid", "rounding", "Percentages", "comparison", "yes", "no", "Date", "Methods", "Joint",
    "display", "Answers", "Inter-coder", "undefined", "Quotations", "accepted", "proposed",
    "interview", "Meta-inference", "Mdn", "role", "group",
  ]

  /// A copy of the sample project whose codebook has no definitions (they
  /// are the codebook's own English text, data like a quotation).
  static func sampleWithoutDefinitions() throws -> SnapshotSession {
    let session = try SnapshotSession()
    let url = session.root.appendingPathComponent("Codebooks/tki2.json")
    func strip(_ value: Any) -> Any {
      if var object = value as? [String: Any] {
        object["definition"] = nil
        return object.mapValues(strip)
      }
      if let array = value as? [Any] { return array.map(strip) }
      return value
    }
    let codebook = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    try JSONSerialization.data(withJSONObject: strip(codebook), options: [.sortedKeys])
      .write(to: url)
    return session
  }

  /// The words a reader sees in each file of a report folder: tags,
  /// LaTeX commands and the CSV header (machine keys) left out.
  static func readableText(in folder: URL) throws -> [(path: String, text: String)] {
    var result: [(String, String)] = []
    func read(_ path: String) throws -> String {
      String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
    }
    result.append(("report.md", try read("report.md")))
    result.append(("report.html", markupText(try read("report.html"))))
    result.append(("report.docx", markupText(try wordDocument(in: folder))))
    for sub in ["latex", "csv"] {
      let names = try FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent(sub).path
      ).sorted()
      for name in names {
        var text = try read("\(sub)/\(name)")
        if sub == "latex" {
          // A command becomes a lone backslash: not a word, and a number
          // before it (`0.5\baselineskip`) is a length, not a decimal.
          text = text.replacingOccurrences(
            of: #"\\[A-Za-z]+\*?"#, with: #"\\ "#, options: .regularExpression)
        } else {
          text = text.components(separatedBy: "\r\n").dropFirst().joined(separator: "\n")
        }
        result.append(("\(sub)/\(name)", text))
      }
    }
    return result
  }

  /// HTML or WordprocessingML as its text: style sheet and tags out, entities decoded.
  static func markupText(_ markup: String) -> String {
    markup.replacingOccurrences(
      of: #"<style>[\s\S]*?</style>"#, with: " ", options: .regularExpression
    )
    .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
    .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// The listed English words in `text`, counted; a word is a run of
  /// letters, digits, `-`, `_` and `'` (so ids such as `timing-of-return`
  /// are one word), and `n/a` counts as a word.
  static func englishWords(in text: String) -> [String: Int] {
    var found: [String: Int] = [:]
    var word = ""
    for character in text + " " {
      if character.isLetter || character.isNumber || "-_'".contains(character) {
        word.append(character)
        continue
      }
      if englishWords.contains(word) { found[word, default: 0] += 1 }
      word = ""
    }
    let notAvailable = text.components(separatedBy: "n/a").count - 1
    if notAvailable > 0 { found["n/a"] = notAvailable }
    return found
  }

  /// Numbers written the English way: `99.3`, or a digit right before `%`.
  static func englishNumbers(in text: String) -> [String] {
    let decimal = #"(?<![0-9.])[0-9]+\.[0-9]+(?![0-9.A-Za-z\\])"#
    let percent = #"[0-9](\\?%)"#
    return [decimal, percent].flatMap { pattern -> [String] in
      let regex = try? NSRegularExpression(pattern: pattern)
      let range = NSRange(text.startIndex..., in: text)
      return (regex?.matches(in: text, range: range) ?? []).compactMap {
        Range($0.range, in: text).map { String(text[$0]) }
      }
    }
  }

  @Test("The Danish report has no English word of ours and Danish numbers, in every format")
  func danishReportIsDanish() throws {
    let session = try Self.sampleWithoutDefinitions()
    let result = session.run("report", "--lang", "da", "--checklist", "coreq", "--out", "report-da")
    #expect(result.status == .success, "\(result.error)")
    let files = try Self.readableText(in: session.root.appendingPathComponent("report-da"))
    #expect(files.count > 30)
    var english: [String] = []
    for (path, text) in files {
      for (word, count) in Self.englishWords(in: text).sorted(by: { $0.key < $1.key }) {
        english.append("\(path): '\(word)' × \(count)")
      }
      // CSV keeps machine-readable numbers in every language (see CSVReportWriter).
      if !path.hasPrefix("csv/") {
        // The software's version (QualKit 0.1.0) is not a decimal number.
        for number in Self.englishNumbers(in: text) { english.append("\(path): \(number)") }
      }
    }
    #expect(english.isEmpty, "\(english)")
  }

  @Test("The checks find English words and numbers where there are some")
  func checksFindEnglish() throws {
    let words = Self.englishWords(in: "Table 3. Codes by role: n/a, timing-of-return, Kode")
    #expect(words == ["Table": 1, "Codes": 1, "role": 1, "n/a": 1])
    #expect(
      Self.englishNumbers(in: "99.3% and 0.802; 99,3 % and 0,802; QualKit 0.1.0") == [
        "99.3", "0.802", "3%",
      ])
    #expect(Self.englishNumbers(in: #"\rule{4.80cm}{1.4ex} 0.5\baselineskip 99,3 \%"#).isEmpty)
    let english = try Self.readableText(in: try Self.sampleReport("en"))
    let total = english.reduce(0) { $0 + Self.englishWords(in: $1.text).values.reduce(0, +) }
    #expect(total > 500)
  }
}
