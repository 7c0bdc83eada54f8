/// Answer wordings that survey tools and questionnaires use, in English,
/// Danish, German, French, Norwegian and Swedish, with their place on a
/// scale: what orders a set of labels that no built-in scale has.
///
/// Each family (agreement, extent, satisfaction, frequency, quality,
/// importance, likelihood) gives every wording a rank, higher for more;
/// labels are ordered when one family knows all of them at different ranks.
/// Don't-know wordings ("Ved ikke", "Weiß nicht", "Prefer not to say") are
/// listed apart: they are missing answers, not levels.
public enum LikertWordings {
  /// One family of wordings: its name and each wording's rank.
  public struct Family: Hashable, Sendable {
    /// A short name, such as `agree`.
    public var name: String
    /// Rank by folded wording (see ``fold(_:)``).
    public var ranks: [String: Int]
  }

  /// The families, in the order they are tried.
  public static let families: [Family] = [
    family(
      "agree",
      [
        3: [
          "strongly agree", "completely agree", "totally agree", "fully agree", "helt enig",
          "fuldstændig enig", "stimme voll und ganz zu", "stimme völlig zu", "stimme voll zu",
          "trifft voll und ganz zu", "trifft völlig zu", "trifft voll zu",
          "tout à fait d'accord", "entièrement d'accord", "totalement d'accord", "svært enig",
          "instämmer helt", "instämmer helt och hållet", "stämmer helt", "stämmer mycket bra",
        ],
        2: [
          "agree", "mostly agree", "enig", "overvejende enig", "stimme zu", "trifft zu",
          "d'accord", "instämmer", "stämmer bra",
        ],
        1: [
          "somewhat agree", "slightly agree", "tend to agree", "partly agree", "delvis enig",
          "delvist enig", "lidt enig", "stimme eher zu", "trifft eher zu", "stimme teilweise zu",
          "plutôt d'accord", "assez d'accord", "litt enig", "instämmer delvis",
          "stämmer ganska bra",
        ],
        0: [
          "neither agree nor disagree", "neither agree or disagree", "neutral", "undecided",
          "hverken enig eller uenig", "hverken eller", "hverken/eller", "weder noch",
          "teils/teils", "teils teils", "teils, teils", "unentschieden",
          "ni d'accord ni pas d'accord", "ni en accord ni en désaccord", "neutre",
          "verken enig eller uenig", "nøytral", "varken enig eller oenig", "varken eller",
          "varken instämmer eller tar avstånd",
        ],
        -1: [
          "somewhat disagree", "slightly disagree", "tend to disagree", "partly disagree",
          "delvis uenig", "delvist uenig", "lidt uenig", "stimme eher nicht zu",
          "trifft eher nicht zu", "plutôt pas d'accord", "plutôt en désaccord",
          "pas vraiment d'accord", "litt uenig", "delvis oenig", "tar delvis avstånd",
          "stämmer ganska dåligt",
        ],
        -2: [
          "disagree", "mostly disagree", "uenig", "overvejende uenig", "stimme nicht zu",
          "trifft nicht zu", "pas d'accord", "en désaccord", "oenig", "tar avstånd",
          "instämmer inte", "stämmer dåligt",
        ],
        -3: [
          "strongly disagree", "completely disagree", "totally disagree", "helt uenig",
          "fuldstændig uenig", "stimme überhaupt nicht zu", "stimme gar nicht zu",
          "stimme ganz und gar nicht zu", "trifft überhaupt nicht zu", "trifft gar nicht zu",
          "pas du tout d'accord", "tout à fait en désaccord", "totalement en désaccord",
          "svært uenig", "helt oenig", "tar helt avstånd", "instämmer inte alls",
          "stämmer inte alls",
        ],
      ]),
    family(
      "extent",
      [
        4: [
          "to a very great extent", "to a very large extent", "i meget høj grad",
          "in sehr hohem maße", "in sehr hohem masse", "dans une très grande mesure",
          "i svært stor grad", "i meget stor grad", "i mycket hög grad",
          "i mycket stor utsträckning",
        ],
        3: [
          "to a great extent", "to a large extent", "i høj grad", "in hohem maße",
          "in hohem masse", "dans une grande mesure", "i stor grad", "i hög grad",
          "i stor utsträckning",
        ],
        2: [
          "to some extent", "to a moderate extent", "to a certain extent", "i nogen grad",
          "in gewissem maße", "in gewissem masse", "teilweise", "dans une certaine mesure",
          "i noen grad", "i noe grad", "i viss grad", "till viss del", "i viss utsträckning",
        ],
        1: [
          "to a small extent", "to a little extent", "to a limited extent", "i mindre grad",
          "i ringe grad", "kun i ringe grad", "in geringem maße", "in geringem masse",
          "dans une faible mesure", "i liten grad", "i låg grad", "i liten utsträckning",
        ],
        0: [
          "not at all", "slet ikke", "overhovedet ikke", "überhaupt nicht", "gar nicht",
          "pas du tout", "ikke i det hele tatt", "ikke i det hele taget", "inte alls",
        ],
      ]),
    family(
      "satisfaction",
      [
        4: [
          "extremely satisfied", "completely satisfied", "fuldt ud tilfreds",
          "vollkommen zufrieden",
          "völlig zufrieden", "entièrement satisfait", "helt fornøyd", "helt nöjd",
        ],
        3: [
          "very satisfied", "meget tilfreds", "sehr zufrieden", "très satisfait", "très satisfaite",
          "svært fornøyd", "meget fornøyd", "mycket nöjd",
        ],
        2: [
          "satisfied", "moderately satisfied", "tilfreds", "zufrieden", "satisfait", "satisfaite",
          "fornøyd", "nöjd",
        ],
        1: [
          "somewhat satisfied", "slightly satisfied", "fairly satisfied", "overvejende tilfreds",
          "eher zufrieden", "plutôt satisfait", "plutôt satisfaite", "ganske fornøyd",
          "ganska nöjd",
        ],
        0: [
          "neither satisfied nor dissatisfied", "neither satisfied or dissatisfied",
          "hverken tilfreds eller utilfreds", "weder zufrieden noch unzufrieden",
          "ni satisfait ni insatisfait", "verken fornøyd eller misfornøyd",
          "varken nöjd eller missnöjd",
        ],
        -1: [
          "somewhat dissatisfied", "slightly dissatisfied", "fairly dissatisfied",
          "overvejende utilfreds", "eher unzufrieden", "plutôt insatisfait", "plutôt pas satisfait",
          "peu satisfait", "ganske misfornøyd", "ganska missnöjd",
        ],
        -2: [
          "dissatisfied", "moderately dissatisfied", "utilfreds", "unzufrieden", "insatisfait",
          "pas satisfait", "misfornøyd", "missnöjd",
        ],
        -3: [
          "very dissatisfied", "meget utilfreds", "sehr unzufrieden", "très insatisfait",
          "svært misfornøyd", "meget misfornøyd", "mycket missnöjd",
        ],
        -4: [
          "extremely dissatisfied", "completely dissatisfied", "vollkommen unzufrieden",
          "völlig unzufrieden", "pas du tout satisfait", "helt misfornøyd", "helt missnöjd",
        ],
      ]),
    family(
      "frequency",
      [
        10: ["always", "altid", "immer", "toujours", "alltid"],
        8: [
          "almost always", "very often", "næsten altid", "meget ofte", "fast immer", "sehr oft",
          "presque toujours", "très souvent", "nesten alltid", "svært ofte", "nästan alltid",
          "mycket ofta",
        ],
        7: [
          "most of the time", "det meste af tiden", "meistens", "la plupart du temps",
          "mesteparten av tiden", "för det mesta",
        ],
        6: ["often", "frequently", "ofte", "oft", "häufig", "souvent", "ofta"],
        5: [
          "about half the time", "half the time", "omkring halvdelen af tiden",
          "etwa die hälfte der zeit", "environ la moitié du temps", "omtrent halvparten av tiden",
          "ungefär halva tiden",
        ],
        4: [
          "sometimes", "occasionally", "nogle gange", "af og til", "manchmal", "gelegentlich",
          "parfois", "quelquefois", "noen ganger", "av og til", "ibland", "emellanåt",
        ],
        2: ["rarely", "seldom", "sjældent", "selten", "rarement", "sjelden", "sällan"],
        1: [
          "almost never", "næsten aldrig", "fast nie", "presque jamais", "nesten aldri",
          "nästan aldrig",
        ],
        0: ["never", "aldrig", "nie", "niemals", "jamais", "aldri"],
      ]),
    family(
      "quality",
      [
        4: ["excellent", "fremragende", "ausgezeichnet", "utmerket", "utmärkt", "exzellent"],
        3: [
          "very good", "meget god", "meget godt", "sehr gut", "très bon", "très bien",
          "svært god", "svært godt", "mycket bra", "mycket god",
        ],
        2: ["good", "god", "godt", "gut", "bon", "bien", "bra"],
        1: [
          "fair", "average", "nogenlunde", "middel", "rimelig", "befriedigend", "mittelmäßig",
          "mittelmässig", "moyen", "passable", "middels", "varken bra eller dålig", "okej",
        ],
        0: ["poor", "bad", "dårlig", "dårligt", "schlecht", "mauvais", "médiocre", "dålig"],
        -1: [
          "very poor", "very bad", "meget dårlig", "meget dårligt", "sehr schlecht",
          "très mauvais", "svært dårlig", "mycket dålig",
        ],
      ]),
    family(
      "importance",
      [
        4: [
          "extremely important", "very important", "meget vigtigt", "meget vigtig",
          "sehr wichtig", "très important", "svært viktig", "mycket viktigt", "mycket viktig",
        ],
        3: ["important", "vigtigt", "vigtig", "wichtig", "viktig", "viktigt"],
        2: [
          "moderately important", "somewhat important", "lidt vigtigt", "eher wichtig",
          "assez important", "plutôt important", "litt viktig", "ganska viktigt",
        ],
        1: [
          "slightly important", "of little importance", "not very important",
          "mindre vigtigt", "weniger wichtig", "peu important", "lite viktig",
          "inte så viktigt",
        ],
        0: [
          "not at all important", "not important", "slet ikke vigtigt", "ikke vigtigt",
          "unwichtig", "überhaupt nicht wichtig", "pas du tout important", "pas important",
          "ikke viktig", "inte alls viktigt", "inte viktigt",
        ],
      ]),
    family(
      "likelihood",
      [
        2: [
          "very likely", "extremely likely", "meget sandsynligt", "sehr wahrscheinlich",
          "très probable", "svært sannsynlig", "mycket troligt",
        ],
        1: ["likely", "sandsynligt", "wahrscheinlich", "probable", "sannsynlig", "troligt"],
        0: [
          "neither likely nor unlikely", "hverken sandsynligt eller usandsynligt",
          "weder wahrscheinlich noch unwahrscheinlich", "verken sannsynlig eller usannsynlig",
          "varken troligt eller otroligt",
        ],
        -1: [
          "unlikely", "usandsynligt", "unwahrscheinlich", "peu probable", "improbable",
          "usannsynlig", "otroligt",
        ],
        -2: [
          "very unlikely", "extremely unlikely", "meget usandsynligt", "sehr unwahrscheinlich",
          "très improbable", "très peu probable", "svært usannsynlig", "mycket otroligt",
        ],
      ]),
  ]

  /// Answers that mean "don't know" or "won't say" in the six languages (folded).
  public static let dontKnow: Set<String> = [
    "don't know", "do not know", "dont know", "don’t know", "not sure", "unsure",
    "prefer not to say", "prefer not to answer", "no opinion", "not applicable", "n/a",
    "can't say", "cannot say", "can't answer", "no answer", "never tried", "have not tried",
    "ved ikke", "ønsker ikke at svare", "vil ikke svare", "ikke relevant", "kan ikke svare",
    "ved ikke/ikke relevant",
    "weiß nicht", "weiss nicht", "keine angabe", "kann ich nicht beurteilen", "keine meinung",
    "je ne sais pas", "ne sais pas", "ne se prononce pas", "nsp", "sans avis", "sans opinion",
    "non applicable", "préfère ne pas répondre", "je préfère ne pas répondre",
    "vet ikke", "ønsker ikke å svare", "ikke aktuelt",
    "vet inte", "vet ej", "ej aktuellt", "vill inte svara", "ingen åsikt", "kan inte svara",
  ]

  /// Whether `answer` is a don't-know wording.
  public static func isDontKnow(_ answer: String) -> Bool {
    dontKnow.contains(fold(answer))
  }

  /// `text` as the tables store wordings: lower case, no-break spaces as
  /// spaces, runs of spaces made one, typographic apostrophes straight.
  public static func fold(_ text: String) -> String {
    AnswerMatcher.folded(text.replacingAll("’", "'"))
  }

  /// The family that knows every one of `labels` at a different rank.
  ///
  /// - Parameter labels: The answers to order (don't-know answers left out).
  /// - Returns: The family's name and each label's rank (higher for more),
  ///   or `nil` when no family knows them all at different ranks.
  public static func order(_ labels: [String]) -> (family: String, ranks: [Int])? {
    let folded = labels.map(fold)
    for family in families {
      let ranks = folded.compactMap { family.ranks[$0] }
      if ranks.count == folded.count, Set(ranks).count == ranks.count {
        return (family.name, ranks)
      }
    }
    return nil
  }

  private static func family(_ name: String, _ levels: [Int: [String]]) -> Family {
    var ranks: [String: Int] = [:]
    for (rank, wordings) in levels.sorted(by: { $0.key > $1.key }) {
      for wording in wordings where ranks[fold(wording)] == nil { ranks[fold(wording)] = rank }
    }
    return Family(name: name, ranks: ranks)
  }
}
