/// A review without asking: reject the proposals of some codes, and accept
/// the others or leave them proposed.
///
/// ```swift
/// let review = BatchReview(acceptsAll: true, rejectedCodes: ["single-entry"])
/// let tally = review.apply(to: &file.codings) { $0.status == .proposed }
/// print(tally.summary(path: "Codings/auto.jsonl"))
/// // accepted 24, rejected 1 proposed codings in Codings/auto.jsonl
/// BatchReview.coverage(["single-entry"], verb: "rejected", counts: tally.rejectedByCode,
///   index: index).forEach { print($0) }
/// // rejected 1 proposed coding of single-entry
/// ```
public struct BatchReview: Hashable, Sendable {
  /// What a batch review did.
  public struct Tally: Hashable, Sendable {
    /// How many proposals were accepted.
    public var accepted: Int
    /// How many proposals were rejected.
    public var rejected: Int
    /// How many codings of the file are still proposed.
    public var stillProposed: Int
    /// How many proposals were selected for the review, by code.
    public var selectedByCode: [String: Int]
    /// How many proposals were rejected, by code.
    public var rejectedByCode: [String: Int]

    /// Creates a tally.
    public init(
      accepted: Int, rejected: Int, stillProposed: Int, selectedByCode: [String: Int] = [:],
      rejectedByCode: [String: Int] = [:]
    ) {
      self.accepted = accepted
      self.rejected = rejected
      self.stillProposed = stillProposed
      self.selectedByCode = selectedByCode
      self.rejectedByCode = rejectedByCode
    }

    /// The line that reports the review of the coding file at `path`.
    public func summary(path: String) -> String {
      let total = accepted + rejected
      var line =
        "accepted \(accepted), rejected \(rejected) proposed coding\(total == 1 ? "" : "s") in \(path)"
      if stillProposed > 0 { line += "; \(stillProposed) still proposed" }
      return line
    }
  }

  /// Whether the selected proposals that are not rejected are accepted.
  public var acceptsAll: Bool
  /// The ids of the codes whose selected proposals are rejected (sub-trees
  /// already expanded).
  public var rejectedCodes: Set<String>
  /// Who reviews, recorded in every coding accepted or rejected (nil: nobody).
  public var reviewer: String?

  /// Creates a batch review.
  public init(acceptsAll: Bool, rejectedCodes: Set<String>, reviewer: String? = nil) {
    self.acceptsAll = acceptsAll
    self.rejectedCodes = rejectedCodes
    self.reviewer = reviewer
  }

  /// Reviews the selected codings of a file in place: those of a rejected
  /// code become rejected, the others accepted when ``acceptsAll``.
  ///
  /// - Parameters:
  ///   - codings: The codings of the file, changed in place.
  ///   - isSelected: Which codings to review (the caller selects proposed ones).
  /// - Returns: How many were accepted and rejected, and how many are still proposed.
  public func apply(to codings: inout [Coding], where isSelected: (Coding) -> Bool) -> Tally {
    var accepted = 0
    var rejected = 0
    var selectedByCode: [String: Int] = [:]
    var rejectedByCode: [String: Int] = [:]
    for index in codings.indices where isSelected(codings[index]) {
      selectedByCode[codings[index].code, default: 0] += 1
      if rejectedCodes.contains(codings[index].code) {
        codings[index].status = .rejected
        codings[index].reviewer = reviewer
        rejected += 1
        rejectedByCode[codings[index].code, default: 0] += 1
      } else if acceptsAll {
        codings[index].status = .accepted
        codings[index].reviewer = reviewer
        accepted += 1
      }
    }
    let left = codings.filter { $0.status == .proposed }.count
    return Tally(
      accepted: accepted, rejected: rejected, stillProposed: left,
      selectedByCode: selectedByCode, rejectedByCode: rejectedByCode)
  }

  /// What each code given on the command line covered, one line a code.
  ///
  /// For `--reject-code` and `--code`: how many proposals the code took and
  /// which codes below it it covered, so that a parent's sub-codes are never
  /// acted on unseen:
  ///
  ///     rejected 7 proposed codings of single-entry and its sub-codes x, y
  ///
  /// - Parameters:
  ///   - roots: The codes as given, in order (a repeated one counts once).
  ///   - verb: What was done to the proposals (`rejected`, `selected`).
  ///   - counts: How many proposals of each code it was done to.
  ///   - index: The codebook, for the sub-codes (nil: codes stand alone).
  /// - Returns: The lines; a proposal under two of `roots` counts for the first.
  public static func coverage(
    _ roots: [String], verb: String, counts: [String: Int], index: CodebookIndex?
  ) -> [String] {
    var counted = Set<String>()
    var lines: [String] = []
    for root in roots where !counted.contains(root) {
      let subtree = index?.subtree(of: root) ?? []
      let covered = subtree.isEmpty ? [root] : subtree
      let count = covered.filter { counted.insert($0).inserted }.reduce(0) {
        $0 + counts[$1, default: 0]
      }
      var line = "\(verb) \(count) proposed coding\(count == 1 ? "" : "s") of \(root)"
      let below = covered.dropFirst()
      if !below.isEmpty {
        line += " and its sub-code\(below.count == 1 ? "" : "s") " + below.joined(separator: ", ")
      }
      lines.append(line)
    }
    return lines
  }
}
