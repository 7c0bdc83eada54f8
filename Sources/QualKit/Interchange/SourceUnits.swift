/// A transcript's text as an exported source: the bytes written, and the
/// positions a span of the transcript has in them, counted as the export's
/// options say.
struct SourceUnits {
  /// The source file: the transcript's text after its front matter, UTF-8,
  /// without a byte order mark, lines ending as asked.
  let bytes: [UInt8]
  /// Where the transcript's own text starts (``Transcript/bodyStart``).
  let bodyStart: Int
  /// How many scalars the transcript's own text has.
  let bodyCount: Int
  /// The units before each scalar of the text (and after the last), or
  /// empty when a position is its scalar offset.
  private let prefix: [Int]

  init(transcript: Transcript, options: QDPXExport.Options) {
    bodyStart = transcript.bodyStart
    bodyCount = transcript.lines.scalarCount - bodyStart
    let body = transcript.body
    let crlf = options.lineEnding == .crlf
    if crlf {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(body.utf8.count + transcript.lines.lineCount)
      for byte in body.utf8 {
        if byte == 0x0A { bytes.append(0x0D) }
        bytes.append(byte)
      }
      self.bytes = bytes
    } else {
      bytes = Array(body.utf8)
    }
    guard crlf || options.positions == .utf16 else {
      prefix = []
      return
    }
    var prefix: [Int] = []
    prefix.reserveCapacity(bodyCount + 1)
    var units = 0
    for scalar in body.unicodeScalars {
      prefix.append(units)
      units += options.positions == .utf16 ? scalar.utf16.count : 1
      if crlf && scalar == "\n" { units += 1 }
    }
    prefix.append(units)
    self.prefix = prefix
  }

  /// The positions of the transcript's scalar offsets `range` in the source,
  /// or nil when the range is not within the text after the front matter.
  func units(of range: Range<Int>) -> Range<Int>? {
    let start = range.lowerBound - bodyStart
    let end = range.upperBound - bodyStart
    guard start >= 0, end <= bodyCount else { return nil }
    guard !prefix.isEmpty else { return start..<end }
    return prefix[start]..<prefix[end]
  }
}
