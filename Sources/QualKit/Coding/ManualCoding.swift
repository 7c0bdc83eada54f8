/// The rules of coding by hand: adding a coding to a coder's codings and
/// removing one by the address it was made with.
public enum ManualCoding {
  /// What tagging did.
  public enum Outcome: String, Hashable, Sendable {
    /// The coding was added.
    case coded = "coded"
    /// The span was already coded with the code; only its memo changed.
    case updatedMemo = "updated the memo of"
    /// The span was already coded with the code; it is now marked as an exemplar.
    case markedExemplar = "marked as exemplar"
    /// The span was already coded with the code; nothing changed.
    case alreadyCoded = "already coded"
  }

  /// Adds `coding` to `codings`, unless the coder already applied its code
  /// to its span: then only a new memo and the exemplar mark are taken over
  /// (tagging never removes a mark).
  ///
  /// - Returns: What happened, and the coding as it now is in `codings`.
  public static func tag(_ coding: Coding, into codings: inout [Coding]) -> (Outcome, Coding) {
    guard let index = codings.firstIndex(where: { $0.isSameApplication(as: coding) }) else {
      codings.append(coding)
      return (.coded, coding)
    }
    var outcome = Outcome.alreadyCoded
    if coding.isExemplar && !codings[index].isExemplar {
      codings[index].isExemplar = true
      outcome = .markedExemplar
    }
    if let memo = coding.memo, codings[index].memo != memo {
      codings[index].memo = memo
      outcome = .updatedMemo
    }
    return (outcome, codings[index])
  }

  /// Removes the codings of `code` by `coder` with exactly `span`'s offsets
  /// in `transcript`.
  ///
  /// Offsets decide, not line numbers: a coding's stored lines are those of
  /// the transcript it was made on, which may have changed since.
  ///
  /// - Returns: The codings removed.
  /// - Throws: ``ManualCodingError`` when none has exactly that span,
  ///   listing the codings of the code that overlap it.
  public static func untag(
    transcript: String, code: String, coder: String, span: Span, from codings: inout [Coding]
  ) throws(ManualCodingError) -> [Coding] {
    let matches = codings.filter {
      $0.transcript == transcript && $0.code == code && $0.span.range == span.range
        && $0.coder == coder
    }
    guard !matches.isEmpty else {
      let overlapping = codings.filter {
        $0.transcript == transcript && $0.code == code && $0.span.overlaps(span)
      }
      var message = "\(coder) has no coding of \(code) at exactly \(transcript) \(span)"
      if !overlapping.isEmpty {
        message +=
          "; overlapping codings: "
          + overlapping.map { "\($0.span) (--span \($0.span.start)-\($0.span.end))" }
          .joined(separator: ", ")
      }
      throw ManualCodingError(
        kind: overlapping.isEmpty ? .notCoded : .overlapsOnly, message: message)
    }
    codings.removeAll { matches.contains($0) }
    return matches
  }
}
