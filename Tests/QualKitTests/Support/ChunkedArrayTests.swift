import Testing

@testable import QualKit

@Suite struct ChunkedArrayTests {
  @Test("Elements come back in order across chunks; chunks read are let go")
  func appendAndRelease() {
    var list = ChunkedArray<Int>()
    let size = ChunkedArray<Int>.chunkSize
    #expect(size * MemoryLayout<Int>.stride >= 256 << 10)
    for value in 0..<(size * 3 + 5) { list.append(value * 2) }
    #expect(list.count == size * 3 + 5)
    #expect(Array(list) == (0..<(size * 3 + 5)).map { $0 * 2 })
    list.releaseChunks(below: size + 1)
    // The second chunk is still needed (position size is in it).
    #expect(list[size] == size * 2)
    #expect(list[size * 3 + 4] == (size * 3 + 4) * 2)
    list.releaseChunks(below: list.count)
    list.append(7)
    #expect(list[list.count - 1] == 7)
  }

  @Test("Parsing with shapes and actions in chunks gives the same turns as one line each")
  func parserAcrossChunks() throws {
    // More turn starts than one chunk of actions holds.
    let count = ChunkedArray<(line: Int, shape: LineShape)>.chunkSize * 2 + 3
    let text = (0..<count).map { "\($0 % 2 == 0 ? "I" : "B"): turn \($0)" }
      .joined(separator: "\n")
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T", diagnostics: &diagnostics)
    #expect(transcript.turns.count == count)
    #expect(transcript.turns.map(\.text) == (0..<count).map { "turn \($0)" })
    #expect(transcript.turns.map(\.firstLine) == Array(1...count))
    #expect(transcript.turns.last?.speaker == (count % 2 == 0 ? "B" : "I"))
  }
}
