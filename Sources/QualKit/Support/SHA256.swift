/// The SHA-256 hash (FIPS 180-4), for telling when a transcript changed
/// under its codings.
///
/// Foundation on Linux has no hashing API and packages are not an option,
/// so this is a small, direct implementation, checked against the standard's
/// test vectors.
public struct SHA256: Sendable {
  private static let roundConstants: [UInt32] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]

  private var state: [UInt32] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]
  private var pending: [UInt8] = []
  private var length: UInt64 = 0

  /// Creates an empty hash.
  public init() {}

  /// Adds bytes to the hash.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    let handled: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
      var index = 0
      // Fill a partial block first, then hash whole blocks straight from the buffer.
      while !pending.isEmpty && index < buffer.count {
        pending.append(buffer[index])
        index += 1
        if pending.count == 64 {
          compress(pending)
          pending.removeAll(keepingCapacity: true)
        }
      }
      while index + 64 <= buffer.count {
        compress(UnsafeBufferPointer(rebasing: buffer[index..<index + 64]))
        index += 64
      }
      pending.append(contentsOf: buffer[index...])
      length &+= UInt64(buffer.count)
      return true
    }
    if handled == true { return }
    for byte in bytes {
      pending.append(byte)
      length &+= 1
      if pending.count == 64 {
        compress(pending)
        pending.removeAll(keepingCapacity: true)
      }
    }
  }

  /// The 32-byte digest of everything added.
  public func finalize() -> [UInt8] {
    var copy = self
    let bitLength = length &* 8
    copy.pending.append(0x80)
    while copy.pending.count % 64 != 56 { copy.pending.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      copy.pending.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    for start in stride(from: 0, to: copy.pending.count, by: 64) {
      copy.compress(Array(copy.pending[start..<start + 64]))
    }
    return copy.state.flatMap { word in
      [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
    }
  }

  /// The digest of `bytes` as lowercase hexadecimal.
  public static func hex(of bytes: some Sequence<UInt8>) -> String {
    var hash = SHA256()
    hash.update(bytes)
    return hash.finalize().map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }.joined()
  }

  private mutating func compress(_ block: [UInt8]) {
    block.withUnsafeBufferPointer { compress($0) }
  }

  private mutating func compress(_ block: UnsafeBufferPointer<UInt8>) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
      compress(block, words: words)
    }
  }

  private mutating func compress(_ block: UnsafeBufferPointer<UInt8>, words: UnsafeMutableBufferPointer<UInt32>) {
    for index in 0..<16 {
      words[index] =
        UInt32(block[index &* 4]) << 24 | UInt32(block[index &* 4 &+ 1]) << 16
        | UInt32(block[index &* 4 &+ 2]) << 8 | UInt32(block[index &* 4 &+ 3])
    }
    for index in 16..<64 {
      let w15 = words[index &- 15]
      let w2 = words[index &- 2]
      let s0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 >> 3)
      let s1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 >> 10)
      words[index] = words[index &- 16] &+ s0 &+ words[index &- 7] &+ s1
    }
    var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
    Self.roundConstants.withUnsafeBufferPointer { constants in
      for index in 0..<64 {
        let sum1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
        let choice = (e & f) ^ (~e & g)
        let temp1 = h &+ sum1 &+ choice &+ constants[index] &+ words[index]
        let sum0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
        let majority = (a & b) ^ (a & c) ^ (b & c)
        let temp2 = sum0 &+ majority
        h = g
        g = f
        f = e
        e = d &+ temp1
        d = c
        c = b
        b = a
        a = temp1 &+ temp2
      }
    }
    state[0] &+= a
    state[1] &+= b
    state[2] &+= c
    state[3] &+= d
    state[4] &+= e
    state[5] &+= f
    state[6] &+= g
    state[7] &+= h
  }

  private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value >> count) | (value << (32 &- count))
  }
}
