import Foundation

extension NormalDistribution {
  /// P(Z ≤ z), the standard normal distribution function.
  public static func cumulative(_ z: Double) -> Double {
    0.5 * erfc(-z / 2.0.squareRoot())
  }

  /// The standard normal quantile: the z with P(Z ≤ z) = `p`.
  ///
  /// Wichura's algorithm AS 241 (PPND16), accurate to about 1 part in
  /// 10¹⁶; `p` of 0 and 1 give −∞ and +∞, and anything outside [0, 1]
  /// gives NaN.
  ///
  /// Reference: Wichura, M. J. (1988). Algorithm AS 241: the percentage
  /// points of the normal distribution. *Applied Statistics* 37(3), 477–484.
  public static func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    let q = p - 0.5
    if abs(q) <= 0.425 {
      let r = 0.180625 - q * q
      return q * polynomial(centralNumerator, r) / polynomial(centralDenominator, r)
    }
    var r = q < 0 ? p : 1 - p
    r = (-log(r)).squareRoot()
    let value: Double
    if r <= 5 {
      r -= 1.6
      value = polynomial(intermediateNumerator, r) / polynomial(intermediateDenominator, r)
    } else {
      r -= 5
      value = polynomial(tailNumerator, r) / polynomial(tailDenominator, r)
    }
    return q < 0 ? -value : value
  }

  /// `coefficients[0] + coefficients[1]·x + …`, by Horner's rule.
  private static func polynomial(_ coefficients: [Double], _ x: Double) -> Double {
    coefficients.reversed().reduce(0) { $0 * x + $1 }
  }

  private static let centralNumerator = [
    3.387_132_872_796_366_608, 133.141_667_891_784_377_2, 1971.590_950_306_551_442_7,
    13731.693_765_509_461_125, 45921.953_931_549_871_457, 67265.770_927_008_700_853,
    33430.575_583_588_128_105, 2509.080_928_730_122_672_7,
  ]
  private static let centralDenominator = [
    1, 42.313_330_701_600_911_252, 687.187_007_492_057_908_7, 5394.196_021_424_751_077_1,
    21213.794_301_586_595_867, 39307.895_800_092_710_61, 28729.085_735_721_942_674,
    5226.495_278_852_545_925_1,
  ]
  private static let intermediateNumerator = [
    1.423_437_110_749_683_577_34, 4.630_337_846_156_545_295_9, 5.769_497_221_460_691_405_5,
    3.647_848_324_763_204_605_04, 1.270_458_252_452_368_382_58, 0.241_780_725_177_450_611_77,
    0.022_723_844_989_269_184_583_2, 7.745_450_142_783_414_076_4e-4,
  ]
  private static let intermediateDenominator = [
    1, 2.053_191_626_637_758_821_87, 1.676_384_830_183_803_849_4, 0.689_767_334_985_100_004_55,
    0.148_103_976_427_480_074_59, 0.015_198_666_563_616_457_2, 5.475_938_084_995_344_946_0e-4,
    1.050_750_071_644_416_843_06e-9,
  ]
  private static let tailNumerator = [
    6.657_904_643_501_103_777_2, 5.463_784_911_164_114_369_9, 1.784_826_539_917_291_335_8,
    0.296_560_571_828_504_891_23, 0.026_532_189_526_576_123_093, 0.001_242_660_947_388_078_438_1,
    2.711_555_568_743_487_578_66e-5, 2.010_334_399_292_288_132_5e-7,
  ]
  private static let tailDenominator = [
    1, 0.599_832_206_555_887_937_69, 0.136_929_880_922_735_805_31,
    0.014_875_361_290_850_614_852_6, 7.868_691_311_456_132_591e-4, 1.846_318_317_510_054_681_8e-5,
    1.421_511_758_316_445_887_6e-7, 2.044_263_103_389_939_785_6e-15,
  ]
}
