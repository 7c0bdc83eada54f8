extension Quote {
  /// `text` cut to at most about `limit` characters at a sentence boundary,
  /// with `[…]` where text was left out.
  ///
  /// Whole sentences are kept from the start while they fit; a first
  /// sentence longer than `limit` is cut at the last word boundary before
  /// it. Line breaks become spaces.
  public static func sentences(_ text: String, limit: Int) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
      .trimmingCharacters(in: " \t")
    guard flat.count > limit else { return flat }
    var kept = ""
    var sentence = ""
    var previous: Character?
    for character in flat {
      // A sentence ends at . ! ? (or …) followed by a space.
      if character == " ", let previous, ".!?…".contains(previous) {
        if kept.count + sentence.count > limit { break }
        kept += sentence
        sentence = ""
      }
      sentence.append(character)
      previous = character
    }
    if kept.isEmpty {
      // Drop the last word only when the cut falls inside it.
      let cutsWord =
        flat.prefix(limit).last != " " && (flat.dropFirst(limit).first.map { $0 != " " } ?? false)
      let words = flat.prefix(limit).split(separator: " ").dropLast(cutsWord ? 1 : 0)
      return (words.isEmpty ? String(flat.prefix(limit)) : words.joined(separator: " ")) + " […]"
    }
    return kept.trimmingCharacters(in: " ") + " […]"
  }
}
