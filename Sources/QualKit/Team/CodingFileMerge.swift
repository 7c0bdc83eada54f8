/// A three-way merge of one coding file changed on two git branches, line
/// by line: what `qualkit merge-driver %O %A %B` computes.
///
/// Codings are matched by their application (transcript, code, coder,
/// span, origin; see ``Coding/ApplicationKey``). A coding one side added,
/// changed or removed while the other left it as in the base takes that
/// side's version; both sides' new codings are kept; the result is sorted
/// as coding files are. A coding the two sides changed differently (a
/// status accepted on one branch and rejected on the other, say) is a
/// conflict: both versions are written between git's markers,
///
/// ```
/// <<<<<<< ours
/// {"transcript":"B01","code":"mastery",…,"status":"accepted",…}
/// =======
/// {"transcript":"B01","code":"mastery",…,"status":"rejected",…}
/// >>>>>>> theirs
/// ```
///
/// which every command reads as an error at the `<<<<<<<` line (the
/// codings inside are not used, and the file is never rewritten) until the
/// markers and the unwanted version are deleted. When a version cannot be
/// read line by line (a malformed line, a newer format), nothing is
/// guessed: the whole of the three versions is kept, as `<<<<<<< ours`,
/// `||||||| base`, `=======`, `>>>>>>> theirs` sections.
public enum CodingFileMerge {
  /// What a merge produced.
  public struct Result: Hashable, Sendable {
    /// The merged file's bytes.
    public var bytes: [UInt8]
    /// The number of conflicts written into the file (0: a clean merge).
    public var conflicts: Int
    /// Whether a version could not be read, so the three are kept whole.
    public var isWholeFileConflict: Bool
  }

  /// The marker that opens a conflict, followed by the side's name.
  public static let oursMarker = "<<<<<<<"
  /// The marker before the base's lines in a whole-file conflict.
  public static let baseMarker = "|||||||"
  /// The marker between the two sides.
  public static let separatorMarker = "======="
  /// The marker that closes a conflict.
  public static let theirsMarker = ">>>>>>>"

  /// Merges `ours` and `theirs`, both changed from `base`.
  public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> Result {
    var ignored: [Diagnostic] = []
    let files = [base, ours, theirs].map { CodingFile(parsing: $0, diagnostics: &ignored) }
    guard files.allSatisfy({ $0.malformedLines.isEmpty }) else {
      return wholeFileConflict(base: base, ours: ours, theirs: theirs)
    }
    let (baseFile, oursFile, theirsFile) = (files[0], files[1], files[2])
    func grouped(_ file: CodingFile) -> [Coding.ApplicationKey: [Coding]] {
      Dictionary(grouping: file.codings, by: \.applicationKey).mapValues {
        $0.sorted(by: CodingMerger.order)
      }
    }
    let (b, a, t) = (grouped(baseFile), grouped(oursFile), grouped(theirsFile))
    // Each entry: the codings kept, or a conflict between two versions.
    var entries: [(first: Coding, ours: [Coding], theirs: [Coding]?)] = []
    for key in Set(b.keys).union(a.keys).union(t.keys) {
      let (inBase, inOurs, inTheirs) = (b[key] ?? [], a[key] ?? [], t[key] ?? [])
      let kept: [Coding]?
      if inOurs == inTheirs || inTheirs == inBase {
        kept = inOurs
      } else if inOurs == inBase {
        kept = inTheirs
      } else {
        kept = nil
      }
      if let kept {
        for coding in kept { entries.append((coding, [coding], nil)) }
      } else if let first = (inOurs + inTheirs).min(by: CodingMerger.order) {
        entries.append((first, inOurs, inTheirs))
      }
    }
    entries.sort { CodingMerger.order($0.first, $1.first) }
    var bytes: [UInt8] = []
    CodingLineWriter.appendHeader(
      version: CodingFile.supportedVersion,
      kind: (oursFile.kind ?? theirsFile.kind ?? baseFile.kind)?.rawValue,
      extraMembers: oursFile.headerExtraMembers, to: &bytes)
    bytes.append(0x0A)
    func append(_ codings: [Coding]) {
      for coding in codings {
        CodingLineWriter.appendLine(for: coding, to: &bytes)
        bytes.append(0x0A)
      }
    }
    var conflicts = 0
    for entry in entries {
      guard let theirsVersion = entry.theirs else {
        append(entry.ours)
        continue
      }
      conflicts += 1
      bytes += Array("\(oursMarker) ours\n".utf8)
      append(entry.ours)
      bytes += Array("\(separatorMarker)\n".utf8)
      append(theirsVersion)
      bytes += Array("\(theirsMarker) theirs\n".utf8)
    }
    return Result(bytes: bytes, conflicts: conflicts, isWholeFileConflict: false)
  }

  /// The three versions whole, between markers.
  private static func wholeFileConflict(base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> Result {
    func section(_ bytes: [UInt8]) -> [UInt8] {
      bytes.isEmpty || bytes.last == 0x0A ? bytes : bytes + [0x0A]
    }
    let bytes =
      Array("\(oursMarker) ours\n".utf8) + section(ours) + Array("\(baseMarker) base\n".utf8)
      + section(base) + Array("\(separatorMarker)\n".utf8) + section(theirs)
      + Array("\(theirsMarker) theirs\n".utf8)
    return Result(bytes: bytes, conflicts: 1, isWholeFileConflict: true)
  }
}
