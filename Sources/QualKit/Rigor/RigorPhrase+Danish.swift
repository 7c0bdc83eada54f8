extension RigorPhrase {
  /// The phrase in Danish.
  var danish: String {
    switch self {
    // Saturation
    case .saturation: "Mætning"
    case .saturationCurveCaption:
      "Nye koder pr. interviewnummer og den kumulerede kurve (rækkefølge: %1)"
    case .fileOrder: "filnavn"
    case .interviewNumber: "nr."
    case .interview: "Interview"
    case .codesColumn: "Koder"
    case .newCodesColumn: "Nye koder"
    case .cumulativeColumn: "Koder i alt"
    case .cumulativeShareColumn: "% af alle koder"
    case .saturationMethod:
      "Guest, Namey & Chen (2020): basestørrelse %1, løblængde %2, tærskel for ny information %3"
        + " (et løbs nye koder i forhold til basens koder). Interview tæller, når de har"
        + " accepterede kodninger."
    case .notation: "%1+%2, ≤ %3"
    case .saturationReached:
      "Mætning blev nået (%1): %2 tilføjede %3 til basens %4 koder (%5), så mætningen sås"
        + " efter %6 interviews (%7)."
    case .saturationTooFew:
      "Mætning kan ikke vurderes (%1): kodede interviews: %2; basen og ét løb kræver %3."
    case .saturationNoBaseCodes:
      "Mætning kan ikke vurderes (%1): basens interviews har ingen koder."
    case .saturationNotReached:
      "Mætning blev ikke nået (%1): hvert løb tilføjede flere nye koder end tærsklen; det sidste,"
        + " %2, tilføjede %3 til basens %4 (%5)."
    case .bootstrapSentence:
      "I %1 tilfældige rækkefølger af interviewene (frø %2) blev mætning nået i %3 (%4), efter"
        + " en median på %5 interviews (midterste 95 %: %6–%7)."
    case .bootstrapNever:
      "I %1 tilfældige rækkefølger af interviewene (frø %2) blev mætning aldrig nået."
    case .uncodedLeftOut: "Udeladt, endnu uden accepterede kodninger: %1."
    case .saturationSummaryCaption:
      "Mætning samlet og efter %1, med tilfældige rækkefølger af interviewene"
    case .groupColumn: "Gruppe"
    case .interviewsColumn: "Interview"
    case .saturationColumn: "Mætning"
    case .reachedShareColumn: "Rækkefølger, der når den"
    case .medianColumn: "Median"
    case .rangeColumn: "Midterste 95 %"
    case .allInterviews: "alle"
    case .chartTitle: "Forskellige koder efter antal interviews (rækkefølge: %1)"
    case .chartAxis: "forskellige koder indtil nu"
    case .tooFewShort: "kodede interviews: %1; basen og ét løb kræver %2"
    case .newCodeOne: "%1 ny kode"
    case .newCodeMany: "%1 nye koder"
    case .interviewOne: "interviewet nr. %1"
    case .interviewMany: "interviewene nr. %1"
    case .notReachedShort: "ikke nået: hvert løb tilføjede mere end tærsklen"
    case .noBaseCodesShort: "basens interviews har ingen koder"
    case .reachedShort: "efter %1 interviews"
    case .neverReachedShort: "ingen tilfældig rækkefølge nåede mætning"
    case .bootstrapNote:
      "Tilfældige rækkefølger: %1 omrokeringer af hver gruppes interviews (frø %2); median og"
        + " midterste 95 % er for de rækkefølger, der nåede mætning."

    // Agreement diagnostics
    case .diagnosticsCaption: "Diagnostik af enighed pr. kode, med %1 konfidensintervaller"
    case .unitsColumn: "Enheder"
    case .percentColumn: "% enighed"
    case .intervalColumn: "KI"
    case .pabak: "PABAK"
    case .prevalenceIndex: "Prævalensindeks"
    case .biasIndex: "Skævhedsindeks"
    case .paradoxNote:
      "%1: %2 enighed, men %3 %4, fordi koden er sjælden eller næsten altid brugt"
        + " (prævalensindeks %5), så den tilfældige enighed er høj; PABAK (%6) og AC1 (%7)"
        + " trækkes ikke ned af det (Feinstein & Cicchetti 1990; Byrt, Bishop & Carlin 1993)."
    case .intervalsNote:
      "Intervaller: Wilsons score-interval for % enighed; en bootstrap over enhederne med fast"
        + " frø (%1 gentagelser, frø %2) for kappa og AC1. PI = (begge − ingen)/n, BI = (kun"
        + " første − kun anden)/n, PABAK = 2·p_o − 1 (Byrt, Bishop & Carlin 1993)."
    case .notTwoCoders: "prævalens- og skævhedsindekset er for 2 kodere og 2 kategorier"
    case .noUnitsDiagnostics: "der er ingen enheder"
    case .noIntervalReason:
      "intet interval: færre end 2 gentagelser havde en værdi, eller der er flere enheder, end bootstrap tager"
    case .diagnosticsIntro:
      "Kappa afhænger af, hvor almindelig en kode er: når næsten alle enheder kodes ens, er den"
        + " tilfældige enighed høj, og kappa kan være lav, selv om koderne er enige."
        + " Prævalensindeks, skævhedsindeks, PABAK og Gwets AC1 viser hvorfor."

    // Unitizing agreement
    case .unitizingCaption: "Enighed om afgrænsning pr. kode: Krippendorffs uα på tegnene"
    case .segmentsColumn: "Segmenter"
    case .charactersColumn: "Kodede tegn"
    case .unitizingAlpha: "uα"
    case .unitizingNote:
      "Transskriptionernes tegn, efter hinanden, er ét kontinuum (%1 tegn); en koders kodninger"
        + " med en kode er enheder, resten mellemrum (Krippendorff 2004, s. 251–256). Samlet:"
        + " 1 − ΣD_o/ΣD_e over koderne."
    case .noSegmentsOfCode: "ingen koder har brugt den"
    case .noExpectedDisagreement: "den forventede uenighed er 0"
    case .unitizingIntro:
      "De enhedsbaserede koefficienter spørger, om koderne kodede de samme taleture; alfa for"
        + " afgrænsning spørger, om de markerede de samme tekststykker, grænserne medregnet."

    // Plans
    case .planThemesSentence:
      "Efter Fugard & Potts (2015) giver %1 interviews en sandsynlighed på %2 for, at mindst %3"
        + " af dem udtrykker et tema, som %4 af populationen har; denne undersøgelse har %5"
        + " (sandsynlighed %6)."
    case .planKappaSentence:
      "Efter Donner & Eliasziw (1992) giver %1 enheder en styrke på %2 for, at den ensidede %3"
        + " nedre konfidensgrænse for kappa overstiger %4, når kappa er %5, og %6 af enhederne"
        + " er kodet; denne undersøgelse sammenlignede %7 enheder pr. kode."
    case .planCaption: "Plan for stikprøvens størrelse"
    case .quantityColumn: "Størrelse"
    case .valueColumn: "Værdi"
    case .planPrevalence: "andel af populationen med temaet (prævalens)"
    case .planInstances: "ønskede forekomster"
    case .planPower: "styrke (ønsket sandsynlighed)"
    case .planInterviews: "nødvendige interviews"
    case .planProbabilityAtN: "sandsynlighed med %1 interviews"
    case .planKappaLower: "nedre grænse, kappa skal overstige (κ₀)"
    case .planKappaExpected: "forventet kappa (κ₁)"
    case .planUnitShare: "andel af enhederne kodet med koden"
    case .planConfidence: "konfidensniveau"
    case .planUnits: "nødvendige enheder"
    case .planUnitsExact: "nødvendige enheder før oprunding"
    case .planNotPossible: "ingen stikprøvestørrelse når den styrke inden for %1 interviews"

    // Methods
    case .methodsSaturation: "Tematisk mætning blev vurderet efter Guest, Namey & Chen (2020). %1"
    case .methodsUnitizing:
      "Enigheden om afgrænsning (Krippendorffs uα over transskriptionernes tegn) var %1 samlet"
        + " over koderne."
    case .methodsDiagnostics:
      "Samlet var PABAK %1 og Gwets AC1 %2 (95 % KI %3); pr. kode er prævalens- og"
        + " skævhedsindekset angivet ved siden af kappa."

    // Checklist facts
    case .factInterviewers: "Fra transskriptionernes attribut 'interviewer': %1."
    case .factInterviewersMissing: "Ikke angivet for %1."
    case .factSampleSize: "%1 deltagere (%2)."
    case .factDates: "interviews fra %1 til %2"
    case .factDuration:
      "%1 af %2 transskriptioner har tidsstempler: %3 til %4 (median %5)."
    case .factCoders: "%1 kodere (%2) kodede transskriptionerne, hver i sin egen kodefil. %3"
    case .factMerged: "Deres kodninger blev samlet i %1."
    case .factNoMerge: "Projektet har ingen samlet kodefil."
    case .factCodebook: "Kodebog “%1”: %2 temaer, %3 koder, op til %4 niveauer."
    case .factQuotations: "%1 citater, hvert med deltager og linje (fx %2)."
    case .factThemes: "%1 temaer: %2."
    case .factDataProcessing:
      "Transskriptioner (%1) kodet i QualKit; hver kodning gemmer sit tekststykke, sin tekst og"
        + " en hash af den transskription, den blev lavet på."
    case .factAgreement: "Enighed mellem kodere samlet over koderne: %1."

    // Checklists
    case .checklistHeading: "Tjekliste for rapportering: %1"
    case .checklistCaption: "%1: %2 punkter, udfyldt fra projektet, hvor det kan lade sig gøre"
    case .numberColumn: "Nr."
    case .domainColumn: "Område"
    case .itemColumn: "Punkt"
    case .guideColumn: "Vejledning"
    case .reportedColumn: "Rapporteret"
    case .forResearcher: "— udfyldes af forskeren"
    case .checklistIntro:
      "Punkter, der er udfyldt nedenfor, kommer fra projektets filer; de øvrige udfylder"
        + " forskeren. Kontrollér hvert punkt før indsendelse."
    }
  }
}
