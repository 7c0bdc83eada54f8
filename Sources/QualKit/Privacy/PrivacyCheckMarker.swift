/// What the last `qualkit pseudonymize --check` of a project's transcripts
/// found, kept beside them (``fileName`` in the transcripts folder) so
/// that exports can warn about transcripts never checked, or changed since.
///
/// ```json
/// {"format":"qualkit-privacy-check","version":1,"transcripts":"xxh64:…","originals":23,"found":0}
/// ```
///
/// `transcripts` is the ``fingerprint(of:)`` of the transcripts checked
/// (their ids, texts and attributes, the participants table's included),
/// `originals` how many originals the key had, `found` how many the check
/// found. The marker holds no original, and the same check writes the same
/// bytes.
public struct PrivacyCheckMarker: Hashable, Sendable {
  /// The marker's file name in the transcripts folder.
  public static let fileName = ".qualkit-privacy-check"
  /// The format's name.
  static let formatName = "qualkit-privacy-check"

  /// The fingerprint of the transcripts checked.
  public var fingerprint: String
  /// How many originals the key had.
  public var originals: Int
  /// How many originals and identifiers the check found.
  public var found: Int

  /// Creates a marker.
  public init(fingerprint: String, originals: Int, found: Int) {
    self.fingerprint = fingerprint
    self.originals = originals
    self.found = found
  }

  /// Reads a marker, or nil when `bytes` are not one.
  public init?(parsing bytes: [UInt8]) {
    guard let node = try? JSONParser.parse(bytes), node["format"]?.stringValue == Self.formatName,
      let fingerprint = node["transcripts"]?.stringValue,
      let originals = node["originals"]?.numberValue, let found = node["found"]?.numberValue
    else { return nil }
    self.init(fingerprint: fingerprint, originals: Int(originals), found: Int(found))
  }

  /// The marker as one line of JSON.
  public var serialized: String {
    JSONOutput.object([
      ("format", .string(Self.formatName)), ("version", .int(1)),
      ("transcripts", .string(fingerprint)), ("originals", .int(originals)),
      ("found", .int(found)),
    ]).rendered() + "\n"
  }

  /// A hash of `transcripts` as exports see them: each one's id, text and
  /// attributes, in id order.
  public static func fingerprint(of transcripts: [Transcript]) -> String {
    var text = ""
    for transcript in transcripts.sorted(by: { $0.id < $1.id }) {
      text += transcript.id + "\u{0}" + transcript.contentHash + "\u{0}"
      for key in transcript.attributes.keys.sorted() {
        text += key + "=" + (transcript.attributes[key]?.description ?? "") + "\u{1}"
      }
      text += "\u{2}"
    }
    return "xxh64:" + XXHash64.hex(of: text)
  }

  /// The warning an export (a report, `quantitize`, a REFI-QDA project)
  /// gives before writing `transcripts` out, or nil when the last check of
  /// exactly these transcripts found nothing.
  ///
  /// - Parameters:
  ///   - marker: The marker file's bytes, nil when there is none.
  ///   - transcripts: The transcripts the export writes from.
  ///   - option: The option that silences the warning, for the message.
  /// - Returns: The warning, or nil.
  public static func exportWarning(
    marker: [UInt8]?, transcripts: [Transcript], option: String = "--allow-identifiable"
  ) -> Diagnostic? {
    let advice =
      "run 'qualkit pseudonymize --check --key FILE' before sharing, or pass \(option) to export identifiable data"
    guard let marker, let read = PrivacyCheckMarker(parsing: marker) else {
      return .warning(
        "the transcripts have never been checked for names and identifiers; \(advice)")
    }
    if read.found > 0 {
      return .warning(
        "the last check found \(read.found) original\(read.found == 1 ? "" : "s") still in the project; \(advice)"
      )
    }
    if read.fingerprint != fingerprint(of: transcripts) {
      return .warning("the transcripts changed since they were last checked; \(advice)")
    }
    return nil
  }
}
