/// Makes XML from outside (a Word document's `document.xml`) safe to hand to
/// the platform's XML parser without losing text.
///
/// Word writes only the five predefined entities (`&amp;` `&lt;` `&gt;`
/// `&quot;` `&apos;`) and character references, and never a document type
/// declaration. A crafted file may have both; the parser then drops the text
/// after a reference it cannot expand, without an error. So a document type
/// declaration is blanked out (its bytes become spaces, line breaks kept, so
/// positions stay), and the `&` of any other reference is escaped, so that
/// the reference reads as the literal text `&name;`. Each change is reported.
/// Comments, CDATA sections and processing instructions are left as they are.
enum XMLEntityReferences {
  /// The bytes with unknown entity references escaped and any document type
  /// declaration blanked out, and a warning for each change (at most a few,
  /// then a count); the bytes unchanged (nil) when there was nothing to do.
  static func sanitized(_ xml: [UInt8]) -> (bytes: [UInt8]?, warnings: [String]) {
    var output: [UInt8]?
    var warnings: [String] = []
    var unknownCount = 0
    var copied = 0
    var index = 0
    let count = xml.count
    func flush(upTo end: Int) {
      if output == nil { output = [] }
      output?.append(contentsOf: xml[copied..<end])
      copied = end
    }
    func line(at offset: Int) -> Int { xml[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
    while index < count {
      let byte = xml[index]
      if byte == UInt8(ascii: "<") {
        if starts(xml, at: index, with: "<!--") {
          index = end(of: "-->", in: xml, from: index + 4)
        } else if starts(xml, at: index, with: "<![CDATA[") {
          index = end(of: "]]>", in: xml, from: index + 9)
        } else if starts(xml, at: index, with: "<?") {
          index = end(of: "?>", in: xml, from: index + 2)
        } else if starts(xml, at: index, with: "<!DOCTYPE") {
          let stop = doctypeEnd(in: xml, from: index + 9)
          flush(upTo: index)
          output?.append(contentsOf: xml[index..<stop].map { $0 == 0x0A ? 0x0A : 0x20 })
          copied = stop
          warnings.append(
            "word/document.xml line \(line(at: index)): a document type declaration (Word never writes one) was ignored"
          )
          index = stop
        } else {
          index += 1
        }
        continue
      }
      if byte == UInt8(ascii: "&") {
        if let length = knownReferenceLength(in: xml, at: index) {
          index += length
          continue
        }
        unknownCount += 1
        if unknownCount <= 3 {
          let name = referenceName(in: xml, at: index)
          warnings.append(
            "word/document.xml line \(line(at: index)): unknown entity reference '\(name)'; kept it as text"
          )
        }
        flush(upTo: index)
        output?.append(contentsOf: Array("&amp;".utf8))
        copied = index + 1
        index += 1
        continue
      }
      index += 1
    }
    if unknownCount > 3 {
      warnings.append(
        "word/document.xml: \(unknownCount - 3) more unknown entity references kept as text")
    }
    guard output != nil else { return (nil, warnings) }
    flush(upTo: count)
    return (output, warnings)
  }

  private static func starts(_ xml: [UInt8], at index: Int, with prefix: String) -> Bool {
    xml[index...].starts(with: prefix.utf8)
  }

  /// The offset just after `terminator`, searched from `start`, or the end.
  private static func end(of terminator: String, in xml: [UInt8], from start: Int) -> Int {
    let bytes = Array(terminator.utf8)
    var index = start
    while index + bytes.count <= xml.count {
      if xml[index] == bytes[0] && xml[index..<(index + bytes.count)].elementsEqual(bytes) {
        return index + bytes.count
      }
      index += 1
    }
    return xml.count
  }

  /// The offset just after a document type declaration whose name starts at
  /// `start`: its `>`, outside quotes and its internal subset `[…]`.
  private static func doctypeEnd(in xml: [UInt8], from start: Int) -> Int {
    var quote: UInt8?
    var depth = 0
    var index = start
    while index < xml.count {
      let byte = xml[index]
      index += 1
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: "[") {
        depth += 1
      } else if byte == UInt8(ascii: "]") {
        depth = max(0, depth - 1)
      } else if byte == UInt8(ascii: ">") && depth == 0 {
        return index
      }
    }
    return xml.count
  }

  /// The length of a predefined entity or character reference at `index`.
  private static func knownReferenceLength(in xml: [UInt8], at index: Int) -> Int? {
    for name in ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
    where starts(xml, at: index, with: name) {
      return name.utf8.count
    }
    guard index + 3 < xml.count, xml[index + 1] == UInt8(ascii: "#") else { return nil }
    let isHex = xml[index + 2] == UInt8(ascii: "x")
    var end = index + (isHex ? 3 : 2)
    let digitsStart = end
    while end < xml.count {
      let byte = xml[end]
      let isDigit = (0x30...0x39).contains(byte)
      let isHexLetter = (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
      guard isDigit || (isHex && isHexLetter) else { break }
      end += 1
    }
    guard end > digitsStart, end < xml.count, xml[end] == UInt8(ascii: ";") else { return nil }
    return end + 1 - index
  }

  /// The reference at `index` as written, up to its `;` (at most 40 bytes).
  private static func referenceName(in xml: [UInt8], at index: Int) -> String {
    var end = index + 1
    while end < xml.count, end - index < 40, xml[end] != UInt8(ascii: ";"),
      xml[end] != UInt8(ascii: "<"), xml[end] != 0x0A
    {
      end += 1
    }
    if end < xml.count && xml[end] == UInt8(ascii: ";") { end += 1 }
    return String(decoding: xml[index..<end], as: UTF8.self)
  }
}
