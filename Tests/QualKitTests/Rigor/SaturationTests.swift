import Foundation
import Testing

@testable import QualKit

/// Saturation after Guest, Namey & Chen (2020), checked by hand on an example
/// laid out as their method describes it, and against the independent Python
/// implementation of `Fixtures/Rigor/make_reference.py` (sets rebuilt for
/// every run; the same SplitMix64 shuffles for the random orders).
@Suite struct SaturationTests {
  /// Codes named by letters, `count` of them starting at `first`.
  static func codes(_ first: Int, _ count: Int) -> Set<String> {
    Set((first..<(first + count)).map { "c\($0)" })
  }

  /// Interviews adding 10, 5, 3, 2 codes (a base of 20), then 2, 1, 0, 0.
  static let worked: [(id: String, codes: Set<String>)] = [
    ("I1", codes(0, 10)), ("I2", codes(5, 10)), ("I3", codes(12, 6)), ("I4", codes(0, 20)),
    ("I5", codes(18, 4)), ("I6", codes(10, 13)), ("I7", codes(0, 5)), ("I8", codes(3, 15)),
  ]

  @Test("By hand: base 20 codes; run 5–6 adds 3 (15 %), run 6–7 adds 1 (5 %): 4+2, ≤ 5 %, after 7")
  func workedExample() throws {
    let saturation = Saturation(interviews: Self.worked, options: .init(base: 4, run: 2))
    #expect(saturation.steps.map(\.newCodes.count) == [10, 5, 3, 2, 2, 1, 0, 0])
    #expect(saturation.steps.map(\.cumulative) == [10, 15, 18, 20, 22, 23, 23, 23])
    #expect(saturation.assessment == .reached(point: 7, runStart: 6, baseCodes: 20, newCodes: 1))
    // At 0 % the first run without a new code is 7–8.
    let strict = Saturation(interviews: Self.worked, options: .init(base: 4, run: 2, threshold: 0))
    #expect(strict.assessment == .reached(point: 8, runStart: 7, baseCodes: 20, newCodes: 0))
    // A base of 6 and runs of 3 need 9 interviews: the reason, not a number.
    let long = Saturation(interviews: Self.worked, options: .init(base: 6, run: 3))
    #expect(long.assessment == .tooFewInterviews(have: 8, need: 9))
    #expect(long.assessment.point == nil)
  }

  @Test("A base without codes, and runs that always add too much, are stated as such")
  func notReached() {
    let empty = Saturation(
      interviews: [("a", []), ("b", []), ("c", ["x"])], options: .init(base: 2, run: 1))
    #expect(empty.assessment == .noCodesInBase)
    let growing = Saturation(
      interviews: (0..<6).map { ("i\($0)", Self.codes($0 * 3, 3)) }, options: .init(base: 2, run: 2)
    )
    #expect(growing.assessment == .notReached(runStart: 5, baseCodes: 6, newCodes: 6))
  }

  /// Cases from the reference script: interviews, base, run, threshold,
  /// assessment, orders reaching saturation (of 200, seed 7), median and
  /// 2.5 % and 97.5 % quantiles of their points.
  static let referenceCases:
    [([[String]], Int, Int, Double, Saturation.Assessment, Int, Double, Double, Double)] = [
      (
        [
          ["c0", "c1", "c29", "c3", "c31", "c5", "c6", "c7", "c9"],
          ["c0", "c1", "c10", "c13", "c16", "c17", "c29", "c3", "c7"],
          ["c0", "c13", "c24", "c39", "c4", "c7"], ["c0", "c1", "c3", "c5", "c8"],
          ["c0", "c1", "c18", "c20", "c7"], ["c0", "c1", "c14", "c18", "c2", "c27", "c3", "c5"],
          ["c0", "c16", "c2", "c20", "c23", "c25", "c35", "c36"], ["c0", "c1", "c17", "c3", "c4"],
          ["c13", "c19", "c2", "c21", "c3", "c31", "c32", "c4", "c7", "c9"],
          ["c1", "c19", "c3", "c6"],
        ], 5, 2, 0.1, Saturation.Assessment.notReached(runStart: 9, baseCodes: 19, newCodes: 3),
        132, 9.0, 7.0, 10.0
      ),
      (
        [
          ["c0", "c1", "c11", "c16", "c2", "c29", "c3", "c4", "c5", "c9"],
          ["c1", "c16", "c2", "c26", "c6", "c8"], ["c1", "c10", "c2", "c7", "c9"],
          ["c0", "c1", "c2", "c27", "c30", "c6"], ["c0", "c1", "c4", "c6", "c8"],
          ["c0", "c1", "c16", "c2", "c21", "c3", "c9"], ["c0", "c1", "c13", "c3"],
          ["c0", "c1", "c12", "c17", "c2", "c31", "c8"], ["c0", "c1", "c4", "c6", "c7"],
          ["c0", "c1", "c12", "c2"], ["c12", "c13", "c14", "c19", "c2", "c5", "c6"],
          ["c0", "c13", "c15", "c38"], ["c0", "c12", "c3", "c9"],
          ["c0", "c12", "c2", "c22", "c3", "c4", "c7", "c9"],
          ["c0", "c1", "c17", "c2", "c23", "c5", "c9"],
        ], 6, 3, 0.05, .notReached(runStart: 13, baseCodes: 18, newCodes: 2), 40, 12.0, 9.0, 15.0
      ),
      (
        [
          ["c0", "c1", "c2", "c3", "c4", "c5", "c6"],
          ["c18", "c19", "c22", "c23", "c3", "c4", "c5", "c8"],
          ["c1", "c2", "c21"], ["c0", "c14", "c25", "c3", "c8"],
          ["c0", "c1", "c12", "c15", "c2", "c29", "c5", "c7"], ["c1", "c10", "c11", "c9"],
          ["c2", "c25", "c3", "c33", "c36", "c7"], ["c0", "c18", "c28", "c36"],
          ["c0", "c1", "c15", "c2", "c4", "c7", "c9"], ["c0", "c1", "c5", "c9"],
          ["c0", "c10", "c4", "c5"], ["c13", "c2", "c35", "c6", "c8"],
          ["c0", "c1", "c10", "c36", "c38", "c4", "c5"], ["c0", "c19", "c2"],
        ], 4, 2, 0.05, .reached(point: 10, runStart: 9, baseCodes: 15, newCodes: 0), 77, 11.0, 6.0,
        14.0
      ),
    ]

  @Test("Assessment and random-order spread equal the Python reference", arguments: referenceCases)
  func reference(
    interviews: [[String]], base: Int, run: Int, threshold: Double,
    assessment: Saturation.Assessment, reached: Int, median: Double, lower: Double, upper: Double
  ) throws {
    let options = Saturation.Options(base: base, run: run, threshold: threshold)
    let sets = interviews.map(Set.init)
    #expect(
      Saturation(
        interviews: sets.enumerated().map { ("i\($0.offset)", $0.element) }, options: options
      )
      .assessment == assessment)
    let spread = Saturation.spread(of: sets, options: options, resamples: 200, seed: 7)
    #expect(spread.reached == reached)
    #expect(abs(try #require(spread.median) - median) < 1e-9)
    #expect(abs(try #require(spread.lower) - lower) < 1e-9)
    #expect(abs(try #require(spread.upper) - upper) < 1e-9)
  }

  @Test("The sample project: 4 coded interviews are too few for 4+2; the reason is stated")
  func sampleProjectSaturation() throws {
    let project = try loadSample()
    let segments = try CodedSegments(project: project, filter: CodingFilter()).segments
    let report = try SaturationReport(
      transcripts: TranscriptOrder.attribute("date").sorted(project.transcripts),
      segments: segments,
      order: .attribute("date"), groupAttribute: "role", resamples: 50)
    #expect(report.all.interviews == ["B01", "B02", "B03", "B05"])
    #expect(report.uncoded == ["B04", "P01", "P02"])
    #expect(report.all.saturation.assessment == .tooFewInterviews(have: 4, need: 6))
    #expect(
      report.sentence(report.all)
        == "Saturation cannot be assessed (4+2, ≤ 5%): coded interviews: 4; the base and one run need 6."
    )
    #expect(
      report.sentence(report.all, .danish)
        == "Mætning kan ikke vurderes (4+2, ≤ 5\u{A0}%): kodede interviews: 4; basen og ét løb kræver 6."
    )
    // With a base of 2 and runs of 1 at 10 %: B05 adds 1 of the base's 14 codes.
    let small = try SaturationReport(
      transcripts: project.transcripts, segments: segments, order: .file,
      options: .init(base: 2, run: 1, threshold: 0.1), resamples: 50)
    #expect(
      small.all.saturation.assessment == .reached(point: 4, runStart: 4, baseCodes: 14, newCodes: 1)
    )
    #expect(small.notation() == "2+1, ≤ 10%")
  }

  @Test("Coded interviews without the order attribute are named")
  func missingOrderAttribute() throws {
    let project = try loadSample()
    let segments = try CodedSegments(project: project, filter: CodingFilter()).segments
    let error = #expect(throws: SaturationError.self) {
      try SaturationReport(
        transcripts: project.transcripts, segments: segments, order: .attribute("interviewer"))
    }
    #expect(error?.interviews == ["B02", "B03"])
    #expect(
      error?.description.hasPrefix("2 coded interviews have no 'interviewer' to order by: B02, B03")
        == true)
  }

  @Test(
    "Dates sort as written: a date not written YYYY-MM-DD is named, and the default is file order")
  func datesNotISO() throws {
    var project = try loadSample()
    let segments = try CodedSegments(project: project, filter: CodingFilter()).segments
    // Every transcript of the sample has an ISO date: the default is date order.
    #expect(SaturationReport.defaultOrder(project.transcripts) == .attribute("date"))
    let index = try #require(project.transcripts.firstIndex { $0.id == "B02" })
    project.transcripts[index].attributes["date"] = .text("17.03.2026")
    #expect(SaturationReport.defaultOrder(project.transcripts) == .file)
    #expect(SaturationReport.defaultOrder([]) == .file)
    let error = #expect(throws: SaturationError.self) {
      try SaturationReport(
        transcripts: project.transcripts, segments: segments, order: .attribute("date"))
    }
    #expect(error?.kind == .notADate)
    #expect(error?.interviews == ["B02 '17.03.2026'"])
    #expect(
      error?.description
        == "1 coded interview has a 'date' not written YYYY-MM-DD, which cannot be put in date"
        + " order: B02 '17.03.2026' (write it as 2026-03-12, or choose another --order)")
  }

  /// The bundled sample project.
  func loadSample() throws -> Project {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var reader = ProjectReader(folder: ProjectFolder(base: root))
    return try reader.project()
  }
}
