import Foundation

extension HTMLText {
  /// A start or end tag.
  struct Tag {
    var name: String
    var attributes: [String: String]
    var isClosing: Bool
    var isSelfClosing: Bool
    /// The index after the tag's `>`.
    var end: Int
  }

  /// The tag that starts at `index` (a `<`), or nil when the `<` starts none.
  static func tag(in scalars: [Unicode.Scalar], at index: Int) -> Tag? {
    var cursor = index + 1
    var isClosing = false
    if cursor < scalars.count, scalars[cursor] == "/" {
      isClosing = true
      cursor += 1
    }
    guard cursor < scalars.count, scalars[cursor].properties.isAlphabetic else { return nil }
    var name = ""
    while cursor < scalars.count,
      scalars[cursor].properties.isAlphabetic || ("0"..."9").contains(scalars[cursor])
        || scalars[cursor] == ":" || scalars[cursor] == "-"
    {
      name.unicodeScalars.append(lower(scalars[cursor]))
      cursor += 1
    }
    var attributes: [String: String] = [:]
    var isSelfClosing = false
    while cursor < scalars.count {
      let scalar = scalars[cursor]
      if scalar == ">" {
        return Tag(
          name: name, attributes: attributes, isClosing: isClosing,
          isSelfClosing: isSelfClosing, end: cursor + 1)
      }
      if scalar == "/" {
        isSelfClosing = true
        cursor += 1
        continue
      }
      if scalar.properties.isWhitespace {
        cursor += 1
        continue
      }
      isSelfClosing = false
      var key = ""
      while cursor < scalars.count, !scalars[cursor].properties.isWhitespace,
        scalars[cursor] != "=", scalars[cursor] != ">", scalars[cursor] != "/"
      {
        key.unicodeScalars.append(lower(scalars[cursor]))
        cursor += 1
      }
      while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
      var value = ""
      if cursor < scalars.count, scalars[cursor] == "=" {
        cursor += 1
        while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
        if cursor < scalars.count, scalars[cursor] == "\"" || scalars[cursor] == "'" {
          let quote = scalars[cursor]
          cursor += 1
          while cursor < scalars.count, scalars[cursor] != quote {
            value.unicodeScalars.append(scalars[cursor])
            cursor += 1
          }
          cursor += 1
        } else {
          while cursor < scalars.count, !scalars[cursor].properties.isWhitespace,
            scalars[cursor] != ">"
          {
            value.unicodeScalars.append(scalars[cursor])
            cursor += 1
          }
        }
      }
      if !key.isEmpty && attributes[key] == nil {
        attributes[key] = CharacterReference.decoded(value)
      }
      if cursor - index > 4096 { return nil }
    }
    return nil
  }

  /// Whether a start tag makes its text bold.
  static func isBold(_ tag: Tag) -> Bool {
    if tag.name == "b" || tag.name == "strong" { return true }
    guard let style = tag.attributes["style"]?.lowercased(),
      let weight = style.range(of: "font-weight")
    else { return false }
    let value = style[weight.upperBound...].drop { $0 == ":" || $0 == " " }
      .prefix { $0 != ";" && $0 != "\"" }
      .trimmingWhitespace()
    if value.hasPrefix("bold") { return true }
    if let number = Int(value.prefix { $0.isNumber }) { return number >= 600 }
    return false
  }

  static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ prefix: String) -> Bool {
    var cursor = index
    for scalar in prefix.unicodeScalars {
      guard cursor < scalars.count, lower(scalars[cursor]) == lower(scalar) else { return false }
      cursor += 1
    }
    return true
  }

  static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
  }
}
