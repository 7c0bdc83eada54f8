import Foundation
import QualKit
import Testing

@testable import qualkit

/// `Scripts/check-report.sh` on the sample report in English and Danish:
/// LibreOffice, pdflatex (and Chromium, xelatex where installed) render
/// every format, and the script measures what a reader would see.
@Suite struct CheckReportScriptTests {
  /// Whether `name` is a program on the PATH.
  static func isInstalled(_ name: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { folder in
      FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)")
    }
  }

  /// The programs the check needs; without one of them the test is skipped.
  static let tools = ["bash", "soffice", "pdflatex", "pdfinfo", "pdftotext", "pdftoppm", "perl"]
  static let hasTools = tools.allSatisfy(isInstalled)

  @Test(
    "The sample report renders in every format: nothing past the page, no overfull box, a Word chart per HTML chart, no English in Danish",
    .enabled(
      if: hasTools,
      "needs LibreOffice (soffice), pdflatex, poppler-utils and perl; install them to run it"),
    arguments: ["en", "da"])
  func sampleReport(language: String) throws {
    let folder = try makeTemporaryDirectory()
    let report = folder.appendingPathComponent("report")
    let written = run(["report", "--lang", language, "--out", report.path], in: repositoryRoot)
    #expect(written.status == .success, "\(written.error)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "bash", repositoryRoot.appendingPathComponent("Scripts/check-report.sh").path, report.path,
      folder.appendingPathComponent("check").path,
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["QUALKIT_CHECK_NO_INSTALL"] = "1"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text)")
    // The sample's 2 prevalence charts, 12 Likert items and the saturation
    // curve: 15 charts in HTML and Word.
    #expect(text.contains("figures: 15 in HTML, 15 native charts in Word, 2 LaTeX figures"))
    #expect(text.contains("0 overfull boxes"), "\(text)")
    #expect(text.contains("docx: converted by LibreOffice"))
    #expect(!text.contains("PAST THE PAGE"), "\(text)")
    if language == "da" {
      #expect(text.contains("danish: no English word of QualKit's in HTML, Word or LaTeX"))
    }
  }
}
