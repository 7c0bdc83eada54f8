// Throughput of the ZIP support code, built outside SwiftPM so Package.swift
// stays unchanged. Run from the package root:
//
//   $ Benchmarks/Zip/run.sh [raw-deflate-file original-file]
//
// Without arguments it measures 16 MB of Danish text; with two files it also
// inflates a raw DEFLATE stream (for example one made by zlib) and checks it.

import Foundation

func measure(_ label: String, bytes: Int, runs: Int = 5, _ body: () throws -> Void) rethrows {
  var best = Double.infinity
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    best = min(best, seconds)
  }
  let rate = Double(bytes) / best / 1_000_000
  let name = label.padding(toLength: 36, withPad: " ", startingAt: 0)
  print(name + String(format: "%8.1f ms %8.1f MB/s", best * 1000, rate))
}

let fixtures = URL(fileURLWithPath: "Tests/QualKitTests/Fixtures/Zip")
let danish = Array(try Data(contentsOf: fixtures.appendingPathComponent("danish.txt")))
var text: [UInt8] = []
var round = 0
while text.count < 16_000_000 {
  text += Array("\n-- turn \(round) --\n".utf8) + danish.shuffledPrefix(seed: round)
  round += 1
}

var compressed: [UInt8] = []
measure("Deflate.compress (fixed Huffman)", bytes: text.count, runs: 2) {
  compressed = Deflate.compress(text)
}
print("  ratio \(String(format: "%.3f", Double(compressed.count) / Double(text.count)))")
try measure("Inflate.decompress (fixed Huffman)", bytes: text.count) {
  let output = try Inflate.decompress(compressed, expectedSize: text.count)
  precondition(output == text)
}
measure("CRC32.checksum", bytes: text.count) { _ = CRC32.checksum(text) }
var writer = ZipWriter()
try writer.add(path: "word/document.xml", data: text)
let archive = writer.finish()
try measure("ZipArchive open + data(for:)", bytes: text.count) {
  _ = try ZipArchive(bytes: archive).data(for: "word/document.xml")
}

let arguments = CommandLine.arguments
if arguments.count == 3 {
  let stream = Array(try Data(contentsOf: URL(fileURLWithPath: arguments[1])))
  let original = Array(try Data(contentsOf: URL(fileURLWithPath: arguments[2])))
  try measure("Inflate.decompress (given stream)", bytes: original.count) {
    let output = try Inflate.decompress(stream)
    precondition(output == original)
  }
}

extension Array where Element == UInt8 {
  /// A deterministic variation: the lines in a seeded order.
  func shuffledPrefix(seed: Int) -> [UInt8] {
    var lines = split(separator: 0x0A, omittingEmptySubsequences: false)
    var state = UInt64(seed) &+ 1
    for index in lines.indices.reversed() where index > 0 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      lines.swapAt(index, Int(state >> 33) % (index + 1))
    }
    return Array(lines.prefix(200).joined(separator: [0x0A]))
  }
}
