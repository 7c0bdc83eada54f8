import Foundation
import Testing

@testable import QualKit

/// The rigor statistics against their papers' worked examples and against
/// independent implementations: `Fixtures/Rigor/make_reference.py` (Python
/// 3.11.7, numpy 1.26.4, scipy 1.12.0, statsmodels 0.14.4), its output in
/// `Fixtures/Rigor/reference.txt`.
@Suite struct RigorStatisticsTests {
  @Test(
    "The normal quantile equals scipy.stats.norm.ppf",
    arguments: [
      (1e-12, -7.034483825301131), (1e-06, -4.753424308822899), (0.001, -3.090232306167813),
      (0.025, -1.9599639845400545), (0.3, -0.5244005127080409), (0.5, 0.0),
      (0.8, 0.8416212335729143), (0.975, 1.959963984540054), (0.999, 3.090232306167813),
      (0.999999999, 5.997807019601637),
    ])
  func quantile(p: Double, scipy: Double) {
    #expect(abs(NormalDistribution.quantile(p) - scipy) < 1e-12)
    #expect(abs(NormalDistribution.cumulative(NormalDistribution.quantile(p)) - p) < 1e-12)
  }

  @Test("The quantile's edges: 0 and 1 are infinite, outside [0, 1] NaN")
  func quantileEdges() {
    #expect(NormalDistribution.quantile(0) == -.infinity)
    #expect(NormalDistribution.quantile(1) == .infinity)
    #expect(NormalDistribution.quantile(1.5).isNaN)
  }

  @Test(
    "Wilson intervals: Newcombe (1998), Table II, method 3, to 4 decimals",
    arguments: [
      (81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0000, 0.1611),
      (1, 29, 0.0061, 0.1718),
    ])
  func wilsonNewcombe(successes: Int, trials: Int, lower: Double, upper: Double) throws {
    let interval = try #require(
      WilsonInterval.interval(successes: Double(successes), trials: Double(trials)))
    #expect(abs(interval.lower - lower) < 5e-5)
    #expect(abs(interval.upper - upper) < 5e-5)
  }

  @Test(
    "Wilson intervals equal statsmodels' proportion_confint(method='wilson')",
    arguments: [
      (81, 263, 0.95, 0.2552885198782742, 0.36620957698280004),
      (15, 148, 0.95, 0.0623863995307363, 0.16048724172330803),
      (0, 20, 0.95, 0.0, 0.16112515805281938),
      (1, 29, 0.95, 0.006113214292762653, 0.17175521879320288),
      (131, 134, 0.95, 0.9362457955303272, 0.9923572611632616),
      (2395, 2412, 0.9, 0.9895453918146463, 0.9952537719783888),
      (7, 9, 0.99, 0.36453041217234045, 0.9552670337329567),
      (50, 50, 0.95, 0.9286524008666414, 1.0),
    ])
  func wilsonStatsmodels(x: Int, n: Int, level: Double, lower: Double, upper: Double) throws {
    let interval = try #require(
      WilsonInterval.interval(successes: Double(x), trials: Double(n), confidence: level))
    #expect(abs(interval.lower - lower) < 1e-12)
    #expect(abs(interval.upper - upper) < 1e-12)
    #expect(WilsonInterval.interval(successes: 0, trials: 0) == nil)
  }

  @Test(
    "Feinstein & Cicchetti (1990): p_o .85 gives kappa .70 and .32; PI, BI and PABAK after Byrt et al. (1993)",
    arguments: [(40.0, 9.0, 6.0, 45.0, 0.70, -0.05, 0.03), (80, 10, 5, 5, 0.32, 0.75, 0.05)])
  func kappaParadox(
    a: Double, b: Double, c: Double, d: Double, kappa: Double, prevalence: Double, bias: Double
  ) throws {
    let table = AgreementTwoByTwo(both: a, firstOnly: b, secondOnly: c, neither: d)
    #expect(table.observedAgreement == 0.85)
    #expect(abs(try #require(table.kappa) - kappa) < 0.005)
    #expect(abs(try #require(table.prevalenceIndex) - prevalence) < 1e-12)
    #expect(abs(try #require(table.biasIndex) - bias) < 1e-12)
    #expect(abs(try #require(table.pabak) - 0.70) < 1e-12)
  }

  @Test(
    "2 x 2 tables: kappa equals statsmodels' cohens_kappa; PI, BI, PABAK and AC1 the reference",
    arguments: [
      (40, 9, 6, 45, 0.6995192307692307, -0.05, 0.03, 0.7, 0.7007481296758106),
      (80, 10, 5, 5, 0.318181818181818, 0.75, 0.05, 0.7, 0.8079999999999999),
      (20, 5, 10, 15, 0.3999999999999999, 0.1, -0.1, 0.3999999999999999, 0.40594059405940586),
      (45, 15, 25, 15, 0.13043478260869554, 0.3, -0.1, 0.19999999999999996, 0.26605504587155965),
      (25, 35, 5, 35, 0.25925925925925924, -0.1, 0.3, 0.19999999999999996, 0.20792079207920783),
      (
        22, 19, 45, 24, -0.10241152521140005, -0.01818181818181818, -0.23636363636363636,
        -0.1636363636363637, -0.16325181758096488
      ),
      (
        47, 34, 7, 30, 0.3263714842662212, 0.1440677966101695, 0.2288135593220339,
        0.30508474576271194, 0.3192148033490467
      ),
      (
        24, 33, 34, 34, -0.0788355017390185, -0.08, -0.008, -0.07199999999999995,
        -0.06518282988871237
      ),
      (
        34, 52, 20, 5, -0.27831094049904037, 0.26126126126126126, 0.2882882882882883,
        -0.29729729729729726, -0.2144051056070506
      ),
      (
        41, 44, 27, 49, 0.1256023865983323, -0.049689440993788817, 0.10559006211180125,
        0.11801242236024834, 0.12018472195497377
      ),
      (
        17, 42, 39, 24, -0.3314470493128539, -0.05737704918032787, 0.02459016393442623,
        -0.3278688524590164, -0.3235116855286949
      ),
    ])
  func twoByTwo(
    a: Int, b: Int, c: Int, d: Int, kappa: Double, prevalence: Double, bias: Double, pabak: Double,
    ac1: Double
  ) throws {
    // As reliability data: one row per unit, coders in columns.
    var units: [[String?]] = []
    for (count, pair) in [(a, ["1", "1"]), (b, ["1", "0"]), (c, ["0", "1"]), (d, ["0", "0"])] {
      units += Array(repeating: pair, count: count)
    }
    let data = try ReliabilityData(coders: ["x", "y"], units: units)
    let table = try #require(AgreementTwoByTwo(data))
    #expect(table.both == Double(a) && table.firstOnly == Double(b))
    #expect(abs(try #require(table.kappa) - kappa) < 1e-9)
    #expect(abs(try #require(Reliability.cohenKappa(data).value) - kappa) < 1e-9)
    #expect(abs(try #require(table.prevalenceIndex) - prevalence) < 1e-9)
    #expect(abs(try #require(table.biasIndex) - bias) < 1e-9)
    #expect(abs(try #require(table.pabak) - pabak) < 1e-9)
    #expect(abs(try #require(Reliability.gwetAC1(data).value) - ac1) < 1e-9)
    #expect(
      abs(
        try #require(
          AgreementDiagnostics.coefficient(
            .gwetAC1, counts: [Double(d), Double(c), Double(b), Double(a)])) - ac1) < 1e-9)
  }

  @Test("A 2 x 2 table of one category has no kappa; no units give nothing")
  func twoByTwoEdges() {
    let single = AgreementTwoByTwo(both: 0, firstOnly: 0, secondOnly: 0, neither: 10)
    #expect(single.kappa == nil)
    #expect(single.pabak == 1)
    let empty = AgreementTwoByTwo(both: 0, firstOnly: 0, secondOnly: 0, neither: 0)
    #expect(empty.observedAgreement == nil && empty.prevalenceIndex == nil)
  }

  @Test(
    "Binomial upper tails equal scipy.stats.binom.sf",
    arguments: [
      (2, 29, 0.1, 0.8011278994496028), (2, 28, 0.1, 0.7848459730887516),
      (1, 8, 0.2, 0.83222784), (10, 21, 0.54, 0.7900124969200633),
      (5, 200, 0.06, 0.9936234273771565), (3, 1000, 0.001, 0.080209342840201),
      (40, 60, 0.7, 0.7622167264105789),
    ])
  func binomial(k: Int, n: Int, p: Double, scipy: Double) {
    #expect(
      abs(SampleSize.binomialUpperTail(atLeast: k, trials: n, probability: p) - scipy) < 1e-12)
  }

  @Test("Fugard & Potts (2015), abstract: 10 % prevalence, 2 instances, 80 % power need 29")
  func fugardPotts() {
    #expect(SampleSize.interviews(prevalence: 0.1, instances: 2, power: 0.8) == 29)
    #expect(SampleSize.interviews(prevalence: 0, instances: 1) == nil)
  }

  @Test(
    "Fugard & Potts sample sizes equal a search over scipy's binomial",
    arguments: [
      (0.1, 2, 0.8, 29), (0.2, 1, 0.8, 8), (0.25, 1, 0.9, 9), (0.54, 10, 0.8, 22),
      (0.06, 5, 0.99, 190), (0.01, 5, 0.8, 671), (0.5, 3, 0.95, 11),
    ])
  func fugardPottsReference(p: Double, k: Int, power: Double, n: Int) {
    #expect(SampleSize.interviews(prevalence: p, instances: k, power: power) == n)
  }

  @Test(
    "Donner & Eliasziw (1992) units equal the reference formula with scipy's quantiles",
    arguments: [
      (0.4, 0.7, 0.3, 0.05, 0.8, 1, 66.67628615756465),
      (0.4, 0.7, 0.5, 0.05, 0.8, 1, 57.70386749885116),
      (0.4, 0.7, 0.5, 0.05, 0.8, 2, 73.25621085392484),
      (0.6, 0.8, 0.1, 0.05, 0.9, 1, 365.39082029516663),
      (0.0, 0.4, 0.2, 0.05, 0.8, 2, 49.05549833968179),
      (0.4, 0.6, 0.3, 0.01, 0.8, 1, 243.52729814733397),
    ])
  func donnerEliasziw(
    lower: Double, expected: Double, prevalence: Double, alpha: Double, power: Double, sides: Int,
    n: Double
  ) throws {
    let units = try #require(
      SampleSize.kappaUnits(
        lower: lower, expected: expected, prevalence: prevalence, alpha: alpha, power: power,
        sides: sides))
    #expect(abs(units - n) < 1e-9 * n)
  }

  @Test(
    "Donner & Eliasziw by hand: κ0 .4, κ1 .7, π .5 gives 2·.075²/.35 + .15²/.30 as the distance")
  func donnerEliasziwByHand() throws {
    // P(κ0) = (.35, .30, .35), P(κ1) = (.425, .15, .425).
    let distance = 2 * 0.075 * 0.075 / 0.35 + 0.15 * 0.15 / 0.30
    let z = NormalDistribution.quantile(0.95) + NormalDistribution.quantile(0.8)
    let units = try #require(SampleSize.kappaUnits(lower: 0.4, expected: 0.7, prevalence: 0.5))
    #expect(abs(units - z * z / distance) < 1e-9)
    #expect(SampleSize.kappaUnits(lower: 0.7, expected: 0.4, prevalence: 0.5) == nil)
  }
}
