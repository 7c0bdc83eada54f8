/// Why a learned model proposed a coding: its probability and the terms of
/// the passage that weighed most for the code.
///
/// Stored in the coding line as the optional member `"model"`:
///
/// ```json
/// "model":{"probability":0.8123,"reasons":[{"term":"trepartssamtal","words":"trepartssamtalen","weight":0.912}]}
/// ```
///
/// A QualKit that does not know the member keeps it, byte for byte, as one
/// of the coding's ``Coding/extraMembers``.
public struct ModelEvidence: Hashable, Sendable {
  /// One term that weighed for the code.
  public struct Reason: Hashable, Sendable {
    /// The term as the model knows it (folded and stemmed, one or two words).
    public var term: String
    /// The words of the passage it stands for, as written there.
    public var words: String
    /// What the term added to the code's score (its weight times its tf-idf
    /// value in the passage, on the log-odds scale).
    public var weight: Double

    /// Creates a reason.
    public init(term: String, words: String, weight: Double) {
      self.term = term
      self.words = words
      self.weight = weight
    }
  }

  /// The model's probability that the code applies to the passage.
  public var probability: Double
  /// The terms that weighed most for the code, heaviest first.
  public var reasons: [Reason]

  /// Creates the evidence of a proposal.
  public init(probability: Double, reasons: [Reason]) {
    self.probability = probability
    self.reasons = reasons
  }

  /// `p = 0.81: "trepartssamtalen" +0.91, "alle tre" +0.45`.
  public var summary: String {
    let probability = "p = " + NumberFormat.fixed(self.probability, decimals: 2)
    guard !reasons.isEmpty else { return probability + " (no term weighed for it)" }
    return probability + ": "
      + reasons.map { "\"\($0.words)\" +" + NumberFormat.fixed($0.weight, decimals: 2) }
      .joined(separator: ", ")
  }
}
