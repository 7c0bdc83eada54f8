/// A project's transcripts by id, with the file each was read from.
public struct TranscriptCatalog: Hashable, Sendable {
  /// The folder the transcripts were read from.
  public var folder: String
  /// The transcripts by id.
  public private(set) var byID: [String: Transcript] = [:]
  /// The file each transcript was read from, by id.
  public private(set) var paths: [String: String] = [:]
  /// The folder's participants table, if it has one.
  public var participants: ParticipantTable?

  /// An empty catalog of `folder`.
  public init(folder: String) {
    self.folder = folder
  }

  /// Adds `transcript`, read from `path` (a later one with the same id replaces it).
  public mutating func add(_ transcript: Transcript, path: String) {
    byID[transcript.id] = transcript
    paths[transcript.id] = path
  }

  /// The transcripts sorted by id.
  public var sorted: [Transcript] { byID.values.sorted { $0.id < $1.id } }

  /// Whether the catalog holds no transcript.
  public var isEmpty: Bool { byID.isEmpty }

  /// The transcript with id `reference`, or read from the file `reference`.
  public func transcript(_ reference: String) -> Transcript? {
    if let transcript = byID[reference] { return transcript }
    if let id = paths.first(where: { $0.value == reference })?.key { return byID[id] }
    return nil
  }
}
