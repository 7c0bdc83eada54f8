/// The terms a learned model sees in a passage: its words and pairs of
/// neighbouring words, folded as the keyword matcher folds text, without
/// stop words, lightly stemmed.
///
/// 1. **Words** are runs of letters and digits (the matcher's word
///    scalars, ``KeywordFolding/isWordScalar(_:)``), folded by full Unicode
///    case folding with æ → ae, ø → oe, å → aa (``KeywordFolding/fold(_:)``),
///    so that `Æble`, `æble` and `aeble` are one word. Words of one letter
///    and words without a letter (`2026`, `12`) are left out.
/// 2. **One-word terms** are the words that are not stop words of the
///    language (``TermLanguage/stopWords``), stemmed (``LightStemmer``).
/// 3. **Two-word terms** are each pair of neighbouring words (after step 1)
///    of which at least one is not a stop word, joined by a space, the word
///    that is not a stop word stemmed (`ikke god`, `alle tre`); a stop word
///    inside a pair keeps negations and phrases such as `ikke tryg`.
///
/// ```swift
/// let extractor = TermExtractor(language: .danish)
/// extractor.terms(in: "Vi sad der alle tre.").map(\.text)
/// // ["vi sad", "sad", "sad der", "alle tre", "tre"]  (vi, der and alle are stop words)
/// ```
public struct TermExtractor: Hashable, Sendable {
  /// One word of a passage: its folded form and where it stands.
  public struct Word: Hashable, Sendable {
    /// The word folded (lowercase, æ → ae, ø → oe, å → aa).
    public var folded: String
    /// Its Unicode-scalar offsets in the passage.
    public var range: Range<Int>
  }

  /// One term of a passage and the words it was made of.
  public struct Term: Hashable, Sendable {
    /// The term (one stem, or two joined by a space).
    public var text: String
    /// The Unicode-scalar offsets of its word or words in the passage.
    public var range: Range<Int>
  }

  /// The language of the stop words and the stemmer.
  public var language: TermLanguage
  private var stopWords: Set<String>

  /// Creates an extractor for `language`.
  public init(language: TermLanguage) {
    self.language = language
    stopWords = language.stopWords
  }

  public static func == (lhs: TermExtractor, rhs: TermExtractor) -> Bool {
    lhs.language == rhs.language
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(language) }

  /// The terms of `text`, in order: each word's own term (if any) after the
  /// pair it ends.
  public func terms(in text: String) -> [Term] {
    let words = Self.words(in: text)
    var terms: [Term] = []
    terms.reserveCapacity(words.count * 2)
    var previous: (stem: String, isStop: Bool, range: Range<Int>)?
    for word in words {
      let isStop = stopWords.contains(word.folded)
      let stem = isStop ? word.folded : LightStemmer.stem(word.folded, language: language)
      if let previous, !(previous.isStop && isStop) {
        terms.append(
          Term(
            text: previous.stem + " " + stem,
            range: previous.range.lowerBound..<word.range.upperBound))
      }
      if !isStop { terms.append(Term(text: stem, range: word.range)) }
      previous = (stem, isStop, word.range)
    }
    return terms
  }

  /// The words of `text` that terms are made of: folded, at least two
  /// characters long, holding a letter.
  public static func words(in text: String) -> [Word] {
    var words: [Word] = []
    var folded: [UInt8] = []
    var start = 0
    var offset = 0
    var hasLetter = false
    var length = 0
    func finish() {
      if length >= 2 && hasLetter {
        words.append(Word(folded: String(decoding: folded, as: UTF8.self), range: start..<offset))
      }
      folded.removeAll(keepingCapacity: true)
      hasLetter = false
      length = 0
    }
    for scalar in text.unicodeScalars {
      if isWordScalar(scalar) {
        if length == 0 { start = offset }
        length += 1
        appendFolded(scalar, to: &folded)
        if !(scalar.value >= 0x30 && scalar.value <= 0x39) && scalar.properties.numericType == nil {
          hasLetter = true
        }
      } else if length > 0 {
        finish()
      }
      offset += 1
    }
    if length > 0 { finish() }
    return words
  }

  /// A word folded as ``words(in:)`` folds it.
  public static func fold(_ word: some StringProtocol) -> String {
    var bytes: [UInt8] = []
    for scalar in word.unicodeScalars { appendFolded(scalar, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x30 && value <= 0x39)
    }
    return KeywordFolding.isWordScalar(scalar)
  }

  /// Appends the UTF-8 bytes of `scalar` folded (the keyword matcher's table).
  private static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 {
      bytes.append(FoldTable.shared.ascii[Int(value)])
      return
    }
    var packed = FoldTable.shared.entry(value)
    if packed == 0 {
      UTF8.encode(scalar) { bytes.append($0) }
      return
    }
    let count = Int(packed >> 56)
    for _ in 0..<count {
      bytes.append(UInt8(truncatingIfNeeded: packed))
      packed >>= 8
    }
  }
}
