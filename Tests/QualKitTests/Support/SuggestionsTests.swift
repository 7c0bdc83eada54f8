import Foundation
import Testing

@testable import QualKit

/// "Did you mean" suggestions: the nearest names by edit distance, found
/// with a bounded amount of work (F39: 10 missing spec columns against
/// 2,000 column names of 150 characters took 3.9 s, 50 against 20,000 ran
/// past 120 s).
@Suite struct SuggestionsTests {
  /// The nearest choices the obvious way: every full distance, sorted.
  func reference(_ word: String, _ choices: [String], limit: Int) -> [String] {
    let scored = choices.map { (EditDistance.between(word.lowercased(), $0.lowercased()), $0) }
    return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
  }

  @Test("The banded search gives the same suggestions as every full distance", arguments: 0..<30)
  func agreesWithReference(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let alphabet = Array("abcæøå AB")
    func word() -> String {
      String((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % 9)] })
    }
    let choices = Array(Set((0..<Int(1 + random.next() % 40)).map { _ in word() }))
    for _ in 0..<20 {
      let target = word()
      let limit = Int(random.next() % 5)
      #expect(
        Suggestions.nearest(to: target, in: choices, limit: limit)
          == reference(target, choices, limit: limit),
        "\(target) in \(choices)")
    }
  }

  @Test("The banded distance agrees with the full one within its bound, and computes only the band")
  func bandedDistance() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<500 {
      let a = (0..<Int(random.next() % 30)).map { _ in Unicode.Scalar(97 + UInt8(random.next() % 3))
      }
      let b = (0..<Int(random.next() % 30)).map { _ in Unicode.Scalar(97 + UInt8(random.next() % 3))
      }
      let full = EditDistance.between(
        String(String.UnicodeScalarView(a)), String(String.UnicodeScalarView(b)))
      let bound = Int(random.next() % 8)
      let (distance, cells) = EditDistance.between(a, b, atMost: bound)
      #expect(distance == (full <= bound ? full : nil))
      #expect(cells <= max(1, a.count * (2 * bound + 1)))
    }
  }

  @Test("A name that is not there among 2,000 long column names is answered within the budget")
  func longNamesAreCheap() {
    // The review's shape: full question texts as column names.
    let columns = (0..<2000).map {
      String(format: "Q%05d ", $0) + String(repeating: "x", count: 150)
    }
    let missing = "Missing 3 " + String(repeating: "y", count: 150)
    let start = ContinuousClock.now
    let found = Suggestions.nearest(to: missing, in: columns, limit: 3, cellBudget: 200_000)
    let elapsed = ContinuousClock.now - start
    // A budget of 200,000 cells stops after about 8 of the 2,000 full
    // tables of 161 × 157 cells, with the nearest of those.
    #expect(found.count == 3)
    #expect(found.allSatisfy { columns.contains($0) })
    #expect(elapsed < .seconds(1), "took \(elapsed)")
    // A near miss is found within the default budget: once a close name
    // is kept, each other name costs only a narrow band of its table.
    let typo = String(format: "Q%05d ", 1234) + String(repeating: "x", count: 149) + "z"
    #expect(
      Suggestions.nearest(to: typo, in: columns, limit: 1)
        == [String(format: "Q%05d ", 1234) + String(repeating: "x", count: 150)])
  }
}
