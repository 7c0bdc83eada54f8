import Foundation
import QualKit

/// `qualkit plan themes` and `qualkit plan kappa`: sample sizes for a study's plan.
enum PlanCommands {
  static let themesSpec = CommandSpec(
    name: "plan themes",
    summary:
      "Interviews needed to hear a theme held by a share of the population (Fugard & Potts).",
    options: [
      .option(
        "prevalence", value: "P",
        help: "The share of the population holding the theme, as 0.2 or 20%.", required: true),
      .option("instances", value: "K", help: "How many times it should be heard (default: 1)."),
      .option("power", value: "P", help: "The probability wanted (default: 0.8)."),
      .option("lang", value: "en|da", help: "The language of the table (default: en)."),
      .tableFormat,
    ],
    discussion: """
      The smallest number of interviews n with P(X >= K) >= power for X ~
      Binomial(n, P): the chance of hearing at least K participants voice a
      theme that a share P of the population holds (Fugard & Potts 2015,
      International Journal of Social Research Methodology 18(6): 669-684;
      their example: 10% prevalence, 2 instances, 80% power gives 29). Run in a
      project, the table adds the probability with the project's interviews.
      """,
    examples: [
      "$ qualkit plan themes --prevalence 0.1 --instances 2",
      "qualkit plan themes --prevalence 20% --power 0.9 --format json",
    ])

  static let kappaSpec = CommandSpec(
    name: "plan kappa",
    summary:
      "Units two coders need for kappa's confidence bound to exceed a value (Donner & Eliasziw).",
    options: [
      .option(
        "lower", value: "K0", help: "The value kappa's lower bound must exceed, such as 0.4.",
        required: true),
      .option(
        "expected", value: "K1", help: "The kappa expected, such as 0.7.", required: true),
      .option(
        "prevalence", value: "P",
        help: "The share of units a code is applied to, as 0.3 or 30% (required).",
        required: true),
      .option("confidence", value: "C", help: "The one-sided confidence level (default: 0.95)."),
      .option("power", value: "P", help: "The probability wanted (default: 0.8)."),
      .option("lang", value: "en|da", help: "The language of the table (default: en)."),
      .tableFormat,
    ],
    discussion: """
      The number of units two coders must both code (yes/no for a code) so that,
      when kappa is K1, the one-sided lower confidence bound of kappa exceeds K0
      with the power asked: Donner & Eliasziw's (1992) goodness-of-fit formula
      n = (z[C] + z[power])^2 / sum_k (P_k(K1) - P_k(K0))^2 / P_k(K0) over the
      outcomes both, one and neither coder (Statistics in Medicine 11: 1511-1519;
      Sim & Wright 2005, Physical Therapy 85: 257-268).
      """,
    examples: [
      "$ qualkit plan kappa --lower 0.4 --expected 0.7 --prevalence 0.3"
    ])

  static let themes = Command(spec: themesSpec) { arguments, context throws(CLIError) in
    let spec = themesSpec
    let format = try arguments.choice("format", in: TableFormat.names, default: "text", spec: spec)
    let words = try arguments.vocabulary(spec: spec)
    guard let prevalence = try arguments.share("prevalence", in: 0.0001...1, spec: spec) else {
      throw .usage("missing '--prevalence P'", usage: spec.usage)
    }
    let instances = try arguments.integer("instances", minimum: 1, spec: spec) ?? 1
    let power = try arguments.share("power", in: 0.01...0.9999, spec: spec) ?? 0.8
    // The project's interviews, when run in one.
    var actual: Int?
    if context.layout.root(containing: context.folder.base.path, isFolder: context.folder.isFolder)
      != nil
    {
      actual = try? context.load(usage: spec.usage) { reader throws(ProjectError) in
        try reader.project(requiresCodebook: false).transcripts.count
      }
    }
    let plan = SamplePlan.themes(prevalence: prevalence, instances: instances, power: power)
    let table = plan.table(words, actual: actual.flatMap { $0 > 0 ? $0 : nil })
    context.standardOutput.write((TableFormat(rawValue: format) ?? .text).render([table]))
    return plan.required == nil ? .dataError : .success
  }

  static let kappa = Command(spec: kappaSpec) { arguments, context throws(CLIError) in
    let spec = kappaSpec
    let format = try arguments.choice("format", in: TableFormat.names, default: "text", spec: spec)
    let words = try arguments.vocabulary(spec: spec)
    guard let lower = try arguments.number("lower", in: -0.99...0.99, spec: spec),
      let expected = try arguments.number("expected", in: -0.99...0.99, spec: spec),
      let prevalence = try arguments.share("prevalence", in: 0.001...0.999, spec: spec)
    else {
      throw .usage("'--lower', '--expected' and '--prevalence' are required", usage: spec.usage)
    }
    guard lower < expected else {
      throw .usage(
        "'--expected' (\(expected)) must be above '--lower' (\(lower))", usage: spec.usage)
    }
    let confidence = try arguments.share("confidence", in: 0.5...0.9999, spec: spec) ?? 0.95
    let power = try arguments.share("power", in: 0.01...0.9999, spec: spec) ?? 0.8
    let plan = SamplePlan.kappa(
      lower: lower, expected: expected, prevalence: prevalence, confidence: confidence,
      power: power)
    guard plan.required != nil else {
      throw .dataError(
        "error: no sample size: with a prevalence of \(prevalence), kappa cannot be \(lower) (an outcome would have a negative probability)"
      )
    }
    context.standardOutput.write(
      (TableFormat(rawValue: format) ?? .text).render([plan.table(words)]))
    return .success
  }
}
