/// Where the report's accepted codings came from: a coder's own hand, or
/// proposals (keyword rules, another program's tags, a learned model) that a
/// coder reviewed and accepted.
public struct CodingProvenance: Hashable, Sendable {
  /// Accepted codings counted.
  public var accepted = 0
  /// Of them, accepted keyword proposals.
  public var keyword = 0
  /// Of them, accepted imported tags.
  public var imported = 0
  /// Of them, accepted proposals of each learned model, by its file.
  public var models: [String: Int] = [:]

  /// Counts `codings` (those a coder policy counts).
  public init(_ codings: [Coding]) {
    for coding in codings where coding.status == .accepted {
      accepted += 1
      switch coding.origin {
      case .manual: break
      case .keyword: keyword += 1
      case .imported: imported += 1
      case .model(let file): models[file, default: 0] += 1
      }
    }
  }

  /// Accepted codings that began as proposals.
  public var proposals: Int { keyword + imported + models.values.reduce(0, +) }
}

extension ReportBuilder {
  /// The methods' sentence on assisted coding, or nil when every counted
  /// coding was made by hand.
  func assistedCodingSentence() -> String? {
    let provenance = self.provenance
    guard provenance.proposals > 0 else { return nil }
    var parts: [String] = []
    if provenance.keyword > 0 { parts.append(words(.assistedKeyword, provenance.keyword)) }
    if provenance.imported > 0 { parts.append(words(.assistedImported, provenance.imported)) }
    for (file, count) in provenance.models.sorted(by: { $0.key < $1.key }) {
      if let fact = options.models[file] {
        parts.append(
          words(
            .assistedModel, count, words.list(fact.coders), fact.transcripts, file, fact.hash))
      } else {
        parts.append(words(.assistedModelUnread, count, file))
      }
    }
    return words(.assistedCoding, provenance.accepted, provenance.proposals, words.list(parts))
  }
}
