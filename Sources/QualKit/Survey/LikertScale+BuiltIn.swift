extension LikertScale {
  /// The scales a survey spec can name without defining them.
  ///
  /// - `da4`: I meget høj grad (4), I nogen grad (3), Kun i ringe grad (2),
  ///   Slet ikke (1); "Ved ikke" is don't-know.
  /// - `da5-agree`: Helt enig (5), Delvist enig (4), Hverken enig eller uenig (3),
  ///   Delvist uenig (2), Helt uenig (1); "Ved ikke" is don't-know.
  /// - `en4`: To a great extent (4) … Not at all (1); "Don't know".
  /// - `en5-agree`: Strongly agree (5) … Strongly disagree (1); "Don't know".
  public static let builtIn: [String: LikertScale] = {
    let scales = [
      LikertScale(
        id: "da4", label: "I meget høj grad – Slet ikke (4-punkt)",
        levels: levels(["I meget høj grad", "I nogen grad", "Kun i ringe grad", "Slet ikke"]),
        missing: ["", "Ved ikke"], dontKnow: ["Ved ikke"]),
      LikertScale(
        id: "da5-agree", label: "Helt enig – Helt uenig (5-punkt)",
        levels: levels([
          "Helt enig", "Delvist enig", "Hverken enig eller uenig", "Delvist uenig", "Helt uenig",
        ]),
        missing: ["", "Ved ikke"], dontKnow: ["Ved ikke"]),
      LikertScale(
        id: "en4", label: "To a great extent – Not at all (4-point)",
        levels: levels(["To a great extent", "To some extent", "To a small extent", "Not at all"]),
        missing: ["", "Don't know"], dontKnow: ["Don't know"]),
      LikertScale(
        id: "en5-agree", label: "Strongly agree – Strongly disagree (5-point)",
        levels: levels([
          "Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
          "Strongly disagree",
        ]),
        missing: ["", "Don't know"], dontKnow: ["Don't know"]),
    ]
    return Dictionary(uniqueKeysWithValues: scales.map { ($0.id, $0) })
  }()

  /// The built-in scale names, sorted.
  public static var builtInNames: [String] { builtIn.keys.sorted() }

  /// Levels from the highest to the lowest, valued n … 1.
  private static func levels(_ labels: [String]) -> [Level] {
    labels.enumerated().map { Level(label: $1, value: Double(labels.count - $0)) }
  }
}
