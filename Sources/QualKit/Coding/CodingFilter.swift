/// Which codings a command lists or counts: the one filter of `codings`,
/// `agree`, `review` and later reports.
///
/// Every criterion that is empty lets every coding through. A filter is
/// checked against the project before use (``resolved(index:codings:catalog:)``):
/// a name that matches nothing is an error with the nearest valid choices,
/// never a silent empty result.
public struct CodingFilter: Hashable, Sendable {
  /// Code ids; each stands for itself and every code below it.
  public var codes: [String] = []
  /// Coder names.
  public var coders: [String] = []
  /// Transcript ids.
  public var transcripts: [String] = []
  /// Statuses.
  public var statuses: Set<Coding.Status> = []
  /// Speaker roles of the turn a coding starts in (`participant` stands for
  /// every role but `interviewer`).
  public var roles: [String] = []
  /// `key=value` attribute conditions on the coded transcript; several
  /// values of one key are alternatives, several keys must all hold.
  public var attributes: [String: [String]] = [:]

  /// A filter that lets everything through.
  public init() {}

  /// Adds an attribute condition written `key=value`.
  ///
  /// - Returns: false when `condition` has no `=` or an empty key.
  public mutating func addAttribute(_ condition: String) -> Bool {
    guard let equals = condition.firstIndex(of: "="), equals != condition.startIndex else {
      return false
    }
    let key = String(condition[..<equals])
    attributes[key, default: []].append(String(condition[condition.index(after: equals)...]))
    return true
  }

  /// The filter checked against the project, ready to match codings.
  ///
  /// - Parameters:
  ///   - index: The codebook, if the project has one (codes are then
  ///     checked against it and widened to their sub-trees).
  ///   - codings: Every coding the command read (coders are checked against them).
  ///   - catalog: The project's transcripts.
  /// - Returns: The filter ready to match codings.
  /// - Throws: ``CodingFilterError`` for a name that matches nothing.
  public func resolved(index: CodebookIndex?, codings: [Coding], catalog: TranscriptCatalog)
    throws(CodingFilterError) -> Resolved
  {
    var codeIDs: Set<String>?
    if !codes.isEmpty {
      var ids = Set<String>()
      for id in codes {
        guard let index else {
          ids.insert(id)
          continue
        }
        let subtree = index.subtree(of: id)
        guard !subtree.isEmpty else {
          throw CodingFilterError(.unknownCode, name: id, choices: index.ids)
        }
        ids.formUnion(subtree)
      }
      codeIDs = ids
    }
    let knownCoders = Set(codings.map(\.coder))
    for coder in coders where !knownCoders.contains(coder) {
      throw CodingFilterError(.unknownCoder, name: coder, choices: knownCoders)
    }
    let knownTranscripts = Set(codings.map(\.transcript)).union(catalog.byID.keys)
    for transcript in transcripts where !knownTranscripts.contains(transcript) {
      throw CodingFilterError(.unknownTranscript, name: transcript, choices: knownTranscripts)
    }
    try Self.checkRoles(roles, in: catalog)
    for (key, values) in attributes {
      let known = Set(catalog.byID.values.compactMap { $0.attributes[key]?.description })
      guard !known.isEmpty else {
        let keys = Set(catalog.byID.values.flatMap(\.attributes.keys))
        throw CodingFilterError(.unknownAttribute, name: key, choices: keys)
      }
      for value in values where !known.contains(value) {
        throw CodingFilterError(
          .unknownAttributeValue, name: "\(key)=\(value)", choices: known.map { "\(key)=\($0)" })
      }
    }
    return Resolved(filter: self, codeIDs: codeIDs, catalog: catalog)
  }

  /// A filter checked against a project, matching codings.
  public struct Resolved: Sendable {
    /// The filter as given.
    public let filter: CodingFilter
    /// The codes with their sub-trees; nil for every code.
    public let codeIDs: Set<String>?
    let catalog: TranscriptCatalog

    /// Whether `coding` passes every criterion.
    public func matches(_ coding: Coding) -> Bool {
      if let codeIDs, !codeIDs.contains(coding.code) { return false }
      if !filter.coders.isEmpty && !filter.coders.contains(coding.coder) { return false }
      if !filter.transcripts.isEmpty && !filter.transcripts.contains(coding.transcript) {
        return false
      }
      if !filter.statuses.isEmpty && !filter.statuses.contains(coding.status) { return false }
      guard !filter.roles.isEmpty || !filter.attributes.isEmpty else { return true }
      guard let transcript = catalog.byID[coding.transcript] else { return false }
      for (key, values) in filter.attributes {
        guard let value = transcript.attributes[key]?.description, values.contains(value) else {
          return false
        }
      }
      if !filter.roles.isEmpty {
        let turn = transcript.turn(startingAtOrBefore: coding.span.start)
        guard let turn, AutoCoder.includes(turn, roles: Set(filter.roles)) else { return false }
      }
      return true
    }
  }
}
