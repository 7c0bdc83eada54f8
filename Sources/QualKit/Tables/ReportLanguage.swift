/// The language of the words a table, chart or report shows: captions,
/// column titles, notes, the methods paragraph, and code labels where the
/// codebook has them (``Code/label(in:)``).
///
/// Each language has its ``Vocabulary`` (the words) and its ``NumberStyle``
/// (the decimal separator and how a percent sign is set).
public enum ReportLanguage: String, Hashable, Sendable, CaseIterable {
  /// English.
  case english = "en"
  /// Danish.
  case danish = "da"

  /// The words in this language.
  public var vocabulary: Vocabulary { Vocabulary(self) }

  /// How numbers are written in this language: `0.802` and `99.3%` in
  /// English, `0,802` and `99,3 %` in Danish.
  public var numberStyle: NumberStyle {
    switch self {
    case .english: .english
    case .danish: .danish
    }
  }

  /// The language tag Word uses for spelling and hyphenation (`en-GB`, `da-DK`).
  public var wordLanguageTag: String {
    switch self {
    case .english: "en-GB"
    case .danish: "da-DK"
    }
  }
}
