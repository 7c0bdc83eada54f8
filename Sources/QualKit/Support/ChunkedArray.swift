/// An append-only list kept in chunks of about 256 KiB, so that it grows
/// without copying, holds at most one chunk more than its elements, and can
/// let go of the chunks already read: a list of a million parser records
/// never needs the room of two million, as an array that doubles would
/// while it copies.
///
/// A chunk is larger than the C library's threshold for a mapping of its
/// own, so that a chunk let go goes back to the system at once.
struct ChunkedArray<Element>: RandomAccessCollection {
  /// Elements per chunk.
  static var chunkSize: Int {
    Swift.max(1024, (256 << 10) / Swift.max(1, MemoryLayout<Element>.stride))
  }

  private var chunks: [[Element]] = []
  private(set) var count = 0
  /// The elements below this position have been let go.
  private var released = 0

  init() {}

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> Element {
    precondition(position >= released && position < count, "index out of range")
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

  /// Lets go of the chunks that hold only elements below `position`, which
  /// must not be read again.
  mutating func releaseChunks(below position: Int) {
    let chunk = Swift.min(position, count) / Self.chunkSize
    while released / Self.chunkSize < chunk {
      chunks[released / Self.chunkSize] = []
      released += Self.chunkSize
    }
  }
}
