/// Light stemming: the inflectional endings of Danish and English words cut
/// off, so that `trepartssamtalen` and `trepartssamtale`, or `meetings` and
/// `meeting`, become one term.
///
/// Words come folded (lowercase, æ → ae, ø → oe, å → aa). Only the ending is
/// touched, and only inside the word's R1 region (the part after the first
/// consonant that follows a vowel, starting at the fourth letter at the
/// earliest, as the Snowball stemmers define it), so short words stay whole.
///
/// - Danish: the longest of the Snowball Danish stemmer's step-1 endings
///   (`-erne`, `-ene`, `-en`, `-er`, `-et`, `-e`, `-hed`, `-heden`, …) is
///   removed; a final `-s` only after a letter that can end a word before it.
/// - English: `-sses` → `-ss`, `-ies` → `-i`, a plural `-s` (not after `s`,
///   `u` or `i`), then `-ing`, `-ed` or `-eed` (→ `-ee`) when a vowel stays
///   before them, and a doubled final consonant made single (`running` →
///   `run`).
public enum LightStemmer {
  /// The stem of a folded word.
  public static func stem(_ word: String, language: TermLanguage) -> String {
    var letters = Array(word.utf8)
    // Words with letters beyond ASCII stem by their ASCII ending only.
    let r1 = regionOne(letters)
    switch language {
    case .danish: stemDanish(&letters, r1: r1)
    case .english: stemEnglish(&letters, r1: r1)
    }
    return String(decoding: letters, as: UTF8.self)
  }

  private static let danishEndings: [[UInt8]] = [
    "erendes", "erende", "hedens", "ethed", "erede", "heden", "heder", "endes", "ernes",
    "erens", "erets", "ered", "ende", "erne", "eren", "erer", "heds", "enes", "eres", "eret",
    "hed", "ene", "ere", "ens", "ers", "ets", "en", "er", "es", "et", "e",
  ].map { Array($0.utf8) }

  /// Letters after which a Danish final `s` is an ending.
  private static let danishSEnding = Set("abcdfghjklmnoprtvyz".utf8)

  private static func stemDanish(_ letters: inout [UInt8], r1: Int) {
    for ending in danishEndings where hasSuffix(letters, ending) {
      if letters.count - ending.count >= r1 {
        letters.removeLast(ending.count)
        return
      }
    }
    if letters.count >= 2, letters.last == UInt8(ascii: "s"), letters.count - 1 >= r1,
      danishSEnding.contains(letters[letters.count - 2])
    {
      letters.removeLast()
    }
  }

  private static func stemEnglish(_ letters: inout [UInt8], r1: Int) {
    if hasSuffix(letters, Array("sses".utf8)) {
      letters.removeLast(2)
    } else if hasSuffix(letters, Array("ies".utf8)), letters.count > 4 {
      letters.removeLast(2)
    } else if letters.count > 3, letters.last == UInt8(ascii: "s"),
      !"sui".utf8.contains(letters[letters.count - 2])
    {
      letters.removeLast()
    }
    if hasSuffix(letters, Array("eed".utf8)) {
      if letters.count - 3 >= r1 { letters.removeLast() }
      return
    }
    for ending in [Array("ing".utf8), Array("ed".utf8)] where hasSuffix(letters, ending) {
      let rest = letters.dropLast(ending.count)
      guard rest.count >= 3, rest.contains(where: isVowel) else { return }
      letters.removeLast(ending.count)
      if let last = letters.last, letters.count >= 4, letters[letters.count - 2] == last,
        "bdfgmnprt".utf8.contains(last)
      {
        letters.removeLast()
      }
      return
    }
  }

  /// Where R1 starts: after the first non-vowel that follows a vowel, and at
  /// least at the fourth letter.
  private static func regionOne(_ letters: [UInt8]) -> Int {
    var index = 1
    while index < letters.count {
      if !isVowel(letters[index]) && isVowel(letters[index - 1]) {
        return max(3, index + 1)
      }
      index += 1
    }
    return letters.count
  }

  private static func isVowel(_ byte: UInt8) -> Bool {
    "aeiouy".utf8.contains(byte)
  }

  private static func hasSuffix(_ letters: [UInt8], _ ending: [UInt8]) -> Bool {
    letters.count >= ending.count && letters.suffix(ending.count).elementsEqual(ending)
  }
}
