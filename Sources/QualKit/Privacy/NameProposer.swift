/// Proposes words of the turns that may be names, for the researcher to
/// review; it never replaces anything.
///
/// Danish writes nouns in lowercase, so a word written with a capital
/// where no sentence starts is most often a name: `hun snakkede med
/// Mette`. A proposal is such a word (a capital, then at least one small
/// letter: `TKI2` and `LK` are not proposed) that is no common Danish
/// word (``DanishWords/common``: the plural `I`, the polite `De`), or a
/// run of such words (`Mette Jensen`, `Vejle Sygehus`), which may start a
/// sentence. A single word that starts a sentence is proposed only when
/// it is one of the common Danish names (``DanishNames``) and no Danish
/// word (`Hans` starts many a sentence as "his"). What the key already
/// replaces is not proposed. A proposal is a person when a word of it is
/// one of the common names, a workplace when its last word names one
/// (`Rosenhøj Plejecenter`, `Vejle Sygehus`); otherwise its category is for
/// the researcher to say. Danish addresses are proposed too, as addresses
/// (``addresses(in:range:)``: `Vestergade 12, 8000 Aarhus C`).
public struct NameProposer: Sendable {
  /// One candidate, with how often and where first it stands.
  public struct Proposal: Hashable, Sendable {
    /// The candidate as first written.
    public var text: String
    /// A person, when a word of it is a common Danish name; else nil.
    public var category: PseudonymCategory?
    /// How many times it stands in the transcripts.
    public var count: Int
    /// The first transcript it stands in.
    public var file: String
    /// Where it first stands there.
    public var position: SourcePosition
  }

  /// The key's pseudonymizer: what it finds is not proposed.
  public var pseudonymizer: Pseudonymizer

  /// Creates a proposer that leaves out what `pseudonymizer` replaces.
  public init(pseudonymizer: Pseudonymizer) {
    self.pseudonymizer = pseudonymizer
  }

  /// The proposals in the turns of `transcripts`, in order of first
  /// appearance.
  public func proposals(in transcripts: [(path: String, transcript: Transcript)]) -> [Proposal] {
    var proposals: [Proposal] = []
    var indices: [String: Int] = [:]
    for (path, transcript) in transcripts {
      let scalars = Array(transcript.text.unicodeScalars)
      let replaced = pseudonymizer.replacements(in: scalars).map(\.range)
      for turn in transcript.turns {
        let addresses = Self.addresses(in: scalars, range: turn.textRange)
        let names = Self.candidates(in: scalars, range: turn.textRange).filter { run in
          !addresses.contains { $0.overlaps(run) }
        }
        let runs = (addresses.map { ($0, true) } + names.map { ($0, false) }).sorted {
          $0.0.lowerBound < $1.0.lowerBound
        }
        for (run, isAddress) in runs where !replaced.contains(where: { $0.overlaps(run) }) {
          let text = Pseudonymizer.text(scalars, run)
          let identity = PseudonymKey.identity(of: text)
          if let index = indices[identity] {
            proposals[index].count += 1
            continue
          }
          indices[identity] = proposals.count
          let words = text.split(separator: " ").map(String.init)
          let category: PseudonymCategory? =
            if isAddress {
              .address
            } else if words.contains(where: DanishNames.contains) {
              .person
            } else if let last = words.last, Self.workplaceWords.contains(last.lowercased()) {
              .workplace
            } else {
              nil
            }
          proposals.append(
            Proposal(
              text: text, category: category, count: 1, file: path,
              position: PseudonymOccurrence.position(of: run.lowerBound, in: transcript.lines)))
        }
      }
    }
    return Self.mergingGenitives(proposals)
  }

  /// The proposals with each genitive (`Kirstens`, `Lars Kjeldsens`) counted
  /// with its name when the name is proposed too or is a common name,
  /// under the name.
  static func mergingGenitives(_ proposals: [Proposal]) -> [Proposal] {
    var result: [Proposal] = []
    var indices: [String: Int] = [:]
    let bases = Set(proposals.map { PseudonymKey.identity(of: $0.text) })
    for proposal in proposals {
      var proposal = proposal
      let base = String(proposal.text.dropLast())
      let lastWord = base.split(separator: " ").last.map(String.init) ?? base
      if proposal.text.hasSuffix("s"), !base.hasSuffix("s"),
        bases.contains(PseudonymKey.identity(of: base)) || DanishNames.contains(lastWord)
      {
        proposal.text = base
        if DanishNames.contains(lastWord) { proposal.category = .person }
      }
      let identity = PseudonymKey.identity(of: proposal.text)
      if let index = indices[identity] {
        result[index].count += proposal.count
      } else {
        indices[identity] = result.count
        result.append(proposal)
      }
    }
    return result
  }

  /// The runs of capitalised words in `scalars[range]` worth proposing.
  static func candidates(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
    var words: [(range: Range<Int>, atSentenceStart: Bool)] = []
    var offset = range.lowerBound
    while offset < range.upperBound {
      guard scalars[offset].properties.isAlphabetic,
        offset == range.lowerBound || !NameMatcher.isWord(scalars[offset - 1])
      else {
        offset += 1
        continue
      }
      var end = offset
      while end < range.upperBound
        && (NameMatcher.isWord(scalars[end])
          || (scalars[end] == "-" && end + 1 < range.upperBound
            && scalars[end + 1].properties.isAlphabetic))
      {
        end += 1
      }
      if isCapitalized(scalars[offset..<end]) {
        words.append((offset..<end, isSentenceStart(scalars, at: offset, from: range.lowerBound)))
      }
      offset = end
    }
    // Join words that follow each other with one space between.
    var runs: [[(range: Range<Int>, atSentenceStart: Bool)]] = []
    for word in words {
      if let last = runs.last?.last, last.range.upperBound + 1 == word.range.lowerBound,
        scalars[last.range.upperBound] == " "
      {
        runs[runs.count - 1].append(word)
      } else {
        runs.append([word])
      }
    }
    return runs.compactMap { run -> Range<Int>? in
      // Common words at either end are no part of a name (`Og Mette`),
      // unless they are names too (`Hans Jensen`).
      var run = run[...]
      func isCommonWord(_ word: Range<Int>) -> Bool {
        let text = Pseudonymizer.text(scalars, word)
        return DanishWords.common.contains(text.lowercased()) && !DanishNames.contains(text)
      }
      while let first = run.first, isCommonWord(first.range) { run = run.dropFirst() }
      while let last = run.last, isCommonWord(last.range) { run = run.dropLast() }
      guard let first = run.first, let last = run.last else { return nil }
      if run.count == 1 {
        let word = Pseudonymizer.text(scalars, first.range)
        if DanishWords.common.contains(word.lowercased()) { return nil }
        if first.atSentenceStart && (!DanishNames.contains(word) || DanishWords.isWord(word)) {
          return nil
        }
      }
      return first.range.lowerBound..<last.range.upperBound
    }
  }

  /// A capital, then at least one small letter.
  private static func isCapitalized(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = word.first, first.properties.isUppercase, word.count >= 2 else {
      return false
    }
    return word.contains { $0.properties.isLowercase }
  }

  /// Whether a sentence starts at `offset`: nothing but spaces, quotes,
  /// dashes and brackets between it and the turn's start or the end of a
  /// sentence (`.`, `!`, `?`, `:`, `…`).
  private static func isSentenceStart(_ scalars: [Unicode.Scalar], at offset: Int, from start: Int)
    -> Bool
  {
    var index = offset - 1
    while index >= start, " \t\n\"'«»“”„‘’–—-([".unicodeScalars.contains(scalars[index]) {
      index -= 1
    }
    return index < start || ".!?:…".unicodeScalars.contains(scalars[index])
  }

  /// The proposals as a names list to review and pass back with
  /// `--names`: `original,category,pseudonym,match,occurrences,first`,
  /// the category `person`, `workplace`, `address` or empty (to fill in),
  /// in order.
  public static func namesCSV(_ proposals: [Proposal]) -> String {
    var text = "original,category,pseudonym,match,occurrences,first\n"
    for proposal in proposals {
      let fields = [
        proposal.text, proposal.category?.name ?? "", "", "", "\(proposal.count)",
        "\(proposal.file):\(proposal.position.line)",
      ]
      text += fields.map(PseudonymKey.csvField).joined(separator: ",") + "\n"
    }
    return text
  }
}
