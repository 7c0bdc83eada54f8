import Foundation
import QualKit
import Testing

@testable import qualkit

/// `qualkit report`: what it writes, its golden files and every bad input.
@Suite struct ReportCommandTests {
  /// Every file under `folder`, by relative path, hidden ones included.
  static func files(in folder: URL) throws -> [String: [UInt8]] {
    var result: [String: [UInt8]] = [:]
    let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
    for case let path as String in enumerator {
      var isDirectory: ObjCBool = false
      let url = folder.appendingPathComponent(path)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[path] = [UInt8](try Data(contentsOf: url))
      }
    }
    return result
  }

  @Test("On the sample project, report writes all five formats; a second run gives the same bytes")
  func sampleProject() throws {
    let out = try makeTemporaryDirectory().appendingPathComponent("report")
    let first = run(["report", "--out", out.path], in: repositoryRoot)
    #expect(first.status == .success, "\(first.error)")
    #expect(first.output.hasPrefix("wrote "))
    let files = try Self.files(in: out)
    for path in [
      "report.md", "report.html", "report.docx", "latex/report.tex", "latex/overview.tex",
      "csv/overview.csv", "csv/quotes.csv", "csv/agreement-codes.csv", ".qualkit-report",
    ] {
      #expect(files[path] != nil, "\(path) is missing")
    }
    let second = run(["report", "--out", out.path], in: repositoryRoot)
    #expect(second.status == .success)
    #expect(try Self.files(in: out) == files)
    let markdown = String(decoding: files["report.md"] ?? [], as: UTF8.self)
    #expect(markdown.contains("## Inter-coder agreement"))
    #expect(markdown.contains("## Survey"))
    #expect(!markdown.contains("Date:"))
  }

  @Test("Golden files: < & \" and LaTeX specials, right-to-left text and emoji in every format")
  func goldenFiles() throws {
    let project = try ReportTestProject()
    let result = project.run("report")
    #expect(result.status == .success, "\(result.error)")
    #expect(
      result.output
        == "wrote 31 files (md, html, latex, docx and csv) to report/: 2 transcripts, 4 segments, 2 coders\n"
    )
    for path in [
      "report.md", "report.html", "latex/report.tex", "latex/theme-trust.tex",
      "csv/theme-trust.csv",
      "csv/quotes.csv",
    ] {
      expectSnapshot(
        try project.read("report/" + path),
        named: "report-specials-" + path.replacingOccurrences(of: "/", with: "-"))
    }
    let docx = try ZipArchive(bytes: try project.bytes("report/report.docx"))
    let document = String(decoding: try docx.data(for: "word/document.xml"), as: UTF8.self)
    expectSnapshot(document, named: "report-specials-document.xml")
  }

  @Test("A transcript that cannot be read is left out, said on stderr, and the report exits 65")
  func unreadableTranscript() throws {
    let project = try ReportTestProject()
    try project.write(
      "Transcripts/Z.txt", "I: Hej\n<<<<<<< HEAD\nB: a\n=======\nB: b\n>>>>>>> x\n")
    let result = project.run("report")
    #expect(result.status == .dataError)
    #expect(
      result.error.hasPrefix(
        "Transcripts/Z.txt:2:1: error: unresolved merge conflict (lines 2-6)"))
    // The report of the transcripts that could be read is still written.
    #expect(result.output.hasPrefix("wrote 31 files"))
  }

  @Test("A segment marked as an exemplar is quoted first")
  func exemplarFirst() throws {
    let project = try ReportTestProject()
    _ = project.run("report", "--format", "csv")
    let quotes = try project.read("report/csv/quotes.csv").split(separator: "\r\n")
    let mastery = quotes.filter { $0.hasPrefix("mastery,") }
    #expect(mastery.first?.hasPrefix("mastery,R01,15,15,citizen,yes,") == true)
  }

  @Test("--lang da writes Danish words and labels")
  func danish() throws {
    let project = try ReportTestProject()
    let result = project.run("report", "--lang", "da", "--format", "md", "--date", "2026-05-01")
    #expect(result.status == .success)
    let markdown = try project.read("report/report.md")
    #expect(markdown.contains("Tillid \\& tryghed 😀"))
    #expect(markdown.contains("## Metode"))
    #expect(markdown.contains("Dato: 2026-05-01"))
  }

  @Test("A code nobody coded is listed with 0, not dropped")
  func emptyCode() throws {
    let project = try ReportTestProject()
    _ = project.run("report", "--format", "csv")
    let csv = try project.read("report/csv/theme-trust.csv")
    #expect(csv.contains("Never coded,0,0,0,0,0\r\n"))
  }

  @Test("A project without codings gets a report that says so, exit 0")
  func noCodings() throws {
    let project = try ReportTestProject()
    try FileManager.default.removeItem(at: project.root.appendingPathComponent("Codings"))
    let result = project.run("report", "--format", "md", "--allow-identifiable")
    #expect(result.status == .success)
    #expect(result.error == "")
    let markdown = try project.read("report/report.md")
    #expect(markdown.contains("The project has no accepted codings yet"))
    #expect(!markdown.contains("Inter-coder agreement"))
  }

  @Test("No survey: no survey section and no error")
  func noSurvey() throws {
    let project = try ReportTestProject()
    let result = project.run("report", "--format", "md", "--allow-identifiable")
    #expect(result.status == .success)
    #expect(result.error == "")
    #expect(!(try project.read("report/report.md")).contains("Survey"))
  }

  @Test("An output path that is a file is exit 66, and the file is left as it was")
  func outputIsAFile() throws {
    let project = try ReportTestProject()
    try project.write("report", "mine")
    let result = project.run("report")
    #expect(result.status == .noInput)
    #expect(result.error == "error: 'report' is a file, not a folder\n")
    #expect(try project.read("report") == "mine")
  }

  @Test("A folder qualkit did not write is not replaced (exit 1); neither is an unwritable place")
  func foreignFolder() throws {
    let project = try ReportTestProject()
    try project.write("notes/mine.txt", "keep me")
    let result = project.run("report", "--out", "notes")
    #expect(result.status == .failure)
    #expect(
      result.error.contains(
        "error: cannot write 'notes': qualkit did not write this folder (it has no .qualkit-report")
    )
    #expect(try project.read("notes/mine.txt") == "keep me")
    try project.write("plain", "a file")
    let under = project.run("report", "--out", "plain/report")
    #expect(under.status == .failure)
    #expect(under.error.hasPrefix("error: cannot write 'plain/report'"))
  }

  @Test("A committed link report -> Codings with a planted marker deletes nothing (F20)")
  func linkToCodings() throws {
    let project = try ReportTestProject()
    let before = try Self.files(in: project.root.appendingPathComponent("Codings"))
    try project.write("Codings/.qualkit-report", "")
    try FileManager.default.createSymbolicLink(
      atPath: project.root.appendingPathComponent("report").path, withDestinationPath: "Codings")
    let viaLink = project.run("report")
    #expect(viaLink.status == .failure)
    #expect(
      viaLink.error
        == "error: cannot write 'report': it is a symbolic link; name a real folder "
        + "(qualkit never writes through a link)\n")
    let direct = project.run("report", "--out", "Codings")
    #expect(direct.status == .failure)
    #expect(direct.error.contains("it is, or lies inside, the project's folder 'Codings'"))
    var after = try Self.files(in: project.root.appendingPathComponent("Codings"))
    after[".qualkit-report"] = nil
    #expect(after == before)
  }

  @Test("Notes added to the report folder are named and kept; the old report stays (F28)")
  func addedFilesKept() throws {
    let project = try ReportTestProject()
    #expect(project.run("report").status == .success)
    let report = try project.read("report/report.md")
    try project.write("report/notes.md", "my notes")
    let result = project.run("report")
    #expect(result.status == .failure)
    #expect(result.error.contains("qualkit did not write 'notes.md'"), "\(result.error)")
    #expect(try project.read("report/notes.md") == "my notes")
    #expect(try project.read("report/report.md") == report)
  }

  @Test(
    "Bad options are usage errors (64); names that match nothing are data errors (65)",
    arguments: [
      (["--lang", "fr"], ExitCode.usage, "'fr' is not a valid value for '--lang'"),
      (["--format", "pdf"], .usage, "'pdf' is not a report format"),
      (["--quotes", "-1"], .usage, "'--quotes' needs a whole number of at least 0"),
      (["--by", "grupe"], .dataError, "no transcript has the attribute 'grupe' (nearest: group"),
      (["--coders", "ana"], .dataError, "no codings by coder 'ana' (nearest: anna"),
    ])
  func badOptions(arguments: [String], status: ExitCode, message: String) throws {
    let project = try ReportTestProject()
    let result = run(["report"] + arguments, in: project.root)
    #expect(result.status == status)
    #expect(result.error.contains(message), "\(result.error)")
    #expect(
      !FileManager.default.fileExists(atPath: project.root.appendingPathComponent("report").path))
  }
}
