extension NameProposer {
  /// The endings of Danish street names (`Vestergade`, `Rosenvænget`,
  /// `H.C. Andersens Boulevard`), in lowercase.
  static let streetEndings = [
    "vej", "gade", "allé", "alle", "stræde", "vænge", "vænget", "torv", "plads", "boulevard",
    "parken", "bakken", "stien", "haven", "engen",
  ]

  /// The last words of workplace and institution names (`Rosenhøj
  /// Plejecenter`, `Vejle Sygehus`, `Aarhus Kommune`), in lowercase.
  static let workplaceWords: Set<String> = [
    "plejecenter", "plejehjem", "sygehus", "hospital", "hospitalet", "kommune", "jobcenter",
    "skole", "gymnasium", "børnehave", "vuggestue", "apotek", "klinik", "aps", "a/s",
  ]

  /// The Danish addresses in `scalars[range]`: a street name and a house
  /// number (`Vestergade 12`, `Ørsteds Vej 10B`), a postcode and town
  /// (`8000 Aarhus C`), or both joined by a comma (`Vestergade 12, 8000
  /// Aarhus C`), in order.
  static func addresses(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var offset = range.lowerBound
    while offset < range.upperBound {
      let atWordStart = offset == range.lowerBound || !NameMatcher.isWord(scalars[offset - 1])
      guard atWordStart else {
        offset += 1
        continue
      }
      if var address = street(in: scalars, at: offset, end: range.upperBound)
        ?? postcode(in: scalars, at: offset, end: range.upperBound)
      {
        // `Vestergade 12, 8000 Aarhus C`: one address.
        let next = address.upperBound + 2
        if next < range.upperBound, scalars[address.upperBound] == ",",
          scalars[address.upperBound + 1] == " ",
          let town = postcode(in: scalars, at: next, end: range.upperBound)
        {
          address = address.lowerBound..<town.upperBound
        }
        found.append(address)
        offset = address.upperBound
      } else {
        offset += 1
      }
    }
    return found
  }

  /// A street name and house number starting at `offset`.
  ///
  /// Up to two capitalised words that are no common words, then one ending
  /// as a street does, then a number (with a letter, if any). A common word
  /// before the street's name is left out (`Gammel Kongevej 10` gives
  /// `Kongevej 10`): the researcher completes the proposal.
  private static func street(in scalars: [Unicode.Scalar], at offset: Int, end: Int)
    -> Range<Int>?
  {
    var index = offset
    for _ in 0..<3 {
      let wordEnd = self.wordEnd(in: scalars, from: index, end: end)
      guard wordEnd > index, scalars[index].properties.isUppercase else { return nil }
      let word = Pseudonymizer.text(scalars, index..<wordEnd).lowercased()
      guard wordEnd < end, scalars[wordEnd] == " " else { return nil }
      if streetEndings.contains(where: { word.hasSuffix($0) }) {
        guard let number = houseNumber(in: scalars, at: wordEnd + 1, end: end) else {
          return nil
        }
        return offset..<number
      }
      if DanishWords.common.contains(word) { return nil }
      index = wordEnd + 1
    }
    return nil
  }

  /// Where a house number starting at `offset` ends (`12`, `10B`), or nil.
  private static func houseNumber(in scalars: [Unicode.Scalar], at offset: Int, end: Int)
    -> Int?
  {
    var index = offset
    while index < end && index - offset < 4 && isDigit(scalars[index]) { index += 1 }
    guard index > offset, scalars[offset] != "0" else { return nil }
    if index < end, scalars[index].properties.isAlphabetic,
      index + 1 == end || !NameMatcher.isWord(scalars[index + 1])
    {
      index += 1
    }
    guard index == end || !NameMatcher.isWord(scalars[index]) else { return nil }
    return index
  }

  /// A postcode and town starting at `offset` (`8000 Aarhus C`, `2200
  /// København N`): four digits from 1000, a capitalised town that is no
  /// common word (so `i 2019 Jeg` is none), and a district letter or two.
  private static func postcode(in scalars: [Unicode.Scalar], at offset: Int, end: Int)
    -> Range<Int>?
  {
    guard offset + 6 < end, scalars[offset] != "0",
      (offset..<(offset + 4)).allSatisfy({ isDigit(scalars[$0]) }),
      scalars[offset + 4] == " ", scalars[offset + 5].properties.isUppercase
    else { return nil }
    let townEnd = wordEnd(in: scalars, from: offset + 5, end: end)
    let town = Pseudonymizer.text(scalars, (offset + 5)..<townEnd)
    guard town.unicodeScalars.count >= 2,
      town.unicodeScalars.contains(where: \.properties.isLowercase),
      !DanishWords.common.contains(town.lowercased())
    else { return nil }
    var upper = townEnd
    // A district: `C`, `N`, `SV`, `Ø`.
    if townEnd + 1 < end, scalars[townEnd] == " " {
      var index = townEnd + 1
      while index < end && index - townEnd <= 2 && scalars[index].properties.isUppercase {
        index += 1
      }
      if index > townEnd + 1 && index - townEnd <= 3
        && (index == end || !NameMatcher.isWord(scalars[index]))
      {
        upper = index
      }
    }
    return offset..<upper
  }

  /// Where the word (letters, digits and inner hyphens) from `offset` ends.
  private static func wordEnd(in scalars: [Unicode.Scalar], from offset: Int, end: Int) -> Int {
    var index = offset
    while index < end
      && (NameMatcher.isWord(scalars[index])
        || (scalars[index] == "-" && index + 1 < end && NameMatcher.isWord(scalars[index + 1])))
    {
      index += 1
    }
    return index
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }
}
