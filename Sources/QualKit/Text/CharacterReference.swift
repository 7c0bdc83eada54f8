/// Character references in subtitle text: `&amp;`, `&eacute;`, `&#237;`, `&#xE9;`.
///
/// WebVTT and the HTML that SubRip files borrow write characters as named
/// or numeric references. Named references are those of HTML's Latin-1
/// set and the common punctuation (`&hellip;`, `&rsquo;`, `&ndash;`), and
/// need their final `;`. Numeric references are decimal (`&#237;`) or
/// hexadecimal (`&#xE9;`); one that names no Unicode scalar (a surrogate,
/// zero, beyond U+10FFFF) is left as it is written.
public enum CharacterReference {
  /// The reference that starts at `index` of `scalars`, if one does: how
  /// many scalars it spans and the scalar it stands for.
  public static func reference(in scalars: [Unicode.Scalar], at index: Int) -> (
    length: Int, value: Unicode.Scalar
  )? {
    guard index < scalars.count, scalars[index] == "&" else { return nil }
    var end = index + 1
    // The longest name is 8 letters, the longest number 7 digits or "x" and 6.
    let limit = min(scalars.count, index + 11)
    while end < limit, scalars[end] != ";", scalars[end] != "&" { end += 1 }
    guard end < limit, scalars[end] == ";", end > index + 1 else { return nil }
    var body = ""
    body.unicodeScalars.append(contentsOf: scalars[(index + 1)..<end])
    let length = end - index + 1
    if body.hasPrefix("#") {
      var digits = body.dropFirst()
      var radix = 10
      if digits.first == "x" || digits.first == "X" {
        digits = digits.dropFirst()
        radix = 16
      }
      guard !digits.isEmpty, digits.count <= 7,
        digits.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }),
        let number = UInt32(digits, radix: radix), number != 0,
        let scalar = Unicode.Scalar(number)
      else { return nil }
      return (length, scalar)
    }
    guard let value = named[body] else { return nil }
    return (length, value)
  }

  /// The text with every character reference decoded.
  public static func decoded(_ text: String) -> String {
    guard text.unicodeScalars.contains("&") else { return text }
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if let (length, value) = reference(in: scalars, at: index) {
        output.append(value)
        index += length
      } else {
        output.append(scalars[index])
        index += 1
      }
    }
    return String(output)
  }

  /// HTML's named references for Latin-1 and common punctuation.
  private static let named: [String: Unicode.Scalar] = {
    var table: [String: Unicode.Scalar] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "lrm": "\u{200E}",
      "rlm": "\u{200F}", "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}",
      "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
      "bdquo": "\u{201E}", "hellip": "\u{2026}", "bull": "\u{2022}", "euro": "\u{20AC}",
      "trade": "\u{2122}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}",
      "ensp": "\u{2002}", "emsp": "\u{2003}", "OElig": "\u{152}", "oelig": "\u{153}",
      "Scaron": "\u{160}", "scaron": "\u{161}", "Yuml": "\u{178}", "dagger": "\u{2020}",
      "Dagger": "\u{2021}", "permil": "\u{2030}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
    ]
    // U+00A0 to U+00FF in code point order, as HTML names them.
    let latin1 = """
      nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
      deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
      iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml \
      Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash \
      Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig \
      ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc \
      otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
      """
    for (offset, name) in latin1.split(separator: " ").enumerated() {
      if let scalar = Unicode.Scalar(UInt32(0xA0 + offset)) { table[String(name)] = scalar }
    }
    return table
  }()
}
