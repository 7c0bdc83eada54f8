/// A project file other than a transcript or coding file (the
/// participants table, a survey's CSV and spec, the codebook, a README)
/// with its originals replaced, everything else kept byte for byte (line
/// ends, a byte order mark, Windows-1252).
///
/// - CSV (`.csv`, `.tsv`): every field but the header's and those of the
///   columns named to keep (the participants table's `id` and `speakers`,
///   which name transcripts and speaker labels).
/// - JSON (`.json`): every string value, not the keys, nor the values of
///   members that name things other files refer to (`id`, `code`,
///   `parent`, `column`, `respondentId`, …); each changed string written
///   again with JSON escapes.
/// - Anything else: the whole text.
///
/// An original left (in a header, a kept column, an identifier member) is
/// listed with the reason; a file that is not text (a NUL byte) is not
/// read, and ``isBinary`` says so.
public struct TextFilePseudonymization: Sendable {
  /// The file.
  public var path: String
  /// The new contents; nil when nothing changed.
  public var bytes: [UInt8]?
  /// Every original found, replaced or left.
  public var occurrences: [PseudonymOccurrence] = []
  /// Whether the file is not text, so it was not searched.
  public var isBinary = false

  /// JSON members whose string values other files refer to.
  static let identifyingMembers: Set<String> = [
    "id", "code", "codes", "parent", "column", "columns", "respondentId", "groups",
    "ignoredColumns", "format", "kind", "scale", "construct", "transcript",
  ]

  /// Pseudonymises the file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file's path, which tells its format by its extension.
  ///   - bytes: The file.
  ///   - pseudonymizer: What replaces the originals.
  ///   - keepingColumns: The CSV columns to leave as they are (by header).
  public init(
    path: String, bytes: [UInt8], pseudonymizer: Pseudonymizer,
    keepingColumns: Set<String> = []
  ) {
    self.path = path
    guard let file = EncodedText(bytes) else {
      isBinary = true
      return
    }
    let scalars = Array(file.text.unicodeScalars)
    var found = pseudonymizer.replacements(in: scalars)
    guard !found.isEmpty else { return }
    let lines = LineIndex(file.text)
    let pathExtension = ProjectLayout.splitExtension(path).pathExtension.lowercased()
    var reasons: [Range<Int>: String] = [:]
    var places: [Range<Int>: PseudonymOccurrence.Place] = [:]
    switch pathExtension {
    case "csv", "tsv":
      let fields = CSVFields(bytes, lines: lines)
      for replacement in found {
        guard let field = fields?.field(at: replacement.range.lowerBound) else { continue }
        places[replacement.range] = .column(field.column)
        if field.row == 0 {
          reasons[replacement.range] =
            "a column name in the header, which other files refer to; rename the column by hand"
        } else if keepingColumns.contains(field.column) {
          reasons[replacement.range] =
            "the column '\(field.column)', which names transcripts or speaker labels; change it by hand"
        }
      }
    case "json":
      guard !file.isWindows1252, let strings = JSONStrings(bytes) else { break }
      let offsets = Self.utf8Offsets(of: scalars, after: file.hasByteOrderMark ? 3 : 0)
      for replacement in found {
        switch strings.member(at: offsets[replacement.range.lowerBound]) {
        case .some(let member?):
          places[replacement.range] = .member(member)
          if Self.identifyingMembers.contains(member) {
            reasons[replacement.range] =
              "the member '\(member)', which other files refer to; change it by hand"
          }
        case .some(nil):
          break
        case nil:
          reasons[replacement.range] = "a member's name; change it by hand"
        }
      }
    default:
      break
    }
    occurrences = found.map { replacement in
      PseudonymOccurrence(
        file: path,
        position: PseudonymOccurrence.position(of: replacement.range.lowerBound, in: lines),
        found: replacement.found, pseudonym: replacement.pseudonym,
        category: replacement.category, place: places[replacement.range] ?? .text,
        reason: reasons[replacement.range])
    }
    found.removeAll { reasons[$0.range] != nil }
    guard !found.isEmpty else { return }
    if pathExtension == "json", !file.isWindows1252, let strings = JSONStrings(bytes) {
      let changed = strings.substituted(
        skipping: Self.identifyingMembers, with: pseudonymizer.applied(to:))
      self.bytes = changed == bytes ? nil : changed
      return
    }
    guard let text = try? pseudonymizer.edit(of: found).applied(to: file.text).text else { return }
    self.bytes = file.encoded(text)
  }

  /// The UTF-8 offset of each scalar of `scalars` (and of their end),
  /// counted from `start`.
  static func utf8Offsets(of scalars: [Unicode.Scalar], after start: Int) -> [Int] {
    var offsets = [start]
    offsets.reserveCapacity(scalars.count + 1)
    for scalar in scalars { offsets.append((offsets.last ?? start) + UTF8.width(scalar)) }
    return offsets
  }
}
