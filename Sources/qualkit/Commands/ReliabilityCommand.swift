import Foundation
import QualKit

/// `qualkit reliability`: inter-coder reliability of a units × coders CSV file.
enum ReliabilityCommand {
  static let spec = CommandSpec(
    name: "reliability",
    summary: "Compute inter-coder reliability (alpha, kappa, ...) from a CSV file.",
    positionals: "FILE.csv",
    arguments: [.init(name: "FILE.csv", help: "The reliability data.")],
    options: [
      .option(
        "statistic", value: "NAME",
        help: """
          The coefficient (default: alpha):
            percent  percent agreement (share of agreeing pairs)
            cohen    Cohen's kappa (exactly 2 coders)
            scott    Scott's pi (exactly 2 coders)
            fleiss   Fleiss' kappa (any number of coders)
            alpha    Krippendorff's alpha (any number of coders)
            bp       Brennan-Prediger kappa (q = all categories)
            ac1      Gwet's AC1
          """),
      .option(
        "level", value: "LEVEL",
        help: """
          nominal (default), ordinal, interval or ratio; alpha only. Interval and ratio
          values must be numbers.
          """),
      .option(
        "weights", value: "WEIGHTS",
        help: """
          none (default), linear or quadratic; cohen only. Weights come from each
          category's position in the category order.
          """),
      .option(
        "categories", value: "a,b,c",
        help: """
          The categories in order. Needed for ordinal alpha and weighted kappa when the
          values are not numbers; every value must be one of them; bp counts all of them.
          """,
        repeatable: true),
      .option(
        "ci", value: "LEVEL",
        help: """
          Add a bootstrap percentile confidence interval at this level (e.g. 0.95),
          resampling units.
          """),
      .option("resamples", value: "N", help: "Bootstrap resamples (default: 1000)."),
      .option(
        "seed", value: "N",
        help: "Bootstrap random seed (default: 1); same seed, same interval."),
      .option(
        "delimiter", value: "NAME", help: "comma, semicolon or tab instead of detecting it."),
      .flag(
        "diagnostics",
        help: """
          Add percent agreement with a Wilson interval, kappa and Gwet's AC1 with bootstrap
          intervals (at --ci, default 0.95) and, for 2 coders and 2 categories, the
          prevalence and bias indices and PABAK, with a note when kappa is low although
          agreement is high.
          """),
      .option("format", value: "text|json", help: "text (default) or json."),
    ],
    discussion: """
      Reads reliability data: a CSV file with a header row of coder names (an
      optional first column named 'unit' holds unit names) and one row per unit,
      one column per coder. An empty cell is a missing value. The delimiter (',',
      ';' or tab) is detected from the header; UTF-8 (with or without BOM) is
      expected, and other files are read as Windows-1252 with a warning.

      Cohen's kappa and Scott's pi leave out units with a missing value. Percent
      agreement, Fleiss' kappa, bp and ac1 average agreement over units with at
      least 2 values (Gwet's treatment of missing ratings). Alpha uses every unit
      with at least 2 values. When the data leave a coefficient undefined (no
      units, one category only, fewer than 2 pairable values, a coder without
      values) the value is reported as undefined (null in JSON) with the reason.

      JSON output is one object with the keys statistic, level, value, units,
      coders, pairableValues and ci ([lower, upper] or null). Numbers are
      written in full precision (shortest form that reads back exactly). Text
      output rounds to 3 decimals.
      """,
    examples: [
      "$ qualkit reliability Codings/reliability/krippendorff2011.csv \\",
      "    --statistic alpha --level ordinal",
      "Krippendorff's alpha (ordinal): 0.815",
      "units: 12, coders: 4, pairable values: 40",
      "",
      "$ qualkit reliability Codings/reliability/krippendorff2011.csv \\",
      "    --statistic fleiss --ci 0.95 --format json",
      "",
      "$ qualkit reliability Codings/reliability/krippendorff2011.csv --diagnostics",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    try run(arguments, &context)
  }

  private static func run(_ arguments: Arguments, _ context: inout ToolContext) throws(CLIError)
    -> ExitCode
  {
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      let problem =
        arguments.positionals.isEmpty
        ? "missing FILE.csv" : "expected one file, got \(arguments.positionals.count)"
      throw .usage(problem, usage: spec.usage)
    }
    let statisticName = try arguments.choice(
      "statistic", in: ReliabilityStatistic.allCases.map(\.rawValue), default: "alpha", spec: spec)
    let statistic = ReliabilityStatistic(rawValue: statisticName) ?? .krippendorffAlpha
    let levelName = try arguments.choice(
      "level", in: MeasurementLevel.allCases.map(\.rawValue), default: "nominal", spec: spec)
    let level = MeasurementLevel(rawValue: levelName) ?? .nominal
    let weightsName = try arguments.choice(
      "weights", in: KappaWeights.allCases.map(\.rawValue), default: "none", spec: spec)
    let weights = KappaWeights(rawValue: weightsName) ?? .none
    let format = try arguments.choice("format", in: ["text", "json"], default: "text", spec: spec)
    let delimiterName = try arguments.choice(
      "delimiter", in: ["auto", "comma", "semicolon", "tab"], default: "auto", spec: spec)
    let delimiter: CSVDelimiter? =
      switch delimiterName {
      case "comma": .comma
      case "semicolon": .semicolon
      case "tab": .tab
      default: nil
      }
    let categories = arguments.options["categories"] == nil ? nil : arguments.list("categories")
    if let categories,
      let twice = categories.first(where: { category in
        categories.filter { $0 == category }.count > 1
      })
    {
      throw .usage("category '\(twice)' is given twice in --categories", usage: spec.usage)
    }
    if weights != .none && statistic != .cohenKappa {
      throw .usage("'--weights' applies only to '--statistic cohen'", usage: spec.usage)
    }
    if level != .nominal && statistic != .krippendorffAlpha {
      throw .usage("'--level' applies only to '--statistic alpha'", usage: spec.usage)
    }
    var confidence: Double?
    if let text = arguments.value("ci") {
      guard let value = Double(text), value > 0, value < 1 else {
        throw .usage(
          "'--ci' needs a level between 0 and 1, such as 0.95, not '\(text)'",
          usage: spec.usage)
      }
      confidence = value
    }
    let resamples = try arguments.integer("resamples", minimum: 1, spec: spec) ?? 1000
    var seed: UInt64 = 1
    if let text = arguments.value("seed") {
      guard let value = UInt64(text) else {
        throw .usage(
          "'--seed' needs a whole number of at least 0, not '\(text)'", usage: spec.usage)
      }
      seed = value
    }

    // The one-pass reader first, on a large file mapped rather than read;
    // what it leaves to the full reader is read as usual.
    func quick(_ bytes: UnsafeBufferPointer<UInt8>) -> ReliabilityData? {
      ReliabilityData(
        quickCSV: bytes, delimiter: delimiter, level: level, categories: categories,
        runner: Jobs.concurrent)
    }
    let data: ReliabilityData
    let mapped = context.withMappedFile(path, quick)
    if let mapped, let quick = mapped {
      data = quick
    } else {
      let bytes: [UInt8]
      do {
        bytes = try context.folder.read(path)
      } catch {
        throw CLIError(error)
      }
      // A mapped file the one-pass reader gave up on is not tried again.
      if mapped == nil, let quick = bytes.withUnsafeBufferPointer(quick) {
        data = quick
      } else {
        let table: CSVTable
        do throws(CSVError) {
          table = try CSVReader(delimiter: delimiter).read(bytes)
        } catch {
          throw .dataError(error.diagnostic.formatted(path: path))
        }
        context.report(table.diagnostics.inFile(path))
        do throws(ReliabilityDataError) {
          data = try ReliabilityData(csv: table, level: level, categories: categories)
        } catch {
          throw .dataError(error.diagnostic.formatted(path: path))
        }
      }
    }
    if let mismatch = Reliability.mismatch(statistic, on: data, level: level, weights: weights) {
      if mismatch == .needsCategoryOrder { throw .usage("\(mismatch)", usage: spec.usage) }
      throw .dataError(Diagnostic.error("\(mismatch)", file: path).description)
    }

    var result = Reliability.compute(
      statistic, on: data, level: level, weights: weights, runner: Jobs.concurrent)
    if let confidence, result.value != nil {
      result.confidenceInterval = Reliability.bootstrapInterval(
        for: statistic, on: data, level: level, weights: weights, confidence: confidence,
        resamples: resamples, seed: seed)
    }
    var diagnostics: Table?
    if arguments.has("diagnostics") {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      diagnostics = AgreementDiagnostics(
        data: data, name: name, confidence: confidence ?? 0.95, resamples: resamples, seed: seed
      ).table()
    }
    if format == "json" {
      if let explanation = result.explanation {
        context.printError(Diagnostic.warning(explanation).formatted(path: path))
      }
      context.report(result.notes.map { Diagnostic.note($0, file: path) })
      var json = ReliabilityWriter.json(result)
      if let diagnostics, case .object(let members) = json {
        json = .object(members + [("diagnostics", JSONTableWriter.render(diagnostics))])
      }
      context.print(json.rendered(pretty: true))
    } else {
      context.standardOutput.write(
        ReliabilityWriter.text(result, confidence: confidence, seed: seed))
      if let diagnostics {
        context.standardOutput.write("\n" + TableFormat.text.render([diagnostics]))
      }
    }
    return .success
  }
}
