/// A slow, obvious DEFLATE decoder after Mark Adler's `puff.c`, used as the
/// reference that the table-driven ``Inflate`` is tested against.
///
/// It reads one bit at a time and decodes Huffman codes by counting codes of
/// each length, so it shares no code with ``Inflate``.
struct ReferenceInflater {
  struct Failure: Error {}

  /// Codes counted by length, and symbols in canonical order.
  struct Huffman {
    var count = [Int](repeating: 0, count: 16)
    var symbol: [Int] = []
    /// 0 if complete, positive if incomplete, negative if over-subscribed.
    var left = 0

    init(_ lengths: [Int]) {
      for length in lengths { count[length] += 1 }
      left = 1
      for length in 1...15 {
        left = left * 2 - count[length]
        if left < 0 { return }
      }
      var offsets = [0, 0]
      for length in 1..<15 { offsets.append(offsets[length] + count[length]) }
      symbol = [Int](repeating: 0, count: lengths.count)
      for (index, length) in lengths.enumerated() where length != 0 {
        symbol[offsets[length]] = index
        offsets[length] += 1
      }
    }
  }

  let input: [UInt8]
  var position = 0
  var bitBuffer = 0
  var bitCount = 0
  var output: [UInt8] = []

  /// Decodes a whole stream, or throws ``Failure``.
  static func inflate(_ input: [UInt8]) throws -> [UInt8] {
    var state = ReferenceInflater(input: input)
    var last = 0
    repeat {
      last = try state.bits(1)
      switch try state.bits(2) {
      case 0: try state.stored()
      case 1:
        let literals = Huffman(
          Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112)
            + Array(repeating: 7, count: 24) + Array(repeating: 8, count: 8))
        try state.codes(literals, Huffman(Array(repeating: 5, count: 30)))
      case 2: try state.dynamic()
      default: throw Failure()
      }
    } while last == 0
    return state.output
  }

  mutating func bits(_ need: Int) throws -> Int {
    var value = bitBuffer
    while bitCount < need {
      guard position < input.count else { throw Failure() }
      value |= Int(input[position]) << bitCount
      position += 1
      bitCount += 8
    }
    bitBuffer = value >> need
    bitCount -= need
    return value & (1 << need - 1)
  }

  mutating func stored() throws {
    bitBuffer = 0
    bitCount = 0
    guard position + 4 <= input.count else { throw Failure() }
    let length = Int(input[position]) | Int(input[position + 1]) << 8
    let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
    guard length == ~complement & 0xFFFF else { throw Failure() }
    position += 4
    guard position + length <= input.count else { throw Failure() }
    output += input[position..<position + length]
    position += length
  }

  mutating func decode(_ huffman: Huffman) throws -> Int {
    var code = 0
    var first = 0
    var index = 0
    for length in 1...15 {
      code |= try bits(1)
      let count = huffman.count[length]
      if code - count < first { return huffman.symbol[index + (code - first)] }
      index += count
      first = (first + count) << 1
      code <<= 1
    }
    throw Failure()
  }

  mutating func dynamic() throws {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let codeCount = try bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else { throw Failure() }
    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    var codeLengths = [Int](repeating: 0, count: 19)
    for index in 0..<codeCount { codeLengths[order[index]] = try bits(3) }
    let lengthCode = Huffman(codeLengths)
    guard lengthCode.left == 0 else { throw Failure() }
    var lengths: [Int] = []
    let total = literalCount + distanceCount
    while lengths.count < total {
      let symbol = try decode(lengthCode)
      if symbol < 16 {
        lengths.append(symbol)
        continue
      }
      var value = 0
      var repeats = 0
      if symbol == 16 {
        guard let previous = lengths.last else { throw Failure() }
        value = previous
        repeats = 3 + (try bits(2))
      } else if symbol == 17 {
        repeats = 3 + (try bits(3))
      } else {
        repeats = 11 + (try bits(7))
      }
      guard lengths.count + repeats <= total else { throw Failure() }
      lengths += repeatElement(value, count: repeats)
    }
    guard lengths[256] != 0 else { throw Failure() }
    let literals = Huffman(Array(lengths[..<literalCount]))
    let distances = Huffman(Array(lengths[literalCount...]))
    // Incomplete codes are allowed only when every code has one bit.
    for (code, count) in [(literals, literalCount), (distances, distanceCount)] {
      if code.left < 0 || code.left > 0 && count != code.count[0] + code.count[1] {
        throw Failure()
      }
    }
    try codes(literals, distances)
  }

  mutating func codes(_ literals: Huffman, _ distances: Huffman) throws {
    let lengthBase = [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
      131, 163, 195, 227, 258,
    ]
    let lengthExtra = [
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    let distanceBase = [
      1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
      2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    let distanceExtra = [
      0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
      13, 13,
    ]
    while true {
      var symbol = try decode(literals)
      if symbol < 256 {
        output.append(UInt8(symbol))
      } else if symbol == 256 {
        return
      } else {
        symbol -= 257
        guard symbol < 29 else { throw Failure() }
        let length = lengthBase[symbol] + (try bits(lengthExtra[symbol]))
        symbol = try decode(distances)
        guard symbol < 30 else { throw Failure() }
        let distance = distanceBase[symbol] + (try bits(distanceExtra[symbol]))
        guard distance <= output.count else { throw Failure() }
        for _ in 0..<length { output.append(output[output.count - distance]) }
      }
    }
  }
}
