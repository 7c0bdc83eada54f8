import Foundation
import Testing

@testable import QualKit

/// Krippendorff's unitizing alpha against his worked example and against
/// `Fixtures/Rigor/make_reference.py`, which sums δ² over every pair of
/// sections with exact fractions (Python 3.11.7).
@Suite struct UnitizingAlphaTests {
  /// The worked example of Krippendorff (2004), page 254.
  ///
  /// Two coders on the continuum 150–450, category c and category k
  /// (offsets here from 0).
  static let exampleC: [[Range<Int>]] = [[75..<145, 220..<250], [70..<150, 205..<225, 250..<270]]
  static let exampleK: [[Range<Int>]] = [[30..<90, 150..<200], [30..<90, 150..<200]]

  @Test("Krippendorff (2004), pp. 254–256: D_o .0144, D_e .0532, uα_c .7286; uα_k 1; pooled .8591")
  func krippendorff2004() throws {
    let c = UnitizingAlpha.disagreement(units: Self.exampleC, length: 300)
    let k = UnitizingAlpha.disagreement(units: Self.exampleK, length: 300)
    #expect(abs(c.observed - 0.0144) < 5e-5)
    #expect(abs(c.expected - 0.0532) < 5e-5)
    #expect(abs(try #require(c.alpha) - 0.7286) < 5e-5)
    #expect(abs(k.expected - 0.0490) < 5e-5)
    #expect(k.alpha == 1)
    // The book's .8591 is 1 − .0144/(.0532 + .0490), from the rounded parts;
    // unrounded it is .85867.
    let pooled = try #require(UnitizingAlpha.pooled([c, k]))
    #expect(abs(pooled - 0.8591) < 5e-4)
    #expect(
      abs(pooled - (1 - 0.014444444444444444 / (0.05322177985498048 + 0.04897856580891524))) < 1e-12
    )
    // The reference, exact to 1e-9.
    #expect(abs(c.observed - 0.014444444444444444) < 1e-12)
    #expect(abs(c.expected - 0.05322177985498048) < 1e-12)
    #expect(abs(k.expected - 0.04897856580891524) < 1e-12)
  }

  @Test("Krippendorff (2004): the squared differences of his section pairs")
  func distances() {
    typealias Section = UnitizingAlpha.Section
    func unit(_ start: Double, _ length: Double) -> Section {
      Section(start: start, length: length, isUnit: true)
    }
    func gap(_ start: Double, _ length: Double) -> Section {
      Section(start: start, length: length, isUnit: false)
    }
    #expect(UnitizingAlpha.distance(unit(225, 70), unit(220, 80)) == 50)
    #expect(UnitizingAlpha.distance(unit(370, 30), unit(355, 20)) == 850)
    #expect(UnitizingAlpha.distance(gap(400, 50), unit(400, 20)) == 400)
    #expect(UnitizingAlpha.distance(unit(5, 6), unit(4, 2)) == 26)
    #expect(UnitizingAlpha.distance(unit(5, 6), unit(5, 6)) == 0)
  }

  /// Continua from the reference script: length, each coder's units, D_o, D_e.
  static let randomCases: [(Int, [[(Int, Int)]], Double, Double)] = [
    (
      592,
      [
        [
          (17, 42), (53, 65), (111, 131), (183, 220), (267, 269), (298, 358), (414, 429),
          (431, 498), (509, 572),
        ],
        [
          (41, 52), (96, 129), (183, 262), (273, 315), (335, 345), (380, 427), (470, 475),
          (535, 563),
        ],
      ], 0.030804875821767715, 0.04341994998484479
    ),
    (
      271,
      [
        [(19, 96), (148, 168)], [(27, 99), (147, 183), (243, 269)],
        [(66, 86), (128, 147), (168, 230)],
      ],
      0.06021159842594736, 0.0745460083033671
    ),
    (
      334,
      [
        [(33, 99), (148, 177), (212, 244), (250, 268), (285, 326)],
        [(35, 86), (100, 140), (166, 175), (206, 253)], [(58, 82), (130, 204), (257, 313)],
        [(14, 22), (78, 136), (181, 222), (251, 309)],
      ], 0.08874167832000669, 0.06565112918205775
    ),
    (
      238, [[(56, 109), (161, 210)], [(52, 105), (160, 211)]], 0.0006002400960384153,
      0.04667608537995282
    ),
    (
      488,
      [
        [(30, 49), (71, 80), (132, 207), (249, 252), (311, 345), (405, 475)],
        [(53, 104), (162, 200), (218, 276), (301, 349), (370, 372), (398, 401)],
        [
          (13, 43), (98, 115), (149, 225), (239, 297), (306, 329), (382, 389), (397, 408),
          (412, 443),
        ],
      ], 0.044424101943921886, 0.053459829765211686
    ),
  ]

  @Test(
    "Random continua: D_o and D_e equal the brute-force reference to 1e-9", arguments: randomCases)
  func reference(length: Int, coders: [[(Int, Int)]], observed: Double, expected: Double) {
    let units = coders.map { $0.map { $0.0..<$0.1 } }
    let result = UnitizingAlpha.disagreement(units: units, length: length)
    #expect(abs(result.observed - observed) < 1e-9 * max(1, observed))
    #expect(abs(result.expected - expected) < 1e-9 * max(1, expected))
  }

  @Test("Overlapping codings of one coder merge; no units or one coder give no alpha")
  func edges() {
    let merged = UnitizingAlpha.disagreement(units: [[0..<10, 5..<20], [0..<20]], length: 100)
    #expect(merged.observed == 0 && merged.units == 2)
    #expect(UnitizingAlpha.disagreement(units: [[], []], length: 100).alpha == nil)
    #expect(UnitizingAlpha.disagreement(units: [[0..<10]], length: 100).alpha == nil)
    #expect(UnitizingAlpha.pooled([]) == nil)
  }

  @Test(
    "Codings become units on the transcripts end to end; other coders, codes and statuses are left out"
  )
  func fromCodings() throws {
    func coding(_ coder: String, _ transcript: String, _ range: Range<Int>, _ code: String = "x")
      -> Coding
    {
      Coding(
        transcript: transcript, code: code, coder: coder,
        span: Span(firstLine: 1, lastLine: 1, start: range.lowerBound, end: range.upperBound))
    }
    let codings = [
      coding("anna", "A", 75..<145), coding("anna", "B", 70..<100), coding("bo", "A", 70..<150),
      coding("bo", "B", 55..<75), coding("bo", "B", 100..<120), coding("cai", "A", 0..<10),
      coding("anna", "A", 0..<5, "other"),
    ]
    // A is 0..<150 and B 150..<300: the c units of Krippendorff's example.
    let agreement = UnitizingAgreement(
      codings: codings, coders: ["anna", "bo"], codes: ["x"],
      transcripts: [(id: "A", length: 150), (id: "B", length: 150)])
    let row = try #require(agreement.rows.first)
    #expect(abs(try #require(row.alpha) - 0.7285989968053889) < 1e-12)
    #expect(row.segments == 5)
    #expect(agreement.length == 300)
    let table = agreement.table(.danish)
    #expect(table.rows.count == 2)
    #expect(table.caption.hasPrefix("Enighed om afgrænsning"))
  }
}
