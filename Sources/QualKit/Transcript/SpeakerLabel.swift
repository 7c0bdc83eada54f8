/// What a speaker label may look like when no speaker map names it, and
/// the roles that labels carry by themselves.
///
/// A name-like label has one to six words, at most 60 characters, and
/// starts with a capital letter. Its other words are capitalised
/// (`Mary O'Neil`, `Hans-Christian Ørsted`, `Dr. Jensen`), hold a capital
/// (`iPad` in `Saurabh Swaroop’s iPad`), are numbers (`Speaker 1`),
/// name particles (`van`, `de`, `af`) or parenthesised (`(SL)`,
/// `(she/her)`); one comma may follow the first word (`Dorflinger, Julia`).
/// So `The short answer is` is not a label, and neither is `Men altså`.
public enum SpeakerLabel {
  /// The most words a label without a speaker map may have.
  public static let maximumWords = 6
  /// The most characters a label without a speaker map may have.
  public static let maximumLength = 60

  /// Words that stand for a person's role followed by a number or a letter:
  /// `Speaker 1`, `Participant 2`, `Interviewer B`, `Deltager 3`.
  private static let numberedRoles: Set<String> = [
    "speaker", "participant", "interviewer", "interviewee", "respondent", "informant",
    "deltager", "taler", "person", "guest", "host", "moderator", "student", "teacher",
  ]

  /// Lowercase name particles that may stand inside a name.
  private static let particles: Set<String> = [
    "van", "von", "der", "den", "de", "da", "das", "di", "du", "la", "le", "del", "af", "al",
    "bin", "ibn", "ten", "ter", "y", "e", "zu", "dos",
  ]

  /// Whether `label` reads like a name or a numbered role (see the type's
  /// discussion).
  public static func isNameLike(_ label: some StringProtocol) -> Bool {
    let scalars = label.unicodeScalars
    guard let first = scalars.first, first.properties.isUppercase,
      scalars.count <= maximumLength, scalars.last != " "
    else { return false }
    for scalar in scalars {
      let properties = scalar.properties
      guard
        properties.isAlphabetic || properties.numericType != nil
          || properties.generalCategory == .nonspacingMark
          || " '’-.()/,_&".unicodeScalars.contains(scalar)
      else { return false }
    }
    let words = label.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count <= maximumWords, !words.contains(where: \.isEmpty) else { return false }
    var inParentheses = false
    var commas = 0
    for (index, word) in words.enumerated() {
      if word.hasPrefix("(") { inParentheses = true }
      defer { if word.hasSuffix(")") { inParentheses = false } }
      if inParentheses { continue }
      guard !word.contains("(") && !word.contains(")") else { return false }
      var word = Substring(word)
      if word.hasSuffix(",") {
        commas += 1
        guard index == 0 || commas == 1, index < words.count - 1 else { return false }
        word = word.dropLast()
      }
      guard !word.contains(","), !word.isEmpty else { return false }
      let isCapitalised = word.unicodeScalars.first?.properties.isUppercase == true
      let holdsCapital = word.unicodeScalars.contains { $0.properties.isUppercase }
      let isNumber = word.allSatisfy(\.isASCIIDigit)
      guard
        isCapitalised
          || (index > 0 && (holdsCapital || isNumber || particles.contains(String(word))))
      else { return false }
    }
    return !inParentheses && commas <= 1
  }

  /// Whether `label` is a role and a number or letter: `Speaker 1`,
  /// `Participant 2`, `Interviewer A`.
  public static func isNumbered(_ label: some StringProtocol) -> Bool {
    let words = label.split(separator: " ")
    guard words.count == 2, let first = words.first, let last = words.last,
      numberedRoles.contains(first.lowercased()),
      first.unicodeScalars.first?.properties.isUppercase == true
    else { return false }
    return (last.allSatisfy(\.isASCIIDigit) && last.count <= 3)
      || (last.count == 1 && last.unicodeScalars.first?.properties.isUppercase == true)
  }

  /// Whether `label` is a phone number with digits masked, as Teams names
  /// a participant who dialled in: `+12*******65`, `+45 12 ** ** 78`.
  public static func isMaskedPhoneNumber(_ label: some StringProtocol) -> Bool {
    let scalars = label.unicodeScalars
    guard let first = scalars.first, first == "+" || ("0"..."9").contains(first),
      scalars.count <= 24
    else { return false }
    var digits = 0
    var masks = 0
    for scalar in scalars.dropFirst(first == "+" ? 1 : 0) {
      if ("0"..."9").contains(scalar) {
        digits += 1
      } else if scalar == "*" || scalar == "x" || scalar == "X" || scalar == "•" {
        masks += 1
      } else if scalar != " " && scalar != "-" {
        return false
      }
    }
    return digits >= 2 && (masks >= 2 || (first == "+" && digits >= 6))
  }

  /// Whether a label names the interviewer without a speaker map: `I`,
  /// `INT`, `Interviewer` (with or without a number), and `Q` of a
  /// question-and-answer transcript.
  public static func isDefaultInterviewer(_ label: some StringProtocol) -> Bool {
    let lowered = label.lowercased()
    if ["i", "int", "interviewer", "q"].contains(lowered) { return true }
    // `Interviewer1`, `INT2`: a number right after the word.
    for word in ["interviewer", "int"] where lowered.hasPrefix(word) {
      let rest = lowered.dropFirst(word.count)
      if !rest.isEmpty, rest.count <= 2, rest.allSatisfy(\.isASCIIDigit) { return true }
    }
    return isNumbered(label) && lowered.hasPrefix("interviewer ")
  }

  /// Keys of interview metadata that a preamble writes as `DATE: …`.
  static let metadataKeys: Set<String> = [
    "date", "dato", "place", "sted", "location", "interviewee", "interviewer", "interviewers",
    "time", "tid", "duration", "varighed", "title", "titel", "project", "projekt",
    "transcriber", "transcribed by", "language", "sprog", "subject", "topic", "emne",
    "narrator", "participants", "deltagere", "recorded", "recording", "file", "filename",
    "interview date", "interview number", "session", "setting", "length", "keywords",
  ]

  /// The attribute key a preamble line's label becomes: lowercase, spaces
  /// made `_`.
  static func attributeKey(_ label: String) -> String {
    label.lowercased().split(separator: " ").joined(separator: "_")
  }
}
