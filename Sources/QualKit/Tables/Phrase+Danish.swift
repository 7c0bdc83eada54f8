extension Phrase {
  /// The phrase in Danish.
  ///
  /// An undefined value is `i.t.` (ikke tilgængelig, Danish for "not
  /// available"), always with a numbered note that gives the reason.
  var danish: String {
    switch self {
    // Every report
    case .table: "Tabel"
    case .figure: "Figur"
    case .chartInHTML: "Figuren er tegnet i HTML-rapporten."
    case .notAvailable: "i.t."
    case .yes: "ja"
    case .no: "nej"
    case .quotations: "Citater"
    case .lineCitation: "l. %1"
    case .linesCitation: "l. %1–%2"
    case .asCoded: "(som kodet; transskriptionen er ændret siden)"
    case .roundingNote: "Procenterne summer ikke nødvendigvis til 100 på grund af afrunding."
    case .latexComment: "Temarapporten, skrevet af QualKit. Kompilér med pdflatex, xelatex eller"
    case .latexCommentContinued:
      "lualatex; hver tabel og figur er et fragment for sig (\\input nedenfor)."

    // Report sections
    case .themesReport: "Temarapport"
    case .date: "Dato: %1"
    case .methods: "Metode"
    case .themesAtAGlance: "Temaerne i overblik"
    case .themes: "Temaer"
    case .interCoderAgreement: "Enighed mellem kodere"
    case .survey: "Spørgeskema"
    case .codesByGroupAndCooccurrence: "Koder efter gruppe og samforekomst"
    case .jointDisplay: "Integreret fremstilling"

    // Prevalence tables and charts
    case .code: "Kode"
    case .segments: "Segmenter"
    case .all: "Alle"
    case .noValue: "ingen værdi"
    case .noSegments: "Ingen segmenter er kodet med denne kode."
    case .noCodings:
      "Projektet har endnu ingen accepterede kodninger: alle koder nedenfor står med 0. "
        + "Kod transskriptioner med 'qualkit tag', eller gennemgå autokoder med 'qualkit review'."
    case .prevalenceNote:
      "Segmenter: kodede passager; en passage, som flere kodere har kodet, tælles én gang. "
        + "Deltagerkolonner: hvor mange deltagere (transskriptioner) der har mindst ét segment, "
        + "ud af N i gruppen. Et tema tæller segmenterne fra koderne under det."
    case .overviewCaption: "Temaer: segmenter og deltagere"
    case .themeCaption: "%1: segmenter og deltagere"
    case .prevalenceChartTitle: "Deltagere, der nævner hvert tema, efter %1"
    case .prevalenceChartAxis: "deltagere i gruppen (%)"

    // Agreement in the report
    case .agreementThemesCaption: "Enighed mellem kodere pr. tema (samlet over dets koder)"
    case .agreementCodesCaption: "Enighed mellem kodere pr. kode"
    case .theme: "Tema"
    case .pooled: "samlet"
    case .unitIntroEvery: "Enheden er %1; hver %2 tæller, kodet eller ej."
    case .unitIntroCodedOnly: "Enheden er %1; kun %2, som en koder har kodet, tæller."
    case .overlapRule:
      "En koder har kodet en enhed med en kode, når en af koderens accepterede kodninger"
        + " med koden overlapper enheden. Samlede tal lægger alle beslutninger (kode × enhed)"
        + " i én tabel."
    case .codersSentence: "Kodere: %1."
    case .noCoderUsedTheme: "ingen koder har brugt en kode fra dette tema"
    case .poolingNote: "samlet: alle beslutninger (kode × enhed) for de viste koder i én tabel"

    // Survey in the report
    case .surveyIntro:
      "%1 respondenter har besvaret spørgeskemaet%2. Hvert spørgsmåls søjler går fra det"
        + " laveste niveau (til venstre) til det højeste (til højre), centreret om skalaens"
        + " midtpunkt; et midterniveau deles over midten. Manglende svar og ved ikke indgår ikke"
        + " i procenterne."
    case .shownBy: ", vist efter %1"

    // Methods paragraph
    case .interviewTranscript: "%1 interviewtransskription"
    case .interviewTranscripts: "%1 interviewtransskriptioner"
    case .groupsByAttribute: "efter %2: %1"
    case .analysisCoversOne, .analysisCoversMany: "Analysen omfatter %1%2, hvoraf %3 er kodet."
    case .quotedTitle: "»%1«"
    case .themeCount: "%1 tema"
    case .themesCount: "%1 temaer"
    case .codeCount: "%1 kode"
    case .codesCount: "%1 koder"
    case .codebookWithCodes: "kodebogen%1 med %2 og %3 i alt (%4 kan kodes)"
    case .noCoderYetSentence:
      "Ingen koder har endnu accepterede kodninger; koderne kommer fra %1."
    case .oneCoder: "Én koder"
    case .coderCount: "%1 kodere"
    case .codedThemWith: "%1 (%2) har kodet dem med %3."
    case .countsAcceptedOnly:
      "Rapporten tæller kun accepterede kodninger, og en passage, som flere kodere har kodet,"
        + " tælles én gang: %1."
    case .segmentCount: "%1 segment"
    case .segmentsCount: "%1 segmenter"
    case .agreementComputed:
      "Enigheden mellem koderne er beregnet pr. kode med %1 som enhed, %2; samlet over alle"
        + " koder (%3 beslutninger, kode × enhed) var %4."
    case .everyUnitCounting: "hvor hver %1 tæller, kodet eller ej"
    case .onlyCodedUnitsCounting: "hvor kun %1, som en koder har kodet, tæller"
    case .statisticWas: "%1 %2"
    case .percentAgreementInText: "den procentvise enighed"
    case .undefined: "udefineret"
    case .analysisDoneWith: "Analysen er lavet med %1."
    case .and: "og"
    case .assistedCoding:
      "Af de %1 kodninger, der er talt med, begyndte %2 som forslag, som en kodør har gennemgået og godkendt: %3. Forslag uden gennemgang er ikke talt med."
    case .assistedKeyword: "%1 fra nøgleordsregler"
    case .assistedImported: "%1 importeret fra et andet programs koder"
    case .assistedModel:
      "%1 fra en model lært af kodningerne fra %2 i %3 transskriptioner (%4, %5)"
    case .assistedModelUnread: "%1 fra modellen %2 (filen kunne ikke læses)"

    // Units of agreement and co-occurrence
    case .turn: "taletur"
    case .line: "linje"
    case .character, .characters, .charOption: "tegn"
    case .turns: "taleture"
    case .lines: "linjer"
    case .theTurn, .theSpeakerTurn: "taleturen"
    case .theLine: "linjen"
    case .theCharacter: "tegnet"
    case .transcript: "transskription"
    case .transcripts: "transskriptioner"
    case .overlap: "overlap"

    // Coding statuses
    case .acceptedOne: "accepteret"
    case .acceptedMany: "accepterede"
    case .proposedOne: "foreslået"
    case .proposedMany: "foreslåede"
    case .rejectedOne: "afvist"
    case .rejectedMany: "afviste"

    // Agreement coefficients
    case .percentAgreement: "Procentvis enighed"
    case .percentAgreementColumn: "% enighed"
    case .cohenKappa: "Cohens kappa"
    case .scottPi: "Scotts pi"
    case .fleissKappa: "Fleiss' kappa"
    case .krippendorffAlpha: "Krippendorffs alfa"
    case .brennanPrediger: "Brennan-Predigers kappa"
    case .gwetAC1: "Gwets AC1"

    // Agreement table
    case .codersHeader: "kodere: %1"
    case .transcriptsHeader: "transskriptioner: %1"
    case .none: "ingen"
    case .unitHeader: "enhed: %1 (%2)"
    case .onlySomeoneCoded: "kun %1, som nogen har kodet, tæller"
    case .everyUnitCounts: "hver %1 tæller, kodet eller ej"
    case .codingsCounted: "kodninger, der tæller: %1 (afviste aldrig)"
    case .codingsCountedProposedLeftOut:
      "kodninger, der tæller: %1 (afviste aldrig, foreslåede udeladt)"
    case .speakersHeader:
      "talere: %1 (enhederne er kun deres taleture; %2kodninger andre steder tæller ikke)"
    case .participantIsEveryRole: "participant er alle roller undtagen interviewer; "
    case .codeColumn: "kode"
    case .units: "enheder"
    case .codedByAny: "kodet af nogen"
    case .isUndefinedBecause: "%1 er udefineret: %2"

    // Why a statistic is undefined
    case .noUnits: "der er ingen enheder"
    case .coderHasNoValues: "koderen '%1' har ingen værdier"
    case .chanceIsOne:
      "den forventede (tilfældige) enighed er 1, fordi kun én kategori er i brug, så %1 kan"
        + " ikke måle enighed ud over det tilfældige"
    case .noUnitCodedByBoth: "ingen enhed er kodet af begge kodere"
    case .levelNeedsNumbers: "%1-niveauet kræver numeriske værdier"
    case .fewerThanTwoPairable: "færre end 2 parrede værdier: ingen enhed har værdier fra 2 kodere"
    case .gwetNeedsCategories: "Gwets AC1 kræver mindst 2 kategorier"
    case .fewerThanTwoGroups: "færre end to grupper har gyldige svar"
    case .everyAnswerSame: "alle svar er ens"
    case .alphaNeedsItems: "alfa kræver mindst to spørgsmål"
    case .alphaNeedsCases: "alfa kræver mindst to komplette besvarelser"
    case .noVariance: "de summerede scorer har ingen varians"
    case .groupHasNoValidAnswers: "en gruppe har ingen gyldige svar"
    case .alphaTooLarge: "værdierne er for store til at beregne alfa"
    case .differencesOverflow:
      "værdierne er for store at regne med (deres forskelle løber over)"
    case .beyondDoubleRange:
      "for stort til at beregne: resultatet ligger uden for dobbeltpræcisionstals område (±1,8e308)"

    // What a table counted
    case .segmentsSummary: "%1 fra %2 i %3; et segment, som flere kodere har kodet, tælles én gang"
    case .statusSegment: "%1 %2 segment"
    case .statusSegments: "%1 %2 segmenter"
    case .codersNamed: "koderne %1"
    case .noCoderYet: "endnu ingen koder"
    case .transcriptCount: "%1 transskription"
    case .transcriptsCount: "%1 transskriptioner"
    case .participantLinked: "%1 deltager koblet til respondenter via %2"
    case .participantsLinked: "%1 deltagere koblet til respondenter via %2"
    case .linkAttribute: "attributten '%1'"
    case .participantID: "deltager-id"
    case .notInSurvey: "; ikke i spørgeskemaet: %1"
    case .respondentNotInterviewed: "; %1 respondent ikke interviewet"
    case .respondentsNotInterviewed: "; %1 respondenter ikke interviewet"

    // Code matrix and co-occurrence
    case .matrixCaption: "Koder × %1: %2"
    case .allTranscripts: "alle transskriptioner"
    case .segmentsLower: "segmenter"
    case .participantsLower: "deltagere"
    case .ownTotalSegments:
      "Egne: segmenter med selve koden; I alt og grupper: med koden og koderne under den"
    case .ownTotalParticipants:
      "Egne: deltagere med selve koden; I alt og grupper: med koden eller en kode under den"
        + " (N = deltagere i gruppen)"
    case .label: "Betegnelse"
    case .own: "Egne"
    case .total: "I alt"
    case .anyID: "alle"
    case .anyCode: "Alle koder"
    case .notInCodebook: "ikke i kodebogen, ikke talt med: %1"
    case .noneGroup: "(ingen)"
    case .cooccurrenceCaption: "Samforekomst af koder pr. %1"
    case .rolledUpToDepth: " (koder lagt sammen på niveau %1)"
    case .overlapPreamble:
      "Begge: par af overlappende segmenter; A, B: segmenter med hver; Jaccard: tegn kodet"
        + " med begge / med en af dem"
    case .unitPreamble: "Begge: %1 med begge koder; A, B: %1 med hver; Jaccard = begge / en af dem"
    case .codeA: "Kode A"
    case .codeB: "Kode B"
    case .both: "Begge"

    // Joint display
    case .definition: "Definition"
    case .participantsOfN: "Deltagere (n/N)"
    case .quoteNumber: "Citat %1"
    case .surveyItemsColumn: "Spørgsmål (median; % pr. niveau)"
    case .constructScoreColumn: "Konstruktscore med / uden tema"
    case .metaInference: "Metainferens"
    case .jointCaption: "Integreret fremstilling: temaer og spørgeskemaresultater"
    case .surveyItemsBy: "Spørgsmål efter %1: median og % af gyldige svar pr. niveau%2"
    case .allRespondents: "alle respondenter"
    case .quotesRule:
      "Citater: eksempler markeret af kodere først, ellers de korteste segmenter på mindst %1"
        + " ord, ét pr. deltager"
    case .groupMedian: "%1 median %2 (%3, n %4)"
    case .noValidAnswers: "ingen gyldige svar"
    case .withWithout: "med %1; uden %2"

    // Survey tables
    case .answersOnScale: "Svar på skalaen %1"
    case .respondentsPreamble:
      "%1 respondenter%2; % af gyldige svar (n); mangler = blank, ved ikke og andre manglende;"
        + " kvartiler %3"
    case .byAttribute: ", efter %1"
    case .reverseScoredNote:
      "(R) omvendt scoret spørgsmål: vist som besvaret, spejlet i konstruktscorer"
    case .item: "Spørgsmål"
    case .group: "Gruppe"
    case .missing: "Mangler"
    case .median: "Median"
    case .mean: "Gennemsnit"
    case .topTwo: "Top 2"
    case .oneValidAnswer: "ét gyldigt svar"
    case .constructsCaption:
      "Konstruktscorer (gennemsnit af spørgsmål, omvendte spørgsmål spejlet)"
    case .completeCasesOnly: "kun komplette besvarelser; Cronbachs alfa på de samme besvarelser"
    case .construct: "Konstrukt"
    case .items: "Spørgsmål"
    case .alpha: "Alfa"
    case .fewerThanTwoCases: "færre end to komplette besvarelser"
    case .groupComparisonTwo: "Gruppesammenligning: %1 vs. %2"
    case .groupComparison: "Gruppesammenligning: %1"
    case .mannWhitneyPreamble:
      "Mann–Whitney U, tosidet; U for den første gruppe; r = rang-biseriel korrelation"
        + " (positiv: den første gruppe svarer højere)"
    case .itemOrConstruct: "Spørgsmål eller konstrukt"
    case .pValue: "p-værdi"
    case .asymptotic: "asymptotisk"
    case .exact: "eksakt"
    case .constructSuffix: "%1 (konstrukt)"
    case .kruskalWallisPreamble:
      "Kruskal–Wallis H med korrektion for ens rangværdier; p fra chi-i-anden med k − 1"
        + " frihedsgrader"
    case .nPerGroup: "n pr. gruppe"
    case .surveyItemsByGroup: "Spørgsmål efter gruppe"
    case .allGroup: "alle"

    // Quantitized codes
    case .quantitizedCaption: "Kvantificerede koder pr. deltager (%1)"
    case .presence: "tilstedeværelse"
    case .count: "antal"
    case .quantitizedColumnsCaption: "Kolonnerne i den kvantificerede tabel"
    case .name: "navn"
    case .labelLower: "betegnelse"
    case .kind: "type"
    case .source: "kilde"
    case .values: "værdier"
    case .participant: "deltager"
    case .attribute: "attribut"
    case .itemKind: "spørgsmål"
    case .constructKind: "konstrukt"
    case .idKind: "id"
    case .transcriptID: "transskriptions-id"
    case .fromCodebook: "kodebog: %1"
    case .fromSurvey: "spørgeskema: %1"
    case .surveyMeanOf: "spørgeskema: gennemsnit af %1"
    case .presenceValues: "1 = kodet (koden eller en kode under den), 0 = ikke kodet"
    case .numberOfSegments: "antal segmenter"
    case .reverseAsAnswered: " (omvendt scoret, som besvaret)"
    case .emptyIsMissing: "; tom = mangler"
    case .constructValues:
      "gennemsnit af spørgsmålene, omvendte spørgsmål spejlet; tom, medmindre alle spørgsmål"
        + " er besvaret"
    }
  }

  /// Participant attribute names Danish has a word for; others are shown as written.
  static let danishAttributeNames: [String: String] = [
    "role": "rolle", "group": "gruppe", "gender": "køn", "age": "alder",
    "diagnosis": "diagnose", "date": "dato", "site": "sted", "speakers": "talere",
  ]
}
