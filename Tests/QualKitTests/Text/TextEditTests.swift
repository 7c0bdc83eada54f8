import Testing

@testable import QualKit

@Suite struct TextEditTests {
  private static let alphabet: [Unicode.Scalar] = ["a", "b", "ø", " ", "\n", "😀", "é", "\u{301}"]

  /// A random text, random non-overlapping replacements of it, and the
  /// reference map built while writing the new text scalar by scalar.
  private static func randomCase(_ random: inout ScalarGenerator) -> (
    text: String, edit: TextEdit, expected: String, reference: OffsetMapReference
  ) {
    let count = random.next(16)
    var old = String.UnicodeScalarView()
    for _ in 0..<count { old.append(alphabet[random.next(alphabet.count)]) }
    var edit = TextEdit()
    var new = String.UnicodeScalarView()
    var reference = OffsetMapReference()
    var offset = 0
    let scalars = Array(old)
    func insertion() -> String {
      String(String.UnicodeScalarView((0..<random.next(4)).map { _ in alphabet[random.next(4)] }))
    }
    while offset <= count {
      // An insertion, a replacement, or a kept scalar, at random.
      let choice = random.next(6)
      if choice == 0 && (edit.replacements.last?.range != offset..<offset) {
        let text = insertion()
        edit.replace(offset..<offset, with: text)
        new.append(contentsOf: text.unicodeScalars)
        reference.replace(0, with: text.unicodeScalars.count)
        if offset == count {
          reference.finishSource()
          break
        }
        continue
      }
      guard offset < count else {
        reference.finishSource()
        break
      }
      if choice <= 2 {
        let length = 1 + random.next(min(3, count - offset))
        let text = insertion()
        edit.replace(offset..<(offset + length), with: text)
        new.append(contentsOf: text.unicodeScalars)
        reference.replace(length, with: text.unicodeScalars.count)
        offset += length
      } else {
        new.append(scalars[offset])
        reference.keep()
        offset += 1
      }
    }
    // Applying must not depend on the order the replacements were given in.
    edit.replacements.reverse()
    return (String(old), edit, String(new), reference)
  }

  @Test("The new text and the map agree with a naive re-index on random edits")
  func agreesWithReference() throws {
    var random = ScalarGenerator(seed: 7)
    for _ in 0..<2_000 {
      let (text, edit, expected, reference) = Self.randomCase(&random)
      let (new, map) = try edit.applied(to: text)
      #expect(new.unicodeScalars.elementsEqual(expected.unicodeScalars))
      #expect(map.sourceCount == text.unicodeScalars.count)
      #expect(map.targetCount == new.unicodeScalars.count)
      let count = text.unicodeScalars.count
      for lower in 0...count {
        for upper in lower...count where map.map(lower..<upper) != reference.map(lower..<upper) {
          Issue.record("\(text.debugDescription) \(edit) \(lower)..<\(upper)")
          return
        }
      }
      #expect(map.map(0..<(count + 1)) == nil)
    }
  }

  @Test("The inverse map is the map of the edit that undoes it")
  func inverseUndoes() throws {
    var random = ScalarGenerator(seed: 11)
    var checked = 0
    for _ in 0..<2_000 {
      let (text, edit, _, _) = Self.randomCase(&random)
      let (new, map) = try edit.applied(to: text)
      let old = Array(text.unicodeScalars)
      var shift = 0
      let undo = TextEdit(
        edit.replacements.sorted {
          ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
        }.map { part in
          let count = part.text.unicodeScalars.count
          let target = (part.range.lowerBound + shift)..<(part.range.lowerBound + shift + count)
          shift += count - part.range.count
          return TextEdit.Replacement(
            target, with: String(String.UnicodeScalarView(old[part.range])))
        })
      // Two deletions side by side undo as two insertions at one offset.
      guard let (restored, back) = try? undo.applied(to: new) else { continue }
      #expect(restored.unicodeScalars.elementsEqual(text.unicodeScalars))
      #expect(back == map.inverse)
      checked += 1
    }
    #expect(checked > 1_000)
  }

  @Test("A name replaced inside a line moves the codings around it")
  func pseudonymisation() throws {
    let text = "I: Hvad sagde Anna Jensen?\nB: Anna sagde ja."
    var edit = TextEdit()
    edit.replace(14..<25, with: "P1")
    edit.replace(30..<34, with: "P1")
    let (new, map) = try edit.applied(to: text)
    #expect(new == "I: Hvad sagde P1?\nB: P1 sagde ja.")
    let lines = new.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 2)
    #expect(map.map(3..<7) == 3..<7)  // "Hvad"
    #expect(map.map(35..<40) == 24..<29)  // "sagde"
    #expect(map.map(19..<25) == 14..<16)  // "Jensen", inside the name
    #expect(map.map(8..<18) == 8..<16)  // "sagde Anna", into the name
    #expect(map.map(14..<14) == 14..<14)  // at the name's start
    #expect(map.map(25..<26) == 16..<17)  // "?" just after it
  }

  @Test("Overlapping or out-of-range replacements are refused with a kind")
  func refusesBadEdits() {
    let overlap = #expect(throws: TextEditError.self) {
      try TextEdit([.init(0..<3, with: "x"), .init(2..<4, with: "y")]).applied(to: "abcdef")
    }
    #expect(overlap?.kind == .overlappingReplacements)
    let twice = #expect(throws: TextEditError.self) {
      try TextEdit([.init(1..<1, with: "x"), .init(1..<1, with: "y")]).applied(to: "abc")
    }
    #expect(twice?.kind == .overlappingReplacements)
    let outside = #expect(throws: TextEditError.self) {
      try TextEdit([.init(2..<5, with: "x")]).applied(to: "abc")
    }
    #expect(outside?.kind == .rangeOutOfBounds)
    #expect(outside?.description == "replacement range 2..<5 lies outside the text")
    #expect(throws: Never.self) {
      try TextEdit([.init(0..<1, with: "x"), .init(1..<1, with: "y"), .init(1..<2, with: "")])
        .applied(to: "abc")
    }
  }
}
