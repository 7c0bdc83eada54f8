extension PseudonymKey {
  /// The key with the originals of `names` and the identifiers `detected`
  /// added, and what was added.
  ///
  /// The key's mappings stay as they are: an original it has keeps its
  /// pseudonym (a names row that gives it another one is an error), and a
  /// new original never gets a pseudonym the key gives to others, unless
  /// the row says `=original` (the same person). Automatic pseudonyms
  /// count on from the highest number of their category in the key and
  /// the list, so a number is never given twice, even after a row was
  /// removed from the key. Names-list rows that share a fixed pseudonym
  /// are one person. A pseudonym must not itself contain an original.
  ///
  /// - Parameters:
  ///   - names: The researcher's list (`--names`), or an empty one.
  ///   - detected: The identifiers found, in order (canonical values).
  /// - Returns: The merged key, the entries it gained, and warnings (at
  ///   the list's lines).
  /// - Throws: ``PseudonymFileError`` (`conflict`) with every row that
  ///   contradicts the key or the list, at the list's lines.
  public func merging(_ names: NameList, detected: [(PseudonymCategory, String)] = [])
    throws(PseudonymFileError) -> (key: PseudonymKey, added: [Entry], diagnostics: [Diagnostic])
  {
    var merged = self
    var byIdentity: [String: Int] = [:]
    for (index, entry) in entries.enumerated() {
      byIdentity[Self.identity(of: entry.original)] = index
    }
    let keyPseudonyms = Dictionary(
      entries.map { ($0.pseudonym, $0.original) }, uniquingKeysWith: { first, _ in first })
    var next: [PseudonymCategory: Int] = [:]
    func reserve(_ pseudonym: String, _ category: PseudonymCategory) {
      if let number = category.number(of: pseudonym) {
        next[category] = max(next[category] ?? 1, number + 1)
      }
    }
    for entry in entries { reserve(entry.pseudonym, entry.category) }
    for entry in names.entries {
      if case .fixed(let pseudonym) = entry.pseudonym { reserve(pseudonym, entry.category) }
    }
    var problems: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var added: [Entry] = []
    func add(_ entry: Entry) {
      byIdentity[Self.identity(of: entry.original)] = merged.entries.count
      merged.entries.append(entry)
      added.append(entry)
    }
    func automatic(_ category: PseudonymCategory) -> String {
      let number = next[category] ?? 1
      next[category] = number + 1
      return category.pseudonym(number: number)
    }
    // A row of an original the key has, written `=other` for a new
    // original: the other original is the same person, so it takes the
    // key's pseudonym rather than a new one.
    var inherited: [String: String] = [:]
    for row in names.entries {
      guard case .sameAs(let target) = row.pseudonym,
        let index = byIdentity[Self.identity(of: row.original)]
      else { continue }
      let targetIdentity = Self.identity(of: target)
      if let other = byIdentity[targetIdentity] {
        if entries[other].pseudonym != entries[index].pseudonym {
          problems.append(
            .error(
              "'\(row.original)' is '\(entries[index].pseudonym)' and '\(target)' is '\(entries[other].pseudonym)' in the key, so they cannot be the same person; change the key by hand first",
              at: row.pseudonymPosition))
        }
      } else if inherited[targetIdentity] == nil {
        inherited[targetIdentity] = entries[index].pseudonym
      }
    }
    var pending: [NameList.Entry] = []
    for row in names.entries {
      let position = SourcePosition(line: row.line)
      if let index = byIdentity[Self.identity(of: row.original)] {
        let existing = merged.entries[index]
        if case .fixed(let pseudonym) = row.pseudonym, pseudonym != existing.pseudonym {
          problems.append(
            .error(
              "'\(row.original)' is '\(existing.pseudonym)' in the key already; a pseudonym once given is kept (change the key by hand to rename it everywhere first)",
              at: row.pseudonymPosition))
        } else if existing.category != row.category {
          warnings.append(
            .warning(
              "'\(row.original)' is a \(existing.category) in the key; the key's category is kept",
              at: position))
        }
        merged.entries[index].casing = row.casing
        continue
      }
      let inheritedPseudonym = inherited[Self.identity(of: row.original)]
      switch row.pseudonym {
      case .automatic:
        add(
          Entry(
            pseudonym: inheritedPseudonym ?? automatic(row.category), category: row.category,
            original: row.original, casing: row.casing))
      case .fixed(let pseudonym):
        if let inheritedPseudonym, inheritedPseudonym != pseudonym {
          problems.append(
            .error(
              "'\(row.original)' is the same person as an original that is '\(inheritedPseudonym)' in the key, so its pseudonym is '\(inheritedPseudonym)', not '\(pseudonym)'",
              at: row.pseudonymPosition))
          continue
        }
        if inheritedPseudonym == nil, let other = keyPseudonyms[pseudonym] {
          problems.append(
            .error(
              "the pseudonym '\(pseudonym)' is that of '\(other)' in the key; to give '\(row.original)' the same one (the same person), write '=\(other)', else choose another",
              at: row.pseudonymPosition))
          continue
        }
        add(
          Entry(
            pseudonym: pseudonym, category: row.category, original: row.original,
            casing: row.casing))
      case .sameAs:
        pending.append(row)
      }
    }
    // References may point at rows below them, or at other references.
    while !pending.isEmpty {
      var waiting: [NameList.Entry] = []
      for row in pending {
        guard case .sameAs(let target) = row.pseudonym else { continue }
        if let index = byIdentity[Self.identity(of: target)] {
          add(
            Entry(
              pseudonym: merged.entries[index].pseudonym, category: row.category,
              original: row.original, casing: row.casing))
        } else {
          waiting.append(row)
        }
      }
      if waiting.count == pending.count {
        for row in waiting {
          guard case .sameAs(let target) = row.pseudonym else { continue }
          problems.append(
            .error(
              "'=\(target)' names no original of the list or the key, so '\(row.original)' gets no pseudonym",
              at: row.pseudonymPosition))
        }
        break
      }
      pending = waiting
    }
    for (category, value) in detected where byIdentity[Self.identity(of: value)] == nil {
      add(Entry(pseudonym: automatic(category), category: category, original: value))
    }
    problems += merged.pseudonymsHoldingOriginals(lines: names)
    if !problems.isEmpty {
      throw PseudonymFileError(
        .conflict, problems: problems.sorted { ($0.position?.line ?? 0) < ($1.position?.line ?? 0) }
      )
    }
    merged.sort()
    return (merged, added, warnings)
  }

  /// An error for each pseudonym that an original of the key matches
  /// (`Hanne` for `Mette` while `Hanne` is an original too), at the list's
  /// line of that pseudonym when it has one.
  private func pseudonymsHoldingOriginals(lines names: NameList) -> [Diagnostic] {
    let matcher = NameMatcher(
      entries.map {
        NameMatcher.Rule(
          $0.original, casing: $0.casing, takesInflections: !$0.category.isIdentifier)
      })
    var problems: [Diagnostic] = []
    for pseudonym in pseudonyms {
      guard let match = matcher.matches(in: pseudonym).first else { continue }
      let original = matcher.rules[match.rule].original
      let row = names.entries.first { row in
        if case .fixed(pseudonym) = row.pseudonym { true } else { false }
      }
      problems.append(
        .error(
          "the pseudonym '\(pseudonym)' holds the original '\(original)', so the text would still name it; choose another",
          at: row?.pseudonymPosition))
    }
    return problems
  }
}
