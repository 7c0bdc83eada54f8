extension LikertScale {
  /// The scales a survey spec can name without defining them.
  ///
  /// - `da4`: I meget høj grad (4), I nogen grad (3), Kun i ringe grad (2),
  ///   Slet ikke (1).
  /// - `da5-agree`: Helt enig (5), Delvist enig (4), Hverken enig eller uenig (3),
  ///   Delvist uenig (2), Helt uenig (1); "Delvis enig" and "Delvis uenig",
  ///   SurveyXact's wording, are the same levels.
  /// - `da5-extent`: I meget høj grad (5), I høj grad (4), I nogen grad (3),
  ///   I mindre grad (2; also "I ringe grad"), Slet ikke (1).
  /// - `da5-satisfaction`: Meget tilfreds (5) … Meget utilfreds (1).
  /// - `da5-frequency`: Altid (5), Ofte (4), Nogle gange (3; also "Af og
  ///   til"), Sjældent (2), Aldrig (1).
  /// - `en4`: To a great extent (4) … Not at all (1).
  /// - `en5-agree`: Strongly agree (5) … Strongly disagree (1); "Somewhat
  ///   agree" and "Somewhat disagree" are Agree and Disagree.
  /// - `en5-satisfaction`: Very satisfied (5) … Very dissatisfied (1).
  /// - `en5-frequency`: Always (5), Often (4), Sometimes (3), Rarely (2), Never (1).
  ///
  /// Danish scales read "Ved ikke" and "Ønsker ikke at svare" as don't-know,
  /// English ones "Don't know" and "Prefer not to say".
  public static let builtIn: [String: LikertScale] = {
    let danish = ["Ved ikke", "Ønsker ikke at svare"]
    let english = ["Don't know", "Prefer not to say"]
    let scales = [
      LikertScale(
        id: "da4", label: "I meget høj grad – Slet ikke (4-punkt)",
        levels: levels(["I meget høj grad", "I nogen grad", "Kun i ringe grad", "Slet ikke"]),
        missing: [""] + danish, dontKnow: danish),
      LikertScale(
        id: "da5-agree", label: "Helt enig – Helt uenig (5-punkt)",
        levels: levels(
          [
            "Helt enig", "Delvist enig", "Hverken enig eller uenig", "Delvist uenig", "Helt uenig",
          ],
          aliases: ["Delvist enig": ["Delvis enig"], "Delvist uenig": ["Delvis uenig"]]),
        missing: [""] + danish, dontKnow: danish),
      LikertScale(
        id: "da5-extent", label: "I meget høj grad – Slet ikke (5-punkt)",
        levels: levels(
          ["I meget høj grad", "I høj grad", "I nogen grad", "I mindre grad", "Slet ikke"],
          aliases: ["I mindre grad": ["I ringe grad"]]),
        missing: [""] + danish, dontKnow: danish),
      LikertScale(
        id: "da5-satisfaction", label: "Meget tilfreds – Meget utilfreds (5-punkt)",
        levels: levels([
          "Meget tilfreds", "Tilfreds", "Hverken tilfreds eller utilfreds", "Utilfreds",
          "Meget utilfreds",
        ]),
        missing: [""] + danish, dontKnow: danish),
      LikertScale(
        id: "da5-frequency", label: "Altid – Aldrig (5-punkt)",
        levels: levels(
          ["Altid", "Ofte", "Nogle gange", "Sjældent", "Aldrig"],
          aliases: ["Nogle gange": ["Af og til"]]),
        missing: [""] + danish, dontKnow: danish),
      LikertScale(
        id: "en4", label: "To a great extent – Not at all (4-point)",
        levels: levels(["To a great extent", "To some extent", "To a small extent", "Not at all"]),
        missing: [""] + english, dontKnow: english),
      LikertScale(
        id: "en5-agree", label: "Strongly agree – Strongly disagree (5-point)",
        levels: levels(
          [
            "Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
            "Strongly disagree",
          ],
          aliases: [
            "Agree": ["Somewhat agree"], "Disagree": ["Somewhat disagree"],
            "Neither agree nor disagree": ["Neither agree or disagree"],
          ]),
        missing: [""] + english, dontKnow: english),
      LikertScale(
        id: "en5-satisfaction", label: "Very satisfied – Very dissatisfied (5-point)",
        levels: levels([
          "Very satisfied", "Satisfied", "Neither satisfied nor dissatisfied", "Dissatisfied",
          "Very dissatisfied",
        ]),
        missing: [""] + english, dontKnow: english),
      LikertScale(
        id: "en5-frequency", label: "Always – Never (5-point)",
        levels: levels(["Always", "Often", "Sometimes", "Rarely", "Never"]),
        missing: [""] + english, dontKnow: english),
    ]
    return Dictionary(uniqueKeysWithValues: scales.map { ($0.id, $0) })
  }()

  /// The built-in scale names, sorted.
  public static var builtInNames: [String] { builtIn.keys.sorted() }

  /// Levels from the highest to the lowest, valued n … 1, with other wordings of some.
  private static func levels(_ labels: [String], aliases: [String: [String]] = [:]) -> [Level] {
    labels.enumerated().map {
      Level(label: $1, value: Double(labels.count - $0), aliases: aliases[$1] ?? [])
    }
  }
}
