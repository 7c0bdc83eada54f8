/// Proposes codings from a learned model: for each unit of a transcript (the
/// model's kind of unit, of the speakers it was trained on), the codes whose
/// probability reaches a threshold, or each unit's most probable codes.
///
/// Each proposal is a coding of the whole unit with status
/// ``Coding/Status/proposed``, origin ``Coding/Origin/model(_:)`` naming the
/// model file, and its ``Coding/evidence``: the probability and the terms
/// that weighed most. Proposals are never accepted here; `qualkit review`
/// shows them with their reasons.
///
/// ```swift
/// let proposer = ModelProposer(model: model, file: "Codings/models/model.json")
/// let codings = proposer.proposals(for: transcript)
/// ```
public struct ModelProposer: Sendable {
  /// Which codes a unit gets.
  public enum Selection: Hashable, Sendable {
    /// Every code whose probability is at least the value.
    case threshold(Double)
    /// The unit's `k` most probable codes, whatever their probability
    /// (ties by codebook order).
    case top(Int)
  }

  /// The model.
  public var model: LearnedModel
  /// The model file as the origin names it.
  public var file: String
  /// The coder the proposals carry.
  public var coder: String
  /// Which codes a unit gets.
  public var selection: Selection
  /// How many reasons each proposal keeps.
  public var reasonCount: Int

  /// Creates a proposer.
  public init(
    model: LearnedModel, file: String, coder: String = "model",
    selection: Selection = .threshold(0.5), reasonCount: Int = 5
  ) {
    self.model = model
    self.file = file
    self.coder = coder
    self.selection = selection
    self.reasonCount = reasonCount
  }

  /// The proposals for `transcript`, in coding-file order.
  public func proposals(for transcript: Transcript) -> [Coding] {
    let units = LearningUnit.units(
      of: transcript, kind: model.training.unit, roles: model.training.speakers.map(Set.init))
    let hash = transcript.contentHash
    var codings: [Coding] = []
    for unit in units {
      let passage = model.passage(unit.text)
      let probabilities = model.classifiers.map { model.probability($0, passage) }
      let chosen: [Int]
      switch selection {
      case .threshold(let threshold):
        chosen = probabilities.indices.filter { probabilities[$0] >= threshold }
      case .top(let count):
        chosen = Array(
          probabilities.indices.sorted {
            probabilities[$0] != probabilities[$1] ? probabilities[$0] > probabilities[$1] : $0 < $1
          }.prefix(count))
      }
      for index in chosen {
        let classifier = model.classifiers[index]
        codings.append(
          Coding(
            transcript: transcript.id, code: classifier.code, coder: coder, span: unit.span,
            origin: .model(file), status: .proposed, text: unit.text, transcriptHash: hash,
            evidence: model.evidence(classifier, passage, limit: reasonCount)))
      }
    }
    return codings.sorted(by: Coding.fileOrder)
  }

  /// Whether the model learned from `transcript` as it is now: proposals
  /// there repeat what the model was taught (`agree` against the coders it
  /// learned from measures fit, not quality).
  public func wasTrained(on transcript: Transcript) -> Bool {
    model.training.transcripts.contains {
      $0.id == transcript.id && $0.hash == transcript.contentHash
    }
  }
}
