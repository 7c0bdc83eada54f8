import QualKit
import Testing

@Suite struct BootstrapTests {
  @Test("SplitMix64 gives the reference sequence for seed 0")
  func splitMixReference() {
    var generator = SplitMix64(seed: 0)
    // First outputs of the reference C implementation (Vigna) for seed 0.
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
  }

  @Test("The same seed gives the same interval; another seed a different one")
  func reproducible() throws {
    let data = try loadReliabilityData("krippendorff2011.csv")
    let first = Reliability.bootstrapInterval(for: .krippendorffAlpha, on: data, seed: 42)
    let second = Reliability.bootstrapInterval(for: .krippendorffAlpha, on: data, seed: 42)
    let other = Reliability.bootstrapInterval(for: .krippendorffAlpha, on: data, seed: 43)
    #expect(first != nil)
    #expect(first == second)
    #expect(first != other)
  }

  @Test(
    "The interval is ordered and contains the estimate",
    arguments: [ReliabilityStatistic.krippendorffAlpha, .fleissKappa])
  func containsEstimate(statistic: ReliabilityStatistic) throws {
    let data = try loadReliabilityData("random-5coders.csv")
    let estimate = try #require(Reliability.compute(statistic, on: data).value)
    let interval = try #require(
      Reliability.bootstrapInterval(for: statistic, on: data, confidence: 0.9, resamples: 300))
    #expect(interval.lower < estimate && estimate < interval.upper)
    #expect(interval.level == 0.9)
    #expect(interval.resamples == 300)
    #expect(interval.upper - interval.lower < 0.3)
  }

  @Test("Cohen's kappa has an interval too, and perfect agreement gives [1, 1]")
  func kappaInterval() throws {
    let data = try loadReliabilityData("cohen-sas.csv")
    let interval = try #require(Reliability.bootstrapInterval(for: .cohenKappa, on: data))
    #expect(interval.lower < 0.4842 && 0.4842 < interval.upper)
    let perfect = try ReliabilityData(coders: ["A", "B"], units: [["a", "a"], ["b", "b"]])
    let perfectInterval = Reliability.bootstrapInterval(for: .krippendorffAlpha, on: perfect)
    #expect(perfectInterval?.lower == 1)
    #expect(perfectInterval?.upper == 1)
  }

  @Test("Undefined data give no interval")
  func undefined() throws {
    let data = try ReliabilityData(coders: ["A", "B"], units: [["a", "a"]])
    #expect(Reliability.bootstrapInterval(for: .cohenKappa, on: data) == nil)
  }
}
