import Foundation
import QualKit
import Testing

@testable import qualkit

/// `qualkit report --speakers ROLE` and `--excel` on the sample project.
@Suite struct ReportSpeakersExcelTests {
  /// Writes the sample project's report with `options` and returns the folder.
  static func report(_ options: [String]) throws -> (ToolRun, URL) {
    let out = try makeTemporaryDirectory().appendingPathComponent("report")
    let result = run(["report", "--out", out.path] + options, in: repositoryRoot)
    return (result, out)
  }

  static func text(_ path: String, in folder: URL) throws -> String {
    String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
  }

  @Test("--speakers participant: agreement counts only participants' turns, as agree --speakers")
  func speakersAgreement() throws {
    let (all, everyTurn) = try Self.report(["--format", "csv"])
    #expect(all.status == .success, "\(all.error)")
    let (result, participants) = try Self.report([
      "--format", "csv,md", "--speakers", "participant",
    ])
    #expect(result.status == .success, "\(result.error)")
    // Every turn: 2412 code x unit decisions; participants' turns: 1170, and
    // `qualkit agree --speakers participant` prints the same pooled row.
    let pooledAll = try Self.text("csv/agreement-codes.csv", in: everyTurn)
      .components(separatedBy: "\r\n").first { $0.hasPrefix("pooled,") }
    #expect(pooledAll == "pooled,2412,49,99.3%,0.802,0.802")
    let pooled = try Self.text("csv/agreement-codes.csv", in: participants)
      .components(separatedBy: "\r\n").first { $0.hasPrefix("pooled,") }
    #expect(pooled == "pooled,1170,49,98.6%,0.798,0.798")
    let agree = run(["agree", "--speakers", "participant"], in: repositoryRoot)
    let agreeRow = agree.output.split(separator: "\n").first { $0.hasPrefix("pooled ") }
    #expect(
      agreeRow?.split(separator: " ").map(String.init)
        == ["pooled", "1170", "49", "98.6%", "0.798", "0.798"])
    let markdown = try Self.text("report.md", in: participants)
    #expect(markdown.contains("- speakers: participant (units are their turns only"))
    #expect(markdown.contains("pooled over all codes (1170 code × unit decisions)"))
    // The sample's 53 segments all start in participants' turns.
    #expect(result.output.hasSuffix("7 transcripts, 53 segments, 2 coders\n"))
  }

  @Test("--speakers with a role no turn has stops with the nearest roles (exit 65)")
  func unknownRole() throws {
    let (result, folder) = try Self.report(["--speakers", "nobody"])
    #expect(result.status == .dataError)
    #expect(result.error.contains("unknown speaker role 'nobody' (nearest: citizen, interviewer"))
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }

  @Test("--excel --lang da: semicolons, a byte order mark, CRLF and decimal commas")
  func excelDanish() throws {
    let (result, folder) = try Self.report(["--excel", "--lang", "da", "--format", "csv"])
    #expect(result.status == .success, "\(result.error)")
    let bytes = [UInt8](
      try Data(contentsOf: folder.appendingPathComponent("csv/agreement-themes.csv")))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
    #expect(lines.first == "theme;units;codedUnits;percent;cohen;alpha")
    #expect(lines[1] == "Sammenhæng;670;12;\"99,7%\";\"0,908\";\"0,908\"")
    #expect(lines.contains("samlet;2412;49;\"99,3%\";\"0,802\";\"0,802\""))
    #expect(lines.count == 8 && lines.last == "")
  }

  @Test("--excel in English: semicolons and a byte order mark, decimal points kept")
  func excelEnglish() throws {
    let (result, folder) = try Self.report(["--excel", "--format", "csv"])
    #expect(result.status == .success, "\(result.error)")
    let text = try Self.text("csv/agreement-themes.csv", in: folder)
    #expect(text.hasPrefix("\u{FEFF}theme;units;codedUnits;percent;cohen;alpha\r\n"))
    #expect(text.contains("\r\npooled;2412;49;99.3%;0.802;0.802\r\n"))
  }
}
