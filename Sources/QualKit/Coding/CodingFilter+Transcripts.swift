extension CodingFilter {
  /// Whether `transcript` passes the filter's transcript and attribute
  /// criteria (the other criteria are about codings).
  public func selects(_ transcript: Transcript) -> Bool {
    (transcripts.isEmpty || transcripts.contains(transcript.id))
      && attributes.allSatisfy { key, values in
        transcript.attributes[key].map { values.contains($0.description) } ?? false
      }
  }
}
