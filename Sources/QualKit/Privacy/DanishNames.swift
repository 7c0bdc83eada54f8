/// A small list of the most common Danish first names and surnames, which
/// the `names` detector uses to propose a capitalised word even at the
/// start of a sentence, and to guess that a proposal is a person.
///
/// Source: Danmarks Statistik, *Navne i hele befolkningen* (the yearly
/// top-20 lists of women's and men's first names and of surnames among
/// everyone living in Denmark on 1 January;
/// <https://www.dst.dk/da/Statistik/emner/borgere/navne/navne-i-hele-befolkningen>).
/// The list joins names that stood in those top-20 lists in recent years,
/// so it is a set, not a ranking; it finds the common names only, and is
/// no substitute for the researcher's own list of the people, places and
/// workplaces in the interviews.
public enum DanishNames {
  /// Women's first names.
  public static let women: [String] = [
    "Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria",
    "Marianne", "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Inge", "Karen", "Bente",
    "Tina", "Jette",
  ]

  /// Men's first names.
  public static let men: [String] = [
    "Peter", "Jens", "Michael", "Lars", "Henrik", "Thomas", "Søren", "Jan", "Christian",
    "Martin", "Niels", "Anders", "Morten", "Jesper", "Mads", "Hans", "Jørgen", "Per", "Ole",
    "Rasmus",
  ]

  /// Surnames.
  public static let surnames: [String] = [
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
  ]

  /// Every name of the lists, in lowercase.
  public static let all: Set<String> = Set((women + men + surnames).map { $0.lowercased() })

  /// Whether `word` is one of the listed names (case does not count).
  public static func contains(_ word: String) -> Bool {
    all.contains(word.lowercased())
  }
}
