/// The language of a report's own words: headings, column titles, notes and
/// the methods paragraph (code labels come from the codebook in the same
/// language when it has them).
public enum ReportLanguage: String, Hashable, Sendable, CaseIterable {
  /// English.
  case english = "en"
  /// Danish.
  case danish = "da"

  /// The report's words in this language.
  public var strings: ReportStrings {
    switch self {
    case .english: .english
    case .danish: .danish
    }
  }
}

/// The fixed words of a report in one language.
public struct ReportStrings: Sendable {
  /// The title when the codebook has no name.
  public var defaultTitle: String
  /// `Codebook`, before the codebook's name under the title.
  public var codebook: String
  /// `Date`, before the date under the title.
  public var date: String
  /// The methods section's heading.
  public var methods: String
  /// The themes overview section's heading.
  public var overview: String
  /// The themes section's heading.
  public var themes: String
  /// The agreement section's heading.
  public var agreement: String
  /// The survey section's heading.
  public var survey: String
  /// The matrix and co-occurrence section's heading.
  public var matrix: String
  /// The joint display section's heading.
  public var jointDisplay: String
  /// The column title of codes.
  public var code: String
  /// The column title of segment counts.
  public var segments: String
  /// All participants, as a group.
  public var all: String
  /// The group of participants who have no value for the attribute.
  public var noValue: String
  /// The sentence for a code nobody coded.
  public var noSegments: String
  /// The sentence for a project without codings.
  public var noCodings: String
  /// The note under every prevalence table.
  public var prevalenceNote: String
  /// The caption of the themes overview table.
  public var overviewCaption: String
  /// A theme's table caption: `Coherence: segments and participants`.
  public var themeCaption: @Sendable (String) -> String
  /// The prevalence chart's title for an attribute.
  public var chartTitle: @Sendable (String) -> String
  /// The prevalence chart's axis label.
  public var chartAxis: String
  /// The caption of the agreement table per theme.
  public var agreementThemesCaption: String
  /// The caption of the agreement table per code.
  public var agreementCodesCaption: String
  /// The column title of a theme in the agreement table.
  public var theme: String
  /// The pooled row's label.
  public var pooled: String
  /// The paragraph before the agreement tables: `unit`, `counting` sentence.
  public var agreementIntro: @Sendable (_ unit: String, _ everyUnitCounts: Bool) -> String
  /// The sentence before the survey charts: respondents, grouping column.
  public var surveyIntro: @Sendable (_ respondents: Int, _ by: String?) -> String
  /// A unit's name: turn, line or character.
  public var unitName: @Sendable (AgreementUnitKind) -> String

  /// English.
  public static let english = ReportStrings(
    defaultTitle: "Themes report", codebook: "Codebook", date: "Date", methods: "Methods",
    overview: "Themes at a glance", themes: "Themes", agreement: "Inter-coder agreement",
    survey: "Survey", matrix: "Codes by group and co-occurrence",
    jointDisplay: "Joint display", code: "Code", segments: "Segments", all: "All",
    noValue: "no value", noSegments: "No segments are coded with this code.",
    noCodings:
      "The project has no accepted codings yet: every code below is listed with 0. "
      + "Code transcripts with 'qualkit tag' or review auto-codes with 'qualkit review'.",
    prevalenceNote:
      "Segments: coded passages, a passage that several coders coded counted once. "
      + "Participant columns: how many participants (transcripts) have at least one segment, "
      + "out of N in the group. A theme counts the segments of the codes below it.",
    overviewCaption: "Themes: segments and participants",
    themeCaption: { "\($0): segments and participants" },
    chartTitle: { "Participants who voiced each theme, by \($0)" },
    chartAxis: "participants in the group (%)",
    agreementThemesCaption: "Inter-coder agreement per theme (pooled over its codes)",
    agreementCodesCaption: "Inter-coder agreement per code", theme: "Theme", pooled: "pooled",
    agreementIntro: { unit, every in
      "The unit is the \(unit); "
        + (every
          ? "every \(unit) counts, coded or not." : "only \(unit)s some coder coded count.")
        + " A coder codes a unit with a code when any of their accepted codings of it overlaps"
        + " the unit. Pooled figures put every code × unit decision in one table."
    },
    surveyIntro: { respondents, by in
      "\(respondents) respondents answered the survey"
        + (by.map { ", shown by \($0)" } ?? "")
        + ". Each item's bars run from the lowest level (left) to the highest (right), centred on"
        + " the scale's midpoint; a middle level is split across it. Missing and don't-know"
        + " answers are left out of the percentages."
    },
    unitName: { $0.singular })

  /// Danish.
  public static let danish = ReportStrings(
    defaultTitle: "Temarapport", codebook: "Kodebog", date: "Dato", methods: "Metode",
    overview: "Temaerne i overblik", themes: "Temaer", agreement: "Enighed mellem kodere",
    survey: "Spørgeskema", matrix: "Koder efter gruppe og samforekomst",
    jointDisplay: "Joint display", code: "Kode", segments: "Segmenter", all: "Alle",
    noValue: "ingen værdi", noSegments: "Ingen segmenter er kodet med denne kode.",
    noCodings:
      "Projektet har endnu ingen accepterede kodninger: alle koder nedenfor står med 0. "
      + "Kod transskriptioner med 'qualkit tag', eller gennemgå autokoder med 'qualkit review'.",
    prevalenceNote:
      "Segmenter: kodede passager; en passage, som flere kodere har kodet, tælles én gang. "
      + "Deltagerkolonner: hvor mange deltagere (transskriptioner) der har mindst ét segment, "
      + "ud af N i gruppen. Et tema tæller segmenterne fra koderne under det.",
    overviewCaption: "Temaer: segmenter og deltagere",
    themeCaption: { "\($0): segmenter og deltagere" },
    chartTitle: { "Deltagere, der nævner hvert tema, efter \($0)" },
    chartAxis: "deltagere i gruppen (%)",
    agreementThemesCaption: "Enighed mellem kodere pr. tema (samlet over dets koder)",
    agreementCodesCaption: "Enighed mellem kodere pr. kode", theme: "Tema", pooled: "samlet",
    agreementIntro: { unit, every in
      "Enheden er \(unit); "
        + (every
          ? "alle enheder tæller, kodede eller ej."
          : "kun enheder, som en koder har kodet, tæller.")
        + " En koder har kodet en enhed med en kode, når en af koderens accepterede kodninger"
        + " med koden overlapper enheden. Samlede tal lægger alle beslutninger (kode × enhed)"
        + " i én tabel."
    },
    surveyIntro: { respondents, by in
      "\(respondents) respondenter har besvaret spørgeskemaet"
        + (by.map { ", vist efter \($0)" } ?? "")
        + ". Hvert spørgsmåls søjler går fra det laveste niveau (til venstre) til det højeste"
        + " (til højre), centreret om skalaens midtpunkt; et midterniveau deles over midten."
        + " Manglende svar og ved ikke indgår ikke i procenterne."
    },
    unitName: { unit in
      switch unit {
      case .turn: "taleturen"
      case .line: "linjen"
      case .char: "tegnet"
      }
    })
}
