import QualKit

/// `qualkit survey import`: a survey tool's export made into a survey CSV and its spec.
enum SurveyImportCommand {
  static let spec = CommandSpec(
    name: "survey import",
    summary: "Import a survey tool's CSV export as a survey CSV and its spec.",
    positionals: "FILE",
    arguments: [.init(name: "FILE", help: "The tool's CSV export.")],
    options: [
      .option(
        "from", value: "TOOL",
        help:
          "The tool that wrote FILE: qualtrics, surveymonkey, limesurvey, redcap, googleforms, surveyxact or plain (default: auto, detected from its header)."
      ),
      .option(
        "labels", value: "FILE",
        help:
          "The tool's label file: a REDCap data dictionary, LimeSurvey's R syntax file or a Qualtrics .qsf."
      ),
      .option(
        "out", value: "Surveys/NAME",
        help:
          "Write Surveys/NAME.csv and Surveys/NAME.survey.json (default: FILE's name in Surveys/)."),
      .option("id", value: "COLUMN", help: "The column that identifies respondents."),
      .flag("keep-incomplete", help: "Keep unfinished responses (previews and spam are left out)."),
      .flag("lenient", help: "Read answers that are not in the label file as missing (warned)."),
    ],
    discussion: """
      Reads the export's header rows as the tool writes them, leaves out
      metadata columns (dates, IP addresses, progress), previews, spam and
      unfinished responses, finds the respondent id, and makes every column
      whose answers lie on a scale an item: a built-in scale, the label
      file's options, a scale ordered by known wordings (English, Danish,
      German, French, Norwegian, Swedish) or whole numbers (1-5, 0-10).
      Columns with few values are groups. It prints what it detected and
      decided, and writes both files only when the whole import succeeded;
      existing files are never replaced. The CSV keeps the answers as the
      export has them, one header row, one row per respondent.
      """,
    examples: [
      "qualkit survey import Surveys/exports/tki2-surveyxact.csv",
      "qualkit survey import Surveys/exports/tki2-qualtrics.csv --id participant",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count == 1 else {
      throw .usage("expected one export file", usage: spec.usage)
    }
    let path = arguments.positionals[0]
    let from = try arguments.choice(
      "from", in: ["auto"] + SurveyExportLayout.allCases.map(\.rawValue), default: "auto",
      spec: spec)
    let out = outputStem(
      arguments.value("out"), export: path, surveys: context.layout.surveysFolder)
    let csvPath = out + ".csv"
    let specPath = out + ".survey.json"
    for existing in [csvPath, specPath] where context.folder.exists(existing) {
      throw .usage("'\(existing)' exists; remove it or choose another --out", usage: spec.usage)
    }
    let bytes = try read(path, context: context)
    var labels: SurveyLabels?
    if let labelPath = arguments.value("labels") {
      let labelBytes = try read(labelPath, context: context)
      do throws(SurveyError) {
        labels = try SurveyLabels(parsing: labelBytes, name: labelPath)
      } catch {
        throw .dataError(error.diagnostics.map(\.description).joined(separator: "\n"))
      }
    }
    let result: SurveyImport
    do throws(SurveyError) {
      result = try SurveyImport(
        export: bytes, name: path, labels: labels,
        options: SurveyImport.Options(
          layout: SurveyExportLayout(rawValue: from),
          keepIncomplete: arguments.has("keep-incomplete"),
          lenient: arguments.has("lenient"), respondentID: arguments.value("id")))
    } catch {
      throw .dataError(error.diagnostics.map(\.description).joined(separator: "\n"))
    }
    context.report(result.diagnostics)
    for line in result.report.lines { context.print(line) }
    let json = Array((result.spec.json.rendered(pretty: true) + "\n").utf8)
    do throws(StorageError) {
      try context.folder.checkWritable(result.csv.count, to: csvPath)
      try AtomicFile.writeAll([
        .init(url: context.url(for: csvPath), bytes: result.csv, displayPath: csvPath),
        .init(url: context.url(for: specPath), bytes: json, displayPath: specPath),
      ])
    } catch {
      throw CLIError(error)
    }
    context.print(
      "wrote \(csvPath) (\(count(result.report.respondents, "respondent")), \(count(result.spec.items.count, "item"))) and \(specPath); check them, then run 'qualkit survey describe \(csvPath)'"
    )
    return .success
  }

  /// `number` and `noun`, plural unless the number is 1.
  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }

  /// The bytes of the file at `path` (exit 66 when it is missing).
  private static func read(_ path: String, context: ToolContext) throws(CLIError) -> [UInt8] {
    do throws(StorageError) {
      return try context.folder.read(path)
    } catch {
      throw CLIError(error)
    }
  }

  /// The path of the files to write without their extensions: `--out`
  /// (a trailing `.csv` or `.survey.json` dropped), else the export's name
  /// in the surveys folder.
  static func outputStem(_ out: String?, export: String, surveys: String) -> String {
    if let out {
      for suffix in [".survey.json", ".csv"] where out.hasSuffix(suffix) {
        return String(out.dropLast(suffix.count))
      }
      return out
    }
    var name = Substring(export.split(separator: "/").last ?? Substring(export))
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
    return ProjectFolder.join(surveys, String(name))
  }
}
