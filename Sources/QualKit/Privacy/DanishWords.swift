import Foundation

/// Danish words that pseudonymisation must tell apart from names.
///
/// Two lists, in lowercase: ``common``, frequent words that a transcript
/// may write with a capital without their being a name (the polite `De`,
/// the plural `I`, a word after a quotation mark), which the `names`
/// detector never proposes; and ``nameLike``, words that are also first
/// names or surnames (`rask` healthy, `bo` to live, `hans` his, `lund`
/// grove), which a names list replaces only where they are written with a
/// capital unless told otherwise. Both are hand-made from everyday Danish
/// and the name lists of ``DanishNames``; neither is complete.
public enum DanishWords {
  /// Frequent Danish words, never proposed as names.
  public static let common: Set<String> = Set(
    """
    i de dem deres dig din dit dine du jeg mig min mit mine han ham hun hende hans hendes den det \
    vi os vores man sig sin sit sine der her og eller men så hvis når at som for fra til med på \
    af om ind ud op ned over under efter før mellem uden ved hos mod gennem bag langs omkring \
    ikke ja nej jo nok også bare lige helt meget mere mest lidt mindre altid aldrig tit ofte \
    nu da dengang siden snart igen endnu allerede stadig måske faktisk egentlig altså nå øh \
    okay ok godt fint hej tak undskyld jamen jah nej-nej ja-ja hvad hvem hvor hvordan hvorfor \
    hvornår hvilken hvilket hvilke hvis hver hvert alle alt andre anden andet nogen noget nogle \
    ingen intet enhver selv samme sådan sådant sådanne en et to tre fire fem seks syv otte ni ti \
    første anden tredje sidste næste hele halve mange få flere færre være er var været have har \
    havde haft blive bliver blev blevet kunne kan kunne skulle skal ville vil måtte må gøre gør \
    gjorde gjort sige siger sagde komme kommer kom gå går gik tage tager tog få får fik se ser så \
    vide ved vidste tro tror troede tænke tænker tænkte synes syntes føle føler følte arbejde \
    arbejdet job jobbet hjem hjemme tid tiden dag dagen uge ugen år året gang gange ting tingene \
    mand kone barn børn familie liv livet hverdag hverdagen plan planen møde mødet samtale \
    samtalen borger borgeren borgerne kommune kommunen jobcenter jobcentret jobcentre læge lægen \
    sygehus sygehuset hospital hospitalet rehabilitering forløb forløbet interview interviewet \
    god gode dårlig dårlige stor store lille små ny nye gammel gamle lang lange kort korte rigtig \
    rigtige svært svær let nemt vigtig vigtigt glad ked træt rask syg syge bedre bedst værre \
    mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli \
    august september oktober november december jul påske sommer vinter forår efterår
    """.split(separator: " ").map { $0.trimmingCharacters(in: " \n\\") }.filter { !$0.isEmpty })

  /// Danish words that are also names, so that a names list holding one
  /// replaces it only where it is written with a capital.
  public static let nameLike: Set<String> = Set(
    """
    ager april ask august bager bak bang birk bjerg bo bonde borg bro brink bæk dal dam due ebbe \
    eg ege eng fisk fisker frost fugl gade glad gry hans hav have hede hjort holm juni kaj kim \
    kold krog kær lind linde lise lund lyng lykke lærke maj mark mose munk mølle møller nord \
    per præst rask ravn ris ro rose sand skov skytte smed sol sommer sten stilling storm strand \
    stær stærk svane syd sø tage toft ulv vad vang vest vind vinter ørn øst
    """.split(separator: " ").map { $0.trimmingCharacters(in: " \n\\") }.filter { !$0.isEmpty })

  /// Whether `original` is one word that is also a Danish word.
  public static func isWord(_ original: String) -> Bool {
    let word = original.trimmingCharacters(in: " \t").lowercased()
    guard !word.contains(" ") else { return false }
    return nameLike.contains(word) || common.contains(word)
  }
}
