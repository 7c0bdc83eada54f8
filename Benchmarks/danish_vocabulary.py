"""Danish interview-like vocabulary shared by the benchmark generators.

The words are common in Danish interviews about health, work and
rehabilitation, so that keyword lists drawn from them hit the generated
corpus about as often as a real codebook hits real transcripts.
"""

STEMS = """
arbejd beskæftig sygdom smert træt stress mestr hverdag familie børn barn
kommun sagsbehandl jobkonsulent læge psykolog fysioterapeut behandl genopræn
samarbejd samtal møde forløb indsats tilbud praktik fleksjob ledig syg
sygemeld tilbagevend raskmeld pension økonomi penge bolig søvn angst depression
motivation håb frustration tryghed tillid ansvar kontrol følelse tanke hjælp
støtte netværk kollega leder chef virksomhed uddannelse kursus afklar plan
mål tid ventetid overgang forandring sammenhæng koordin tværfaglig helhed
aftal beslut krav regel system papir skema ansøg afslag klage ret pligt
kontakt opfølgning vurder undersøg diagnose medicin operation ryg skulder
knæ hoved hjerte lunge kræft gigt smertestillend genoptræn træning motion
gåtur cykel have hund kæreste mand kone mor far søster bror ven venind
""".split()

SUFFIXES = ["", "", "e", "en", "er", "erne", "et", "ede", "ende", "else", "ning", "ningen",
            "lig", "lige", "s"]

FUNCTION_WORDS = """
jeg du han hun vi de det den der som og eller men så at i på med til fra for af om
ikke også bare lidt meget rigtig nok jo vel egentlig faktisk måske altid aldrig nogle
sommetider hvad hvordan hvorfor hvornår hvor hvem har havde er var blev bliver kan
kunne skal skulle vil ville må måtte gør gjorde siger sagde tænker tænkte synes syntes
får fik går gik kommer kom ved vidste føler følte sådan både heller godt dårligt
""".split()

PHRASES = [
    "tage det stille og roligt", "en dag ad gangen", "på den ene side", "på den anden side",
    "det var hårdt", "jeg ved det ikke", "i det hele taget", "ude på arbejdsmarkedet",
    "tilbage på arbejde", "at blive hørt", "at komme videre", "ondt i ryggen",
    "hele tiden", "for at være ærlig", "ingen tvivl om", "med det samme",
    "i starten", "til sidst", "min sagsbehandler", "min jobkonsulent", "den koordinerede indsats",
    "en ny start", "ikke at vide", "gå ned med stress", "tage hensyn til",
]

DANISH_TO_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


ONSETS = ["", "b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "bl",
          "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "sk", "sl", "sm", "sn",
          "sp", "st", "str", "tr", "sv"]
NUCLEI = ["a", "e", "i", "o", "u", "y", "æ", "ø", "å", "ej", "øj", "av", "ie"]
CODAS = ["", "", "d", "g", "k", "l", "m", "n", "r", "s", "t", "nd", "ng", "rt", "st", "lt", "ft"]


def filler_words(rng, count):
    """Danish-looking made-up words that no keyword list uses, in a fixed order."""
    words = []
    for _ in range(count):
        syllables = rng.choice([1, 2, 2, 2, 3, 3, 4])
        words.append("".join(rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS)
                             for _ in range(syllables)))
    return words


def content_words():
    """Every stem with every suffix, in a fixed order."""
    return [stem + suffix for stem in STEMS for suffix in SUFFIXES]
