/// The safety net before sharing: every original of a key, and every
/// identifier the detectors find, that still stands anywhere in a set of
/// files.
///
/// Each file is searched as text (its bytes decoded, line ends and a byte
/// order mark as they are), and in its name. A JSON string written with
/// escapes (`M\u00e6rsk`) is searched as it reads, too. A Word file is
/// searched paragraph by paragraph, and any other ZIP archive (`.xlsx`,
/// `.qdpx`) entry by entry, its XML read without the markup, so that a
/// name split over two runs of a Word paragraph is found. A file that is
/// none of these and not text (an image) is listed as not searched.
public struct PrivacyCheck: Sendable {
  /// Every original found, in file order (`pseudonym` nil for an
  /// identifier no key maps).
  public var found: [PseudonymOccurrence] = []
  /// How many files were searched.
  public var filesSearched = 0
  /// The files that could not be searched (not text, not an archive).
  public var notSearched: [String] = []

  /// Whether nothing was found.
  public var isClean: Bool { found.isEmpty }

  /// Searches `files` for the originals of `pseudonymizer`'s key and the
  /// identifiers of its detectors.
  public init(files: [(path: String, bytes: [UInt8])], pseudonymizer: Pseudonymizer) {
    for (path, bytes) in files {
      let name = ProjectLayout.splitExtension(path).stem
      for hit in Self.hits(in: name, pseudonymizer) {
        var occurrence = hit.occurrence(file: path, lines: nil)
        occurrence.place = .fileName
        found.append(occurrence)
      }
      let pathExtension = ProjectLayout.splitExtension(path).pathExtension.lowercased()
      if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
        guard let texts = Self.archiveTexts(bytes, isWord: pathExtension == "docx") else {
          notSearched.append(path)
          continue
        }
        filesSearched += 1
        for (entry, text) in texts {
          let lines = LineIndex(text)
          for hit in Self.hits(in: text, pseudonymizer) {
            var occurrence = hit.occurrence(file: path, lines: lines)
            if let entry { occurrence.place = .member(entry) }
            found.append(occurrence)
          }
        }
        continue
      }
      guard let file = EncodedText(bytes) else {
        notSearched.append(path)
        continue
      }
      filesSearched += 1
      let lines = LineIndex(file.text)
      let hits = Self.hits(in: file.text, pseudonymizer)
      found += hits.map { $0.occurrence(file: path, lines: lines) }
      guard pathExtension == "json" || pathExtension == "jsonl", file.text.contains("\\") else {
        continue
      }
      // Strings written with escapes, read as they read.
      for (line, text) in Self.escapedStrings(bytes, isLines: pathExtension == "jsonl") {
        for hit in Self.hits(in: text, pseudonymizer)
        where !found.contains(where: {
          $0.file == path && $0.position?.line == line && $0.found == hit.found
        }) {
          var occurrence = hit.occurrence(file: path, lines: nil)
          occurrence.position = SourcePosition(line: line)
          found.append(occurrence)
        }
      }
    }
  }

  /// The JSON strings of `bytes` written with a backslash escape, as they
  /// read, each with the line it starts on; `isLines` for JSON Lines.
  static func escapedStrings(_ bytes: [UInt8], isLines: Bool) -> [(line: Int, text: String)] {
    var documents: [(firstLine: Int, bytes: [UInt8])] = []
    if isLines {
      var line = 1
      for part in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        if part.contains(0x5C) { documents.append((line, Array(part))) }
        line += 1
      }
    } else {
      documents = [(1, bytes)]
    }
    var result: [(line: Int, text: String)] = []
    for (firstLine, document) in documents {
      guard let strings = JSONStrings(document) else { continue }
      for entry in strings.entries where document[entry.range].contains(0x5C) {
        let line =
          firstLine + document[..<entry.range.lowerBound].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        result.append((line, entry.text))
      }
    }
    return result
  }

  /// One original or identifier in a text.
  private struct Hit {
    var offset: Int
    var found: String
    var pseudonym: String?
    var category: PseudonymCategory

    func occurrence(file: String, lines: LineIndex?) -> PseudonymOccurrence {
      PseudonymOccurrence(
        file: file, position: lines.map { PseudonymOccurrence.position(of: offset, in: $0) },
        found: found, pseudonym: pseudonym, category: category)
    }
  }

  /// The originals and unmapped identifiers in `text`, in order.
  private static func hits(in text: String, _ pseudonymizer: Pseudonymizer) -> [Hit] {
    let scalars = Array(text.unicodeScalars)
    let replaced = pseudonymizer.replacements(in: scalars)
    var hits = replaced.map {
      Hit(
        offset: $0.range.lowerBound, found: $0.found, pseudonym: $0.pseudonym,
        category: $0.category)
    }
    for match in pseudonymizer.unlisted(in: scalars)
    where !replaced.contains(where: { $0.range.overlaps(match.range) }) {
      hits.append(
        Hit(
          offset: match.range.lowerBound, found: Pseudonymizer.text(scalars, match.range),
          pseudonym: nil, category: match.detector.category))
    }
    return hits.sorted { $0.offset < $1.offset }
  }

  /// The texts of a ZIP archive: a Word document's paragraphs (one text,
  /// no entry name), or each XML, HTML or text entry without its markup;
  /// nil when the archive cannot be read.
  static func archiveTexts(_ bytes: [UInt8], isWord: Bool) -> [(entry: String?, text: String)]? {
    if isWord, let paragraphs = try? DocxReader.paragraphs(in: bytes) {
      return [(nil, paragraphs.joined(separator: "\n"))]
    }
    guard let archive = try? ZipArchive(bytes: bytes) else { return nil }
    var texts: [(entry: String?, text: String)] = []
    for entry in archive.entries where !entry.isDirectory {
      let pathExtension = ProjectLayout.splitExtension(entry.path).pathExtension.lowercased()
      guard ["xml", "qde", "html", "htm", "txt", "csv", "json", "rels"].contains(pathExtension),
        let data = try? archive.data(for: entry), let text = EncodedText(data)?.text
      else { continue }
      texts.append((entry.path, pathExtension == "txt" ? text : Self.withoutMarkup(text)))
    }
    return texts
  }

  /// `xml` without its tags, the five predefined entities and numeric
  /// references read; a paragraph's or break's end becomes a line break,
  /// other tags nothing (so that runs of one word join).
  static func withoutMarkup(_ xml: String) -> String {
    var result = ""
    var tag = ""
    var inTag = false
    for character in xml {
      if inTag {
        if character == ">" {
          inTag = false
          let name = tag.split(separator: " ").first.map(String.init) ?? ""
          if ["/w:p", "w:br/", "w:br", "/p", "br", "br/", "/td", "/li", "/div", "/h1", "/h2"]
            .contains(name) || name.hasPrefix("/text:p") || name.hasSuffix("/row")
          {
            result += "\n"
          } else if name.hasPrefix("w:tab") || name == "/th" {
            result += "\t"
          }
        } else {
          tag.append(character)
        }
      } else if character == "<" {
        inTag = true
        tag = ""
      } else {
        result.append(character)
      }
    }
    return Self.decodingEntities(result)
  }

  /// `text` with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and `&#…;`
  /// read.
  private static func decodingEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      rest = rest[ampersand...]
      guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
        result.append("&")
        rest = rest.dropFirst()
        continue
      }
      let name = rest[rest.index(after: rest.startIndex)..<semicolon]
      let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
      var value: String? = named[String(name)]
      if value == nil, name.hasPrefix("#") {
        let digits = name.dropFirst()
        let number =
          digits.hasPrefix("x") || digits.hasPrefix("X")
          ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        value = number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
      }
      guard let value else {
        result.append("&")
        rest = rest.dropFirst()
        continue
      }
      result += value
      rest = rest[rest.index(after: semicolon)...]
    }
    return result + rest
  }
}
