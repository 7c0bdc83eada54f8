import Foundation

/// A file's text as it was decoded, before normalisation, with the maps from
/// its offsets to those of the normalised ``DecodedText/text``.
///
/// Importers and editors that meet positions in the file itself (a REFI-QDA
/// project counts Unicode scalars of the file, NVivo counts UTF-16 code
/// units) map them onto the normalised text that QualKit's offsets refer to,
/// and back with ``OffsetMap/inverse``. The byte order mark is dropped, the
/// carriage return of a CRLF is dropped (a lone CR becomes LF in place) and
/// each grapheme cluster that NFC changes is a replaced part.
///
/// Building the maps walks the text grapheme by grapheme, so it is much
/// slower than decoding; code that only needs the normalised text (the
/// auto-coder) uses ``DecodedText`` alone.
public struct SourceText: Hashable, Sendable {
  /// The text as decoded (UTF-8, or Windows-1252 as ``DecodedText`` chose),
  /// byte order mark and carriage returns kept, not normalised.
  public var text: String
  /// The normalised text.
  public var decoded: DecodedText
  /// From Unicode-scalar offsets in ``text`` to Unicode-scalar offsets in
  /// the normalised text.
  public var scalarMap: OffsetMap
  /// From UTF-16 offsets in ``text`` to Unicode-scalar offsets in the
  /// normalised text.
  public var utf16Map: OffsetMap

  /// Decodes `bytes` both ways and maps one onto the other.
  ///
  /// - Throws: ``TextDecodingError`` when the bytes look binary.
  public init(decoding bytes: [UInt8]) throws(TextDecodingError) {
    decoded = try DecodedText(decoding: bytes)
    text =
      decoded.wasWindows1252 ? Windows1252.decode(bytes) : String(decoding: bytes, as: UTF8.self)
    // The three bytes of a byte order mark are one scalar in UTF-8 and
    // three ("ï»¿") in Windows-1252, each a single UTF-16 unit.
    let markScalars =
      bytes.starts(with: DecodedText.byteOrderMark)
      ? (decoded.wasWindows1252 ? DecodedText.byteOrderMark.count : 1) : 0
    var scalars = OffsetMap.Builder()
    var utf16 = OffsetMap.Builder()
    scalars.replace(markScalars, with: 0)
    utf16.replace(markScalars, with: 0)
    var rebuilt = String.UnicodeScalarView()
    let body = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: markScalars)
    for cluster in text[body...] {
      let source = cluster.unicodeScalars
      if source.first == "\r" {
        // A carriage return is a cluster of its own or with the LF after it.
        if source.count == 2 {
          scalars.replace(1, with: 0)
          utf16.replace(1, with: 0)
        }
        scalars.keep(1)
        utf16.keep(1)
        rebuilt.append("\n")
        continue
      }
      var normalized = source[...]
      if !source.allSatisfy({ $0.value < 0x300 }) {
        let composed = String(cluster).precomposedStringWithCanonicalMapping.unicodeScalars
        if !composed.elementsEqual(source) { normalized = composed[...] }
      }
      if normalized.elementsEqual(source) {
        scalars.keep(source.count)
        for scalar in source {
          // An astral scalar is two UTF-16 units (a surrogate pair).
          if scalar.utf16.count == 2 { utf16.replace(2, with: 1) } else { utf16.keep(1) }
        }
      } else {
        scalars.replace(source.count, with: normalized.count)
        utf16.replace(cluster.utf16.count, with: normalized.count)
      }
      // One scalar at a time: appending a slice copies the whole view each
      // time, which made a 600,000-character text take a minute.
      for scalar in normalized { rebuilt.append(scalar) }
    }
    if String(rebuilt).utf8.elementsEqual(decoded.text.utf8) {
      scalarMap = scalars.result
      utf16Map = utf16.result
    } else {
      // NFC composed across grapheme clusters: the body is one replaced part.
      let target = decoded.text.unicodeScalars.count
      scalars = OffsetMap.Builder()
      scalars.replace(markScalars, with: 0)
      scalars.replace(text.unicodeScalars.count - markScalars, with: target)
      utf16 = OffsetMap.Builder()
      utf16.replace(markScalars, with: 0)
      utf16.replace(text.utf16.count - markScalars, with: target)
      scalarMap = scalars.result
      utf16Map = utf16.result
    }
  }
}
