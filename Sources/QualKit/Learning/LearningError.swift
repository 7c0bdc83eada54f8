/// Why a model cannot be trained, evaluated or used: a kind that the
/// command-line tool maps to its exit status, and a message.
public struct LearningError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Hashable, Sendable {
    /// The project has no codebook to learn its codes.
    case noCodebook
    /// A code asked for is not in the codebook (with the nearest ids).
    case unknownCode(String, nearest: [String])
    /// A code asked for only groups others and is never coded.
    case notCodable(String)
    /// No counted coder coded any transcript.
    case nothingCoded(coders: [String])
    /// No code has enough examples to learn.
    case nothingToLearn
    /// Cross-validation needs coded transcripts to hold out.
    case tooFewTranscripts(Int)
    /// The model was trained on codes the codebook no longer has, or that
    /// only group others now.
    case codesMissing([String], codebook: String)
  }

  /// What went wrong.
  public var kind: Kind

  /// Creates an error.
  public init(_ kind: Kind) { self.kind = kind }

  /// The message: a lowercase fragment without a final period.
  public var description: String {
    switch kind {
    case .noCodebook:
      return "the project has no codebook (Codebooks/*.json), so there are no codes to learn"
    case .unknownCode(let code, let nearest):
      return "unknown code '\(code)'" + Suggestions.hint(nearest: nearest)
    case .notCodable(let code):
      return "code '\(code)' only groups other codes and is never coded; name the codes below it"
    case .nothingCoded(let coders):
      let who = coders.isEmpty ? "no coder" : coders.joined(separator: ", ")
      return "nothing to learn from: \(who) coded no transcript (qualkit tag, or review "
        + "proposals with --reviewer NAME)"
    case .nothingToLearn:
      return "no code has enough coded units to learn"
    case .tooFewTranscripts(let count):
      return "cross-validation holds out whole transcripts and needs at least 2 coded "
        + "transcripts; there \(count == 1 ? "is" : "are") \(count)"
    case .codesMissing(let codes, let codebook):
      return "the model was trained on another codebook: "
        + "\(codes.count == 1 ? "code" : "codes") \(codes.joined(separator: ", ")) "
        + "\(codes.count == 1 ? "is" : "are") not codable in \(codebook); train it again "
        + "(qualkit learn)"
    }
  }
}
