import QualKit

/// The report's rigor options: checklist, saturation, plans and seed.
enum RigorOptions {
  /// Reads `--checklist`, `--order`, `--saturation`, `--plan-themes`,
  /// `--plan-kappa` and `--seed` into `options`.
  static func apply(_ arguments: Arguments, to options: inout ReportOptions, spec: CommandSpec)
    throws(CLIError)
  {
    if let name = arguments.value("checklist") {
      guard let kind = Checklist.Kind(rawValue: name) else {
        throw .usage("'\(name)' is not a checklist (expected coreq or srqr)", usage: spec.usage)
      }
      options.checklist = kind
    }
    options.saturationOrder = arguments.value("order").map(TranscriptOrder.init)
    options.seed = try arguments.seed(spec: spec)
    if arguments.value("saturation") != nil {
      let parts = try numbers("saturation", arguments, count: 3...3, spec: spec)
      guard parts[0] >= 1, parts[1] >= 1, parts[0] == parts[0].rounded(),
        parts[1] == parts[1].rounded(), (0...1).contains(parts[2])
      else {
        throw .usage(
          "'--saturation' needs BASE,RUN,THRESHOLD: two whole numbers of at least 1 and a share"
            + " from 0 to 1, such as 4,2,0.05", usage: spec.usage)
      }
      options.saturation = .init(base: Int(parts[0]), run: Int(parts[1]), threshold: parts[2])
    }
    if arguments.value("plan-themes") != nil {
      let parts = try numbers("plan-themes", arguments, count: 1...3, spec: spec)
      let instances = parts.count > 1 ? parts[1] : 1
      let power = parts.count > 2 ? parts[2] : 0.8
      guard parts[0] > 0, parts[0] <= 1, instances >= 1, instances == instances.rounded(),
        power > 0, power < 1
      else {
        throw .usage(
          "'--plan-themes' needs P[,K[,POWER]]: a share above 0, a whole number of at least 1"
            + " and a power between 0 and 1, such as 0.2,1,0.8", usage: spec.usage)
      }
      options.plans.append(.themes(prevalence: parts[0], instances: Int(instances), power: power))
    }
    if arguments.value("plan-kappa") != nil {
      let parts = try numbers("plan-kappa", arguments, count: 3...3, spec: spec)
      let plan = SamplePlan.kappa(
        lower: parts[0], expected: parts[1], prevalence: parts[2], confidence: 0.95, power: 0.8)
      guard parts[0] < parts[1], plan.required != nil else {
        throw .usage(
          "'--plan-kappa' needs K0,K1,P with K0 below K1, both between -1 and 1, and a share"
            + " of coded units between 0 and 1 that K0 allows, such as 0.4,0.7,0.3",
          usage: spec.usage)
      }
      options.plans.append(plan)
    }
  }

  /// The comma-separated numbers of option `name`.
  private static func numbers(
    _ name: String, _ arguments: Arguments, count: ClosedRange<Int>, spec: CommandSpec
  ) throws(CLIError) -> [Double] {
    let texts = arguments.list(name)
    let values = texts.compactMap { Double($0) }.filter(\.isFinite)
    guard values.count == texts.count, count.contains(values.count) else {
      let how =
        count.count == 1 ? "\(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
      throw .usage(
        "'--\(name)' needs \(how) numbers separated by commas, not '\(texts.joined(separator: ","))'",
        usage: spec.usage)
    }
    return values
  }
}
