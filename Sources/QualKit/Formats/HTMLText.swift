import Foundation

/// The visible text of an HTML page, one block (paragraph, heading, list
/// item, table cell, or line after `<br>`) at a time.
///
/// A small reader for the HTML that transcription tools and Word write,
/// not a browser: tags are read with their attributes, comments (Word's
/// conditional `<!--[if …]>` blocks included), `<head>`, `<script>` and
/// `<style>` are left out, runs of whitespace become one space, and
/// character references are decoded (``CharacterReference``), so neither
/// markup nor entities reach the text. A `<!DOCTYPE>` with an internal
/// subset is skipped without expanding its entities. Bold text at the start
/// of a block (`<b>`, `<strong>`, a `font-weight` of bold or 600 and more)
/// and a tab after it (a tab character or Word's `mso-tab-count` span) are
/// noted, for speaker labels; so are anchors (`<a name="…">`) and where
/// their text is.
struct HTMLText {
  /// A block of text.
  struct Block {
    /// The text, whitespace collapsed and trimmed.
    var text: String
    /// The 1-based line of the page the block starts on.
    var line: Int
    /// The anchors in the block, with the scalar ranges of their text.
    var anchors: [Anchor] = []
    /// How many scalars of ``text`` are bold from its start (0: none).
    var boldPrefix = 0
    /// Whether a tab follows the bold start.
    var isTabAfterBold = false
    /// Whether the block is inside a table row's cell, and which (0-based).
    var cell: Int?
    /// Which table row the cell is in (counting rows of the page).
    var row: Int?
  }

  /// A named anchor and where its text is in its block.
  struct Anchor {
    var name: String
    var range: Range<Int>
    var position: SourcePosition
  }

  /// The blocks in page order; empty blocks are left out.
  private(set) var blocks: [Block] = []
  /// The page's `<title>`, if any.
  private(set) var title: String?
  /// The `<meta name=… content=…>` pairs, names lowercased.
  private(set) var metas: [(name: String, content: String)] = []
  /// Problems worth a warning: scripts left out, a DOCTYPE's entities.
  private(set) var warnings: [(message: String, position: SourcePosition)] = []

  /// Elements whose start or end ends a block.
  private static let blockElements: Set<String> = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
    "blockquote", "pre", "section", "article", "header", "footer", "body", "dt", "dd",
    "title", "hr", "center", "address", "caption",
  ]
  /// Elements whose content is never text.
  private static let hiddenElements: Set<String> = [
    "script", "style", "head", "noscript", "template", "xml", "object", "svg", "math",
  ]

  // The block being read.
  private var current = Block(text: "", line: 1)
  private var pendingSpace = false
  private var openAnchor: (name: String, start: Int?, position: SourcePosition)?
  /// Open elements that made text bold, by name.
  private var boldStack: [String] = []
  private var isBoldOpen: Bool { !boldStack.isEmpty }
  private var isBoldPrefixOpen = true
  private var row = -1
  private var cell: Int?

  /// Reads the blocks of `html` (the page's decoded text).
  init(parsing html: String) {
    let scalars = Array(html.unicodeScalars)
    var index = 0
    var line = 1
    var lineStart = 0
    func position(_ at: Int) -> SourcePosition {
      SourcePosition(line: line, column: at - lineStart + 1)
    }
    /// Moves `index` to `target`, counting lines.
    func advance(to target: Int) {
      let end = min(target, scalars.count)
      while index < end {
        if scalars[index] == "\n" {
          line += 1
          lineStart = index + 1
        }
        index += 1
      }
    }
    func find(_ needle: String, from start: Int) -> Int? {
      let pattern = Array(needle.unicodeScalars)
      var cursor = start
      while cursor + pattern.count <= scalars.count {
        if scalars[cursor] == pattern[0] || Self.lower(scalars[cursor]) == pattern[0] {
          var matches = true
          for offset in 1..<pattern.count
          where Self.lower(scalars[cursor + offset]) != pattern[offset] {
            matches = false
            break
          }
          if matches { return cursor }
        }
        cursor += 1
      }
      return nil
    }
    current.line = 1
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "<" {
        if Self.matches(scalars, at: index, "<!--") {
          advance(to: (find("-->", from: index + 4) ?? scalars.count - 3) + 3)
          continue
        }
        if Self.matches(scalars, at: index, "<![") {
          // `<![endif]>`, `<![CDATA[…]]>`: markup, not text.
          advance(to: (find(">", from: index) ?? scalars.count - 1) + 1)
          continue
        }
        if Self.matches(scalars, at: index, "<!") || Self.matches(scalars, at: index, "<?") {
          let start = position(index)
          var cursor = index + 2
          var bracket = 0
          while cursor < scalars.count {
            if scalars[cursor] == "[" { bracket += 1 }
            if scalars[cursor] == "]" { bracket -= 1 }
            if scalars[cursor] == ">" && bracket <= 0 { break }
            cursor += 1
          }
          let declaration = String(
            String.UnicodeScalarView(scalars[index..<min(cursor, scalars.count)]))
          if declaration.uppercased().contains("<!ENTITY") {
            warnings.append(
              (
                "the DOCTYPE declares entities; they are not expanded, and references to them are left as written",
                start
              ))
          }
          advance(to: cursor + 1)
          continue
        }
        guard let tag = Self.tag(in: scalars, at: index) else {
          appendText("<")
          advance(to: index + 1)
          continue
        }
        let tagPosition = position(index)
        advance(to: tag.end)
        if !tag.isClosing && Self.hiddenElements.contains(tag.name) && !tag.isSelfClosing {
          // Skip to the matching end tag; a page's title is kept.
          let close = find("</\(tag.name)", from: index) ?? scalars.count
          if tag.name == "script" {
            warnings.append(("left out a <script> element; its code is not text", tagPosition))
          }
          if tag.name == "head" {
            let head = String(String.UnicodeScalarView(scalars[index..<close]))
            if let script = head.lowercased().range(of: "<script") {
              let before = head[..<script.lowerBound]
              let lineBreaks = before.filter { $0 == "\n" }.count
              let column = String(before.reversed().prefix { $0 != "\n" }).unicodeScalars.count
              warnings.append(
                (
                  "left out a <script> element; its code is not text",
                  SourcePosition(
                    line: line + lineBreaks,
                    column: lineBreaks == 0 ? index - lineStart + column + 1 : column + 1)
                ))
            }
            readHead(head)
          }
          advance(to: close)
          if close < scalars.count {
            advance(to: (find(">", from: close) ?? scalars.count - 1) + 1)
          }
          continue
        }
        handle(tag, at: tagPosition)
        continue
      }
      if scalar == "&", let (length, value) = CharacterReference.reference(in: scalars, at: index) {
        appendText(String(Character(value)))
        advance(to: index + length)
        continue
      }
      var end = index + 1
      while end < scalars.count, scalars[end] != "<", scalars[end] != "&" { end += 1 }
      appendText(String(String.UnicodeScalarView(scalars[index..<end])))
      if current.text.isEmpty { current.line = line }
      advance(to: end)
    }
    endBlock()
  }

  /// The text of an HTML fragment (a CSV cell that holds a link), markup
  /// removed, references decoded and whitespace collapsed.
  static func plainText(_ fragment: String) -> String {
    guard fragment.contains("<") || fragment.contains("&") else {
      return fragment.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    return HTMLText(parsing: fragment).blocks.map(\.text).joined(separator: " ")
  }

  /// The charset that the page's `<meta>` declares in its first 4,096
  /// bytes, lowercased, if any.
  static func declaredCharset(in bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
    var searchStart = head.startIndex
    while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
      let close = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
      let tag = head[meta.upperBound..<close]
      if let charset = tag.range(of: "charset=") {
        var value = tag[charset.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        value = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        if !value.isEmpty { return String(value) }
      }
      searchStart = close
    }
    return nil
  }

  // MARK: - Reading

  private mutating func handle(_ tag: Tag, at position: SourcePosition) {
    let name = tag.name
    if name == "br" {
      endBlock()
      return
    }
    if name == "tr" {
      endBlock()
      if !tag.isClosing { row += 1 }
      cell = nil
      return
    }
    if name == "td" || name == "th" {
      endBlock()
      if !tag.isClosing { cell = (cell ?? -1) + 1 }
      return
    }
    if name == "table" && tag.isClosing {
      endBlock()
      cell = nil
      return
    }
    if Self.blockElements.contains(name) {
      endBlock()
    }
    if name == "a" {
      if tag.isClosing {
        closeAnchor()
      } else if let anchor = tag.attributes["name"] ?? tag.attributes["id"] {
        closeAnchor()
        openAnchor = (anchor, nil, position)
      }
    }
    if name == "span", !tag.isClosing, let style = tag.attributes["style"],
      style.lowercased().contains("mso-tab-count")
    {
      noteTab()
    }
    if tag.isClosing {
      if let last = boldStack.lastIndex(of: name) { boldStack.remove(at: last) }
    } else if !tag.isSelfClosing, Self.isBold(tag) {
      boldStack.append(name)
    }
  }

  private mutating func readHead(_ head: String) {
    let scalars = Array(head.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "<", let tag = Self.tag(in: scalars, at: index) else {
        index += 1
        continue
      }
      if tag.name == "meta", let content = tag.attributes["content"],
        let metaName = tag.attributes["name"]
      {
        metas.append((metaName.lowercased(), CharacterReference.decoded(content)))
      }
      if tag.name == "title" && !tag.isClosing {
        var end = tag.end
        while end < scalars.count, scalars[end] != "<" { end += 1 }
        let text = CharacterReference.decoded(
          String(String.UnicodeScalarView(scalars[tag.end..<end]))
        )
        .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if !text.isEmpty { title = text }
      }
      index = tag.end
    }
  }

  /// Notes a tab: after the block's bold start, it marks a label.
  private mutating func noteTab() {
    if current.boldPrefix > 0 && current.text.unicodeScalars.count == current.boldPrefix {
      current.isTabAfterBold = true
    }
    isBoldPrefixOpen = false
    pendingSpace = true
  }

  private mutating func appendText(_ text: String) {
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        noteTab()
        continue
      }
      if scalar.properties.isWhitespace || scalar == "\u{A0}" {
        pendingSpace = true
        continue
      }
      if pendingSpace && !current.text.isEmpty { current.text.unicodeScalars.append(" ") }
      pendingSpace = false
      if let anchor = openAnchor, anchor.start == nil {
        openAnchor?.start = current.text.unicodeScalars.count
      }
      current.text.unicodeScalars.append(scalar)
      if isBoldPrefixOpen {
        if isBoldOpen {
          current.boldPrefix = current.text.unicodeScalars.count
        } else {
          isBoldPrefixOpen = false
        }
      }
    }
  }

  private mutating func closeAnchor() {
    guard let anchor = openAnchor else { return }
    openAnchor = nil
    let end = current.text.unicodeScalars.count
    let start = anchor.start ?? end
    current.anchors.append(Anchor(name: anchor.name, range: start..<end, position: anchor.position))
  }

  private mutating func endBlock() {
    if let anchor = openAnchor {
      closeAnchor()
      // An anchor that runs over a block end goes on in the next block.
      openAnchor = (anchor.name, nil, anchor.position)
    }
    if !current.text.isEmpty {
      current.cell = cell
      current.row = cell == nil ? nil : row
      blocks.append(current)
    }
    current = Block(text: "", line: current.line)
    pendingSpace = false
    isBoldPrefixOpen = true
  }
}
