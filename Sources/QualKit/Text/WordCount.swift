/// Counts the words of a text the way transcripts report them.
///
/// A word is a run of letters and digits. Scripts written without spaces
/// between words (Chinese Han characters, Japanese hiragana and katakana)
/// count one word per character, so that "我们开会" is four words, not one;
/// Korean, which spaces its words, counts by runs like Latin text.
public enum WordCount {
  /// The number of words in `text`.
  public static func count(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      if isUnspacedScript(scalar) {
        count += 1
        inWord = false
        continue
      }
      let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if isWordScalar && !inWord { count += 1 }
      inWord = isWordScalar
    }
    return count
  }

  /// Whether the scalar is Han, hiragana or katakana (a script that does
  /// not space its words).
  static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
      0xFF66...0xFF9F, 0x20000...0x3134F:
      return true
    default:
      return false
    }
  }
}
