/// An append-only list kept in fixed-size chunks, so that it grows without
/// copying and holds at most one chunk more than its elements: a list of a
/// million parser records never needs the room of two million, as an array
/// that doubles would while it copies.
struct ChunkedArray<Element>: RandomAccessCollection {
  /// Elements per chunk.
  static var chunkSize: Int { 4096 }

  private var chunks: [[Element]] = []
  private(set) var count = 0

  init() {}

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> Element {
    precondition(position >= 0 && position < count, "index out of range")
    return chunks[position / Self.chunkSize][position % Self.chunkSize]
  }

  /// Adds `element` at the end.
  mutating func append(_ element: Element) {
    if count % Self.chunkSize == 0 {
      var chunk: [Element] = []
      chunk.reserveCapacity(Self.chunkSize)
      chunks.append(chunk)
    }
    chunks[chunks.count - 1].append(element)
    count += 1
  }
}
