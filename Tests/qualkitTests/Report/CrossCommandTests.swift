import Foundation
import QualKit
import Testing

@testable import qualkit

/// The same coders, segments and figures in every command: the report
/// against `agree`, `matrix` and `segments` on the sample project.
@Suite struct CrossCommandTests {
  /// The pooled row's figures in `agree --format json`.
  func pooled(_ run: ToolRun) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
    return try #require(object?["pooled"] as? [String: Any])
  }

  /// The value of `statistic` in the pooled row of agree's JSON.
  func value(_ statistic: String, in pooled: [String: Any]) -> Double? {
    let results = pooled["results"] as? [[String: Any]] ?? []
    return results.first { $0["statistic"] as? String == statistic }?["value"] as? Double
  }

  @Test("After README's whole flow the report names anna and bo and prints agree's kappa")
  func reportMatchesAgreeAfterReadmeFlow() throws {
    let session = try SnapshotSession()
    #expect(
      session.run("autocode", "--speakers", "participant", "--out", "Codings/auto.jsonl").status
        == .success)
    #expect(
      session.run(
        "review", "--coder", "auto", "--reviewer", "anna", "--reject-code", "single-entry",
        "--accept-all"
      ).status == .success)
    #expect(
      session.run(
        "merge", "--strategy", "majority", "--coder", "team", "--out", "Codings/team.jsonl"
      ).status == .success)
    let agree = session.run("agree", "--format", "json")
    #expect(agree.status == .success, "\(agree.error)")
    let kappa = try #require(value("cohen", in: try pooled(agree)))
    let report = session.run("report", "--format", "md")
    #expect(report.status == .success, "\(report.error)")
    #expect(report.output.hasSuffix("7 transcripts, 209 segments, 2 coders\n"))
    let markdown = try session.read("report/report.md")
    #expect(markdown.contains("Coders: anna, bo."))
    #expect(markdown.contains("2 coders (anna and bo) coded them"))
    #expect(!markdown.contains("auto"))
    #expect(!markdown.contains("team"))
    #expect(markdown.contains("Cohen's kappa was \(NumberFormat.fixed(kappa, decimals: 3))"))
    #expect(NumberFormat.fixed(kappa, decimals: 3) == "0.311")
  }

  @Test("The report's tables count what matrix counts, participants per group and segments")
  func reportMatchesMatrix() throws {
    let session = try SnapshotSession()
    let matrix = session.run(
      "matrix", "--by", "group", "--count", "participants", "--format", "json")
    let rows = try jsonRows(matrix)
    let report = session.run("report", "--format", "csv")
    #expect(report.status == .success)
    let overview = try session.read("report/csv/overview.csv")
    for row in rows where row["depth"] as? Int == 0 {
      let label = try #require(row["label"] as? String)
      let total = try #require(row["total"] as? Int)
      let tki2 = try #require(row["TKI2"] as? Int)
      let line = try #require(
        overview.split(separator: "\r\n").first { $0.hasPrefix(label + ",") }, "\(label)")
      let cells = line.split(separator: ",").map(String.init)
      // Code, Segments, All, citizen, professional, TKI2, sædvanlig praksis
      #expect(Int(cells[2]) == total, "\(label)")
      #expect(Int(cells[5]) == tki2, "\(label)")
    }
    let segments = session.run("matrix", "--format", "json")
    let segmentRows = try jsonRows(segments)
    let coherence = segmentRows.first { $0["code"] as? String == "coherence" }
    let line = overview.split(separator: "\r\n").first { $0.hasPrefix("Coherence,") }
    #expect(
      line.map { String($0.split(separator: ",")[1]) } == "\(coherence?["total"] as? Int ?? -1)")
  }

  @Test("A corrected transcript with a coding reanchor cannot move stops the report (exit 65)")
  func staleCodingStopsReport() throws {
    let session = try SnapshotSession()
    try session.replace(
      "Jeg sagde, at jeg gerne ville kunne gå tur med hunden",
      with: "Jeg fortalte, at jeg gerne ville kunne gå tur med hunden", in: "Transcripts/B01.txt")
    #expect(session.run("reanchor", "B01").status == .failure)
    let report = session.run("report")
    #expect(report.status == .dataError)
    #expect(
      report.error.contains(
        "Codings/anna.jsonl:3:1: error: B01 l. 30 own-goals (anna): transcript 'B01' changed after this was coded, and the coded words are no longer at its place\n"
      ))
    #expect(
      report.error.hasSuffix(
        "error: 1 coding stands on text that changed (B01); run 'qualkit reanchor B01' to move codings to where their words now are, or add --allow-stale to quote the text they stored, marked as such\n"
      ))
    #expect(
      !FileManager.default.fileExists(atPath: session.root.appendingPathComponent("report").path))
    for command in [["segments", "own-goals"], ["joint"], ["memos"]] {
      let run = session.run(command)
      #expect(run.status == (command == ["memos"] ? .success : .dataError), "\(command)")
    }
    // With --allow-stale, the stored text is quoted and marked.
    let allowed = session.run("segments", "own-goals", "--transcript", "B01", "--allow-stale")
    #expect(allowed.status == .success)
    #expect(allowed.output.contains("B01, l. 30 (as coded; the transcript has changed)"))
    #expect(allowed.output.contains("Jeg sagde, at jeg gerne ville kunne gå tur med hunden"))
    #expect(session.run("report", "--allow-stale").status == .success)
  }
}

@Suite struct JointQuoteTests {
  @Test("joint --depth 2 quotes each participant at most once in a row (discrepancy 4)")
  func oneQuotePerParticipant() throws {
    let session = try SnapshotSession()
    let run = session.run("joint", "--depth", "2", "--format", "json")
    #expect(run.status == .success, "\(run.error)")
    let rows = try jsonRows(run)
    #expect(rows.count > 5)
    var quoted = 0
    for row in rows {
      let transcripts = (1...3).compactMap { slot in
        (row["quote\(slot)"] as? [String: Any])?["transcript"] as? String
      }
      quoted += transcripts.count
      #expect(Set(transcripts).count == transcripts.count, "\(row["code"] ?? "")")
    }
    #expect(quoted > 20)
  }
}
