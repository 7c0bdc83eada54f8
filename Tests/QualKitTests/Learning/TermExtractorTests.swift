import Testing

@testable import QualKit

@Suite struct TermExtractorTests {
  let danish = TermExtractor(language: .danish)
  let english = TermExtractor(language: .english)

  @Test("Words and pairs of words, stop words out, as the documentation shows")
  func documentedExample() {
    #expect(
      danish.terms(in: "Vi sad der alle tre.").map(\.text)
        == ["vi sad", "sad", "sad der", "alle tre", "tre"])
  }

  @Test("Words fold as the keyword matcher folds: case, æ = ae, ø = oe, å = aa")
  func folding() {
    #expect(
      TermExtractor.words(in: "Æble ÆBLE aeble").map(\.folded) == ["aeble", "aeble", "aeble"])
    #expect(
      TermExtractor.words(in: "Søvn soevn Gå gaa").map(\.folded) == [
        "soevn", "soevn", "gaa", "gaa",
      ])
    #expect(TermExtractor.words(in: "STRAẞE").map(\.folded) == ["strasse"])
    #expect(danish.terms(in: "søvn").map(\.text) == danish.terms(in: "SOEVN").map(\.text))
  }

  @Test("One-letter words and words without a letter are left out; ranges are scalar offsets")
  func words() {
    let words = TermExtractor.words(in: "I 2026 gik jeg 3 km, ø-vej 12b.")
    #expect(words.map(\.folded) == ["gik", "jeg", "km", "vej", "12b"])
    let text = "Åh, trepartssamtalen!"
    let word = TermExtractor.words(in: text)[1]
    #expect(word.folded == "trepartssamtalen")
    #expect(word.range == 4..<20)
  }

  @Test(
    "Light Danish stemming cuts inflections inside R1 only",
    arguments: [
      ("trepartssamtalen", "trepartssamtal"), ("trepartssamtale", "trepartssamtal"),
      ("jobkonsulenterne", "jobkonsulent"), ("planen", "plan"), ("planer", "plan"),
      ("arbejdet", "arbejd"), ("hjemme", "hjemm"), ("tre", "tre"), ("mig", "mig"),
      ("kommunens", "kommun"), ("hus", "hus"),
    ])
  func danishStems(word: String, stem: String) {
    #expect(LightStemmer.stem(word, language: .danish) == stem)
  }

  @Test(
    "Light English stemming cuts plurals, -ed and -ing",
    arguments: [
      ("meetings", "meet"), ("meeting", "meet"), ("running", "run"), ("studies", "studi"),
      ("classes", "class"), ("agreed", "agree"), ("was", "was"), ("this", "this"),
      ("bus", "bus"), ("used", "used"), ("planned", "plan"),
    ])
  func englishStems(word: String, stem: String) {
    #expect(LightStemmer.stem(word, language: .english) == stem)
  }

  @Test("A pair needs one word that is not a stop word; negations survive in pairs")
  func pairs() {
    #expect(danish.terms(in: "jeg var ikke tryg").map(\.text) == ["ikke tryg", "tryg"])
    #expect(
      english.terms(in: "I did not feel safe").map(\.text) == [
        "not feel", "feel", "feel safe", "safe",
      ])
  }

  @Test("The language is the one whose stop words are more common")
  func language() {
    let danishWords = TermExtractor.words(in: "Og så var det jo ikke, fordi jeg havde det godt")
    let englishWords = TermExtractor.words(in: "And then it was not because I had it good")
    #expect(TermLanguage.detected(counting: danishWords.map(\.folded)) == .danish)
    #expect(TermLanguage.detected(counting: englishWords.map(\.folded)) == .english)
    #expect(TermLanguage.danish.stopWords.contains("paa"))
    #expect(TermLanguage.danish.stopWords.contains("oeh"))
  }
}
