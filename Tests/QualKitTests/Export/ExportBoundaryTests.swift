import Foundation
import Testing

/// `Export/` only renders: the analyses and the report build their tables
/// and never use a type declared in `Export/`.
@Suite struct ExportBoundaryTests {
  static let sources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/QualKit")

  /// The folders that must not use `Export/`.
  static let analyses = ["Team", "Stats", "Survey", "MixedMethods", "Retrieval", "Report"]

  /// The Swift files of `folder`, by name, with their text.
  static func files(in folder: String) throws -> [(name: String, text: String)] {
    let url = sources.appendingPathComponent(folder)
    return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
      .filter { $0.hasSuffix(".swift") }
      .map { ($0, try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)) }
  }

  /// The names of the types `text` declares at the start of a line.
  static func declaredTypes(_ text: String) -> [String] {
    let pattern =
      #"(?m)^(?:public |package |private |fileprivate )?(?:final )?(?:enum|struct|class|protocol|typealias|actor) ([A-Za-z_][A-Za-z0-9_]*)"#
    let regex = try? NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return (regex?.matches(in: text, range: range) ?? []).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  /// `text` without comments (lines that are comments, and `//` tails).
  static func code(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("//") { return "" }
      if let comment = line.range(of: " // ") { return String(line[..<comment.lowerBound]) }
      return String(line)
    }.joined(separator: "\n")
  }

  @Test("No Export/ type is used by Team/, Stats/, Survey/, MixedMethods/, Retrieval/, Report/")
  func analysesDoNotUseExport() throws {
    let exportTypes = try Self.files(in: "Export").flatMap { Self.declaredTypes($0.text) }
    #expect(exportTypes.contains("AgreementWriter") && exportTypes.contains("CSVWriter"))
    #expect(exportTypes.count > 15)
    var offenders: [String] = []
    for folder in Self.analyses {
      for file in try Self.files(in: folder) {
        let code = Self.code(file.text)
        for name in exportTypes
        where code.range(of: #"\b\#(name)\b"#, options: .regularExpression) != nil {
          offenders.append("\(folder)/\(file.name) uses \(name)")
        }
      }
    }
    #expect(offenders.isEmpty, "\(offenders)")
  }

  @Test("The check finds a use in code and ignores one in a comment")
  func checkFindsUses() {
    let text =
      "/// Drawn by ``SVGChartWriter``.\nlet x = 1  // TextTableWriter\nlet y = CSVWriter.render(t)\n"
    let code = Self.code(text)
    #expect(!code.contains("SVGChartWriter"))
    #expect(!code.contains("TextTableWriter"))
    #expect(code.contains("CSVWriter"))
    #expect(
      Self.declaredTypes("public enum A {}\nstruct B: C {}\n  enum Inner {}\n") == ["A", "B"])
  }
}
