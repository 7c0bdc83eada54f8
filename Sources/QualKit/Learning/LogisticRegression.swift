import Foundation

/// L2-regularised logistic regression, fitted by L-BFGS: the model
/// scikit-learn's `LogisticRegression` fits with its default solver.
///
/// With labels yᵢ ∈ {−1, +1}, sample weights sᵢ, S = Σ sᵢ and the unit
/// vectors xᵢ, it minimises
///
///     L(w, b) = (1/S) Σᵢ sᵢ ln(1 + exp(−yᵢ (w·xᵢ + b))) + ‖w‖² / (2 C S)
///
/// (the intercept b is not penalised), the same function scikit-learn
/// minimises for `penalty="l2"`, so both find the same weights. With
/// ``Options/balancesClasses`` the weights are sᵢ = n / (2 n_yᵢ)
/// (`class_weight="balanced"`), so that a code coded in 3 % of the units is
/// not simply never proposed; otherwise every sᵢ is 1.
///
/// The search stops when the largest component of the gradient is at most
/// ``Options/tolerance`` (scikit-learn's `tol`, 1e-4 by default), when a
/// step lowers L by less than 64 machine epsilons relative to L (its
/// `ftol`), or after ``Options/maximumIterations``. Everything is summed in
/// a fixed order, so a fit gives the same weights bit for bit every time.
///
/// Reference: Nocedal, J. & Wright, S. J. (2006). *Numerical Optimization*
/// (2nd ed.), algorithm 7.4 (L-BFGS two-loop recursion) and 3.1
/// (backtracking line search). Springer.
public struct LogisticRegression: Hashable, Sendable {
  /// How the model is fitted.
  public struct Options: Hashable, Sendable {
    /// The inverse of the regularisation strength (scikit-learn's `C`).
    public var inverseRegularization: Double
    /// Whether the classes are weighted by the inverse of their size.
    public var balancesClasses: Bool
    /// The largest gradient component at which the search stops.
    public var tolerance: Double
    /// The most iterations of the search.
    public var maximumIterations: Int

    /// Creates options; the defaults are scikit-learn's, with balanced classes.
    public init(
      inverseRegularization: Double = 1, balancesClasses: Bool = true, tolerance: Double = 1e-4,
      maximumIterations: Int = 1000
    ) {
      self.inverseRegularization = inverseRegularization
      self.balancesClasses = balancesClasses
      self.tolerance = tolerance
      self.maximumIterations = maximumIterations
    }
  }

  /// The weight of each feature.
  public var weights: [Double]
  /// The intercept.
  public var intercept: Double
  /// How many iterations the search took.
  public var iterations: Int
  /// Whether the gradient fell below the tolerance (or the function stopped
  /// falling) before the iteration limit.
  public var converged: Bool

  /// Fits the model to `rows` and their `labels`.
  ///
  /// - Parameters:
  ///   - rows: The feature vectors, one row per unit.
  ///   - labels: Whether each unit is coded (at least one of each is expected).
  ///   - options: The regularisation, class weights and stopping rule.
  /// - Complexity: O(iterations × (stored values + 10 × features)).
  public init(rows: SparseRows, labels: [Bool], options: Options = Options()) {
    let problem = Problem(rows: rows, labels: labels, options: options)
    var solution = [Double](repeating: 0, count: rows.columnCount + 1)
    let (iterations, converged) = Self.minimize(problem, from: &solution, options: options)
    intercept = solution.removeLast()
    weights = solution
    self.iterations = iterations
    self.converged = converged
  }

  /// The probability that a unit with features `row` is coded.
  public func probability(_ row: [(column: Int32, value: Double)]) -> Double {
    var score = intercept
    for entry in row { score += weights[Int(entry.column)] * entry.value }
    return Self.sigmoid(score)
  }

  /// 1 / (1 + e^−x), without overflow.
  public static func sigmoid(_ x: Double) -> Double {
    x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
  }

  // MARK: - The objective

  /// The data and constants of the function minimised.
  struct Problem {
    var rows: SparseRows
    /// +1 or −1 per row.
    var signs: [Double]
    /// sᵢ / S per row.
    var sampleWeights: [Double]
    /// 1 / (C S).
    var penalty: Double

    init(rows: SparseRows, labels: [Bool], options: Options) {
      self.rows = rows
      signs = labels.map { $0 ? 1 : -1 }
      let positives = labels.lazy.filter { $0 }.count
      let negatives = labels.count - positives
      let count = Double(labels.count)
      let weights: [Double] = labels.map { label in
        guard options.balancesClasses else { return 1 }
        return count / (2 * Double(label ? max(1, positives) : max(1, negatives)))
      }
      let total = weights.reduce(0, +)
      sampleWeights = weights.map { $0 / total }
      penalty = 1 / (options.inverseRegularization * total)
    }

    /// L at `point` (weights, then the intercept), and its gradient.
    func evaluate(_ point: [Double], gradient: inout [Double]) -> Double {
      let count = rows.columnCount
      let intercept = point[count]
      let scores = rows.scores(weights: point, intercept: intercept)
      var loss = 0.0
      var factors = [Double](repeating: 0, count: scores.count)
      var interceptGradient = 0.0
      for row in 0..<scores.count {
        let margin = signs[row] * scores[row]
        let softplus = margin > 0 ? log1p(exp(-margin)) : -margin + log1p(exp(margin))
        loss += sampleWeights[row] * softplus
        // d/dscore of sᵢ ln(1 + e^−yz) = −sᵢ yᵢ σ(−yz).
        let factor = -sampleWeights[row] * signs[row] * LogisticRegression.sigmoid(-margin)
        factors[row] = factor
        interceptGradient += factor
      }
      for index in 0..<count { gradient[index] = penalty * point[index] }
      gradient[count] = interceptGradient
      rows.addWeightedRows(factors, to: &gradient)
      var squares = 0.0
      for index in 0..<count { squares += point[index] * point[index] }
      return loss + penalty * squares / 2
    }
  }

  // MARK: - L-BFGS

  /// Minimises the problem from `point`, returning the iterations taken and
  /// whether the search converged.
  static func minimize(_ problem: Problem, from point: inout [Double], options: Options) -> (
    Int, Bool
  ) {
    let memory = 10
    let dimension = point.count
    var gradient = [Double](repeating: 0, count: dimension)
    var value = problem.evaluate(point, gradient: &gradient)
    var steps: [[Double]] = []
    var changes: [[Double]] = []
    var curvatures: [Double] = []
    var candidate = point
    var candidateGradient = gradient
    if maximumMagnitude(gradient) <= options.tolerance { return (0, true) }
    for iteration in 1...max(1, options.maximumIterations) {
      // The direction: −H∇ by the two-loop recursion.
      var direction = gradient.map { -$0 }
      var alphas = [Double](repeating: 0, count: steps.count)
      for index in stride(from: steps.count - 1, through: 0, by: -1) {
        alphas[index] = curvatures[index] * dot(steps[index], direction)
        axpy(-alphas[index], changes[index], &direction)
      }
      if let lastStep = steps.last, let lastChange = changes.last {
        let scale = dot(lastStep, lastChange) / dot(lastChange, lastChange)
        for index in 0..<dimension { direction[index] *= scale }
      }
      for index in 0..<steps.count {
        let beta = curvatures[index] * dot(changes[index], direction)
        axpy(alphas[index] - beta, steps[index], &direction)
      }
      var slope = dot(gradient, direction)
      if slope >= 0 {
        // Not a descent direction (rounding): start again from the gradient.
        steps.removeAll()
        changes.removeAll()
        curvatures.removeAll()
        direction = gradient.map { -$0 }
        slope = dot(gradient, direction)
      }
      // Backtracking until the Armijo condition holds.
      var length = steps.isEmpty ? min(1, 1 / dot(gradient, gradient).squareRoot()) : 1
      var candidateValue = value
      var accepted = false
      for _ in 0..<50 {
        for index in 0..<dimension { candidate[index] = point[index] + length * direction[index] }
        candidateValue = problem.evaluate(candidate, gradient: &candidateGradient)
        if candidateValue <= value + 1e-4 * length * slope {
          accepted = true
          break
        }
        length /= 2
      }
      guard accepted else { return (iteration, false) }
      var step = [Double](repeating: 0, count: dimension)
      var change = [Double](repeating: 0, count: dimension)
      for index in 0..<dimension {
        step[index] = candidate[index] - point[index]
        change[index] = candidateGradient[index] - gradient[index]
      }
      let stepChange = dot(step, change)
      if stepChange > 1e-12 * dot(change, change) {
        if steps.count == memory {
          steps.removeFirst()
          changes.removeFirst()
          curvatures.removeFirst()
        }
        steps.append(step)
        changes.append(change)
        curvatures.append(1 / stepChange)
      }
      let decrease = value - candidateValue
      swap(&point, &candidate)
      swap(&gradient, &candidateGradient)
      value = candidateValue
      if maximumMagnitude(gradient) <= options.tolerance { return (iteration, true) }
      if decrease <= 64 * Double.ulpOfOne * max(abs(value), abs(value + decrease), 1) {
        return (iteration, true)
      }
    }
    return (options.maximumIterations, false)
  }

  private static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        for index in 0..<a.count { sum += a[index] * b[index] }
      }
    }
    return sum
  }

  /// y += a x.
  private static func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
    x.withUnsafeBufferPointer { x in
      y.withUnsafeMutableBufferPointer { y in
        for index in 0..<x.count { y[index] += a * x[index] }
      }
    }
  }

  private static func maximumMagnitude(_ values: [Double]) -> Double {
    values.reduce(0) { max($0, abs($1)) }
  }
}
