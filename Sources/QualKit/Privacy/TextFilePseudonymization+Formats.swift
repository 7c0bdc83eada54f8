/// The string values of a JSON file, with the member each belongs to and
/// their byte ranges, so that strings can change and nothing else does.
struct JSONStrings {
  /// One string value: its bytes (quotes included), its text, and the
  /// member it is the value of (or inside an array of).
  struct Entry {
    var range: Range<Int>
    var text: String
    var member: String?
  }

  private let bytes: [UInt8]
  /// The strings, in file order.
  private(set) var entries: [Entry] = []

  /// The strings of the JSON file `bytes`, or nil when it is not JSON.
  init?(_ bytes: [UInt8]) {
    guard let root = try? JSONParser.parse(bytes) else { return nil }
    self.bytes = bytes
    visit(root, member: nil)
    entries.sort { $0.range.lowerBound < $1.range.lowerBound }
  }

  private mutating func visit(_ node: JSONNode, member: String?) {
    switch node.value {
    case .string(let text):
      entries.append(Entry(range: node.offset..<node.endOffset, text: text, member: member))
    case .array(let elements):
      for element in elements { visit(element, member: member) }
    case .object(let members):
      for child in members { visit(child.value, member: child.key) }
    default:
      break
    }
  }

  /// The member of the string value that holds the byte `offset`: nil
  /// when no string value holds it (a member's name, say), `.some(nil)`
  /// for a string that belongs to no member.
  func member(at offset: Int) -> String?? {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    guard low < entries.count, entries[low].range.contains(offset) else { return nil }
    return .some(entries[low].member)
  }

  /// The file with each string value that `change` changes written anew
  /// (escaped as JSON), except those of the members in `skipping`.
  func substituted(skipping: Set<String>, with change: (String) -> String) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var offset = 0
    for entry in entries where !(entry.member.map(skipping.contains) ?? false) {
      let new = change(entry.text)
      guard new != entry.text else { continue }
      result += bytes[offset..<entry.range.lowerBound]
      result += Array(JSONOutput.string(new).rendered().utf8)
      offset = entry.range.upperBound
    }
    result += bytes[offset...]
    return result
  }
}

/// Where each field of a CSV file starts in its text, to tell which row
/// and column an offset is in.
struct CSVFields {
  /// A field's start (a scalar offset of the text without a byte order
  /// mark), row and column name.
  private var starts: [(offset: Int, row: Int, column: String)] = []

  /// The fields of the CSV file `bytes`, whose text (without a byte order
  /// mark) `lines` indexes; nil when it is not CSV.
  init?(_ bytes: [UInt8], lines: LineIndex) {
    guard let table = try? CSVReader().read(bytes), table.rowCount > 0 else { return nil }
    let header = table.row(0)
    for row in 0..<table.rowCount {
      for column in 0..<table.fieldCount(inRow: row) {
        let position = table.position(ofField: column, inRow: row)
        guard position.line >= 1, position.line <= lines.lineCount else { continue }
        let offset = lines.scalarStarts[position.line - 1] + position.column - 1
        let name = column < header.count ? header[column] : "column \(column + 1)"
        starts.append((offset, row, name))
      }
    }
    starts.sort { $0.offset < $1.offset }
  }

  /// The row (0 for the header) and column name of the field at scalar
  /// `offset`.
  func field(at offset: Int) -> (row: Int, column: String)? {
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle].offset <= offset { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return nil }
    return (starts[low - 1].row, starts[low - 1].column)
  }
}
