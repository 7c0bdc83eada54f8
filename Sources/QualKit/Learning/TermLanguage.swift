/// The language whose stop words and stemming a learned model uses.
///
/// Both lists are folded as the keyword matcher folds text (lowercase, æ → ae,
/// ø → oe, å → aa), since they are compared with folded words. They follow
/// the Snowball project's stop-word lists (BSD licence), with the fillers of
/// spoken interviews added (Danish `øh`, `altså`, `ja`; English `um`, `yeah`,
/// `okay`), and the pieces English contractions split into (`don`, `ll`).
public enum TermLanguage: String, Hashable, Sendable, CaseIterable {
  /// Danish.
  case danish = "da"
  /// English.
  case english = "en"

  /// The language's stop words, folded.
  public var stopWords: Set<String> {
    switch self {
    case .danish: Self.danishStopWords
    case .english: Self.englishStopWords
    }
  }

  /// The language whose stop words are more frequent among `words`
  /// (folded words, as ``TermExtractor/words(in:)`` gives them); Danish on a tie.
  public static func detected(counting words: some Sequence<String>) -> TermLanguage {
    var danish = 0
    var english = 0
    for word in words {
      if danishStopWords.contains(word) { danish += 1 }
      if englishStopWords.contains(word) { english += 1 }
    }
    return english > danish ? .english : .danish
  }

  private static let danishStopWords: Set<String> = folded(
    """
    ad af alle alt altså anden at bare blev blive bliver da de dem den denne der deres det \
    dette dig din disse dog du efter eller en end er et for fra ham han hans har havde have \
    hende hendes her hos hun hvad hvis hvor i ikk ikke ind jeg jer jo ja kunne lige ligesom \
    man mange med meget men mig min mine mit mod ned nej noget nogle nu nå når og også ok okay \
    om op os over på så sådan selv sig sin sine sit skal skulle som thi til ud under var vi \
    vil ville vor være været æh øh øhm hm hmm mm mhm
    """)

  private static let englishStopWords: Set<String> = folded(
    """
    a about above after again against all also am an and any are aren as at be because been \
    before being below between both but by can cannot could couldn did didn do does doesn \
    doing don down during each er erm few for from further had hadn has hasn have haven \
    having he her here hers herself him himself his how if in into is isn it its itself just \
    ll me mhm mm more most my myself no nor not now of off oh ok okay on once only or other \
    ought our ours ourselves out over own re same shan she should shouldn so some such than \
    that the their theirs them themselves then there these they this those through to too uh \
    um under until up ve very was wasn we well were weren what when where which while who \
    whom why will with won would wouldn yeah yes you your yours yourself yourselves hmm
    """)

  /// The words of `list`, folded.
  private static func folded(_ list: String) -> Set<String> {
    Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TermExtractor.fold($0) })
  }
}
