/// A deterministic Aho–Corasick automaton over folded UTF-8 bytes that finds
/// every occurrence of a set of byte strings (keys) in one pass.
///
/// Bytes are first mapped to classes (one per byte that occurs in a key,
/// plus class 0 for all others) so the transition table stays small. States
/// are numbered so that every state at which a key ends comes after all
/// others, and each transition stores the target state premultiplied by the
/// number of classes: the scan is one load per byte and one comparison.
///
/// Keys never contain two spaces in a row, never start or end with one, and
/// a state entered by a space loops on further spaces. The automaton
/// therefore treats a run of spaces (the text's folded whitespace) like one.
struct KeywordAutomaton: Sendable {
  /// The class of each byte.
  let byteClass: [UInt8]
  /// The class of each folded ASCII byte, indexed by the original byte.
  let asciiClass: [UInt8]
  /// The number of classes: the stride of a state's row in `transitions`.
  let classCount: Int
  /// The next state (premultiplied) for each state (premultiplied) plus
  /// class; empty if `compactTransitions` holds them.
  let transitions: [UInt32]
  /// The transitions as `UInt16`, half the size and so faster to scan, when
  /// every entry fits; otherwise empty.
  let compactTransitions: [UInt16]
  /// The first premultiplied state at which a key ends.
  let firstOutputState: Int
  /// For output state `firstOutputState + n * classCount`, its keys are
  /// `outputKeys[outputStarts[n]..<outputStarts[n + 1]]`.
  let outputStarts: [Int32]
  /// The keys ending at output states, longest first.
  let outputKeys: [Int32]
  /// The byte length of each key.
  let keyLengths: [Int]
  /// `classCount` is `oddFactor << strideShift`; `strideInverse` is the
  /// inverse of `oddFactor` modulo 2⁶⁴, so that ``outputIndex(of:)`` divides
  /// exact multiples of `classCount` without a division instruction.
  private let strideShift: Int
  private let strideInverse: UInt64

  /// Builds the automaton for a list of distinct, non-empty keys.
  init(keys: [[UInt8]], asciiFold: [UInt8]) {
    var classOfByte = [UInt8](repeating: 0, count: 256)
    var used = [Bool](repeating: false, count: 256)
    for key in keys { for byte in key { used[Int(byte)] = true } }
    var count = 1
    for byte in 0..<256 where used[byte] {
      classOfByte[byte] = UInt8(count)
      count += 1
    }
    let stride = count
    // Trie.
    var next: [Int32] = Array(repeating: -1, count: stride)
    var terminal: [Int32] = [-1]
    var enteredBySpace: [Bool] = [false]
    let spaceClass = Int(classOfByte[0x20])
    for (keyIndex, key) in keys.enumerated() {
      var node = 0
      for byte in key {
        let slot = node * stride + Int(classOfByte[Int(byte)])
        if next[slot] < 0 {
          next[slot] = Int32(terminal.count)
          terminal.append(-1)
          enteredBySpace.append(byte == 0x20)
          next.append(contentsOf: repeatElement(-1, count: stride))
        }
        node = Int(next[slot])
      }
      terminal[node] = Int32(keyIndex)
    }
    let nodeCount = terminal.count
    // Failure links and the complete transition function, breadth first.
    var fail = [Int](repeating: 0, count: nodeCount)
    var order: [Int] = [0]
    order.reserveCapacity(nodeCount)
    var head = 0
    while head < order.count {
      let node = order[head]
      head += 1
      for byteClass in 0..<stride {
        let slot = node * stride + byteClass
        let child = Int(next[slot])
        let fallback = node == 0 ? 0 : Int(next[fail[node] * stride + byteClass])
        if child >= 0 {
          fail[child] = fallback
          order.append(child)
        } else {
          next[slot] = Int32(fallback)
        }
      }
    }
    if spaceClass != 0 {
      for node in 0..<nodeCount where enteredBySpace[node] {
        next[node * stride + spaceClass] = Int32(node)
      }
    }
    // Keys ending at each node: its own, then its failure link's.
    var outputs = [[Int32]](repeating: [], count: nodeCount)
    for node in order where node != 0 {
      var list: [Int32] = terminal[node] >= 0 ? [terminal[node]] : []
      list.append(contentsOf: outputs[fail[node]])
      outputs[node] = list
    }
    // Renumber: nodes without outputs first (the root stays 0).
    var newNumber = [Int](repeating: 0, count: nodeCount)
    var numbered = 0
    for node in order where outputs[node].isEmpty {
      newNumber[node] = numbered
      numbered += 1
    }
    let firstOutput = numbered
    var outputStarts: [Int32] = [0]
    var outputKeys: [Int32] = []
    for node in order where !outputs[node].isEmpty {
      newNumber[node] = numbered
      numbered += 1
      outputKeys.append(contentsOf: outputs[node])
      outputStarts.append(Int32(outputKeys.count))
    }
    var transitions = [UInt32](repeating: 0, count: nodeCount * stride)
    for node in 0..<nodeCount {
      let row = newNumber[node] * stride
      for byteClass in 0..<stride {
        let target = Int(next[node * stride + byteClass])
        transitions[row + byteClass] = UInt32(newNumber[target] * stride)
      }
    }
    byteClass = classOfByte
    asciiClass = asciiFold.map { classOfByte[Int($0)] }
    classCount = stride
    if nodeCount * stride <= Int(UInt16.max) {
      self.transitions = []
      compactTransitions = transitions.map { UInt16($0) }
    } else {
      self.transitions = transitions
      compactTransitions = []
    }
    firstOutputState = firstOutput * stride
    self.outputStarts = outputStarts
    self.outputKeys = outputKeys
    keyLengths = keys.map(\.count)
    strideShift = stride.trailingZeroBitCount
    let oddFactor = UInt64(stride >> strideShift)
    // Newton's iteration doubles the correct low bits each step; an odd
    // number is its own inverse modulo 2³, so five steps reach 2⁶⁴.
    var inverse = oddFactor
    for _ in 0..<5 { inverse = inverse &* (2 &- oddFactor &* inverse) }
    strideInverse = inverse
  }

  /// The index into `outputStarts` of an output state: `(state -
  /// firstOutputState) / classCount`, computed as an exact division (a
  /// shift and a multiplication; a hardware division would cost more than
  /// the rest of a hit's check).
  func outputIndex(of state: Int) -> Int {
    let offset = UInt64(truncatingIfNeeded: state - firstOutputState) >> UInt64(strideShift)
    return Int(truncatingIfNeeded: offset &* strideInverse)
  }
}
