extension Checklist {
  /// The 21 SRQR items of O'Brien and colleagues (2014).
  ///
  /// The descriptions are shortened; the Danish forms are QualKit's
  /// translation.
  static let srqrItems: [Item] = {
    let title = Text("Title and abstract", "Titel og resumé")
    let introduction = Text("Introduction", "Indledning")
    let methods = Text("Methods", "Metode")
    let results = Text("Results/findings", "Resultater/fund")
    let discussion = Text("Discussion", "Diskussion")
    let other = Text("Other", "Andet")
    func item(_ number: Int, _ domain: Text, _ name: Text, _ guide: Text, _ fact: Fact? = nil)
      -> Item
    {
      Item(number: "S\(number)", domain: domain, item: name, guide: guide, fact: fact)
    }
    return [
      item(
        1, title, Text("Title", "Titel"),
        Text(
          "The nature and topic of the study, identified as qualitative.",
          "Undersøgelsens art og emne, angivet som kvalitativ.")),
      item(
        2, title, Text("Abstract", "Resumé"),
        Text("The key elements of the study.", "Undersøgelsens centrale elementer.")),
      item(
        3, introduction, Text("Problem formulation", "Problemformulering"),
        Text(
          "The problem studied, its significance, and relevant theory and research.",
          "Det undersøgte problem, dets betydning og relevant teori og forskning.")),
      item(
        4, introduction, Text("Purpose or research question", "Formål eller forskningsspørgsmål"),
        Text("The purpose and specific questions.", "Formålet og de konkrete spørgsmål.")),
      item(
        5, methods,
        Text("Qualitative approach and research paradigm", "Kvalitativ tilgang og paradigme"),
        Text(
          "The approach (e.g. ethnography, grounded theory), guiding theory and paradigm, with rationale.",
          "Tilgangen (fx etnografi, grounded theory), teori og paradigme, med begrundelse.")),
      item(
        6, methods,
        Text(
          "Researcher characteristics and reflexivity", "Forskerens karakteristika og refleksivitet"
        ),
        Text(
          "Researchers' characteristics, relationships and assumptions that may influence the research.",
          "Forskernes karakteristika, relationer og antagelser, der kan påvirke forskningen.")),
      item(
        7, methods, Text("Context", "Kontekst"),
        Text("Setting and salient contextual factors.", "Sted og væsentlige kontekstuelle forhold.")
      ),
      item(
        8, methods, Text("Sampling strategy", "Udvælgelsesstrategi"),
        Text(
          "How and why participants were selected; when no further sampling was needed (e.g. saturation).",
          "Hvordan og hvorfor deltagerne blev udvalgt; hvornår det ikke var nødvendigt med flere (fx mætning)."
        ),
        .saturation),
      item(
        9, methods, Text("Ethical issues", "Etiske forhold"),
        Text(
          "Ethics approval, consent, confidentiality and data security.",
          "Etisk godkendelse, samtykke, fortrolighed og datasikkerhed.")),
      item(
        10, methods, Text("Data collection methods", "Dataindsamlingsmetoder"),
        Text(
          "Types of data, procedures, start and stop dates, iterations.",
          "Datatyper, fremgangsmåde, start- og slutdatoer, iterationer."),
        .dataCollection),
      item(
        11, methods,
        Text("Data collection instruments and technologies", "Instrumenter og teknologier"),
        Text(
          "Interview guides and devices used, and how they changed.",
          "Interviewguides og udstyr, og hvordan de ændrede sig.")),
      item(
        12, methods, Text("Units of study", "Undersøgelsesenheder"),
        Text(
          "Number and relevant characteristics of participants.",
          "Antal og relevante karakteristika ved deltagerne."),
        .sampleDescription),
      item(
        13, methods, Text("Data processing", "Databehandling"),
        Text(
          "Transcription, data management and security, coding, de-identification.",
          "Transskription, datahåndtering og -sikkerhed, kodning, pseudonymisering."),
        .dataProcessing),
      item(
        14, methods, Text("Data analysis", "Dataanalyse"),
        Text(
          "How themes were identified and developed, and by whom.",
          "Hvordan temaer blev identificeret og udviklet, og af hvem."),
        .codebook),
      item(
        15, methods, Text("Techniques to enhance trustworthiness", "Teknikker til troværdighed"),
        Text(
          "E.g. member checking, audit trail, triangulation, coder agreement.",
          "Fx deltagertjek, sporbarhed, triangulering, enighed mellem kodere."),
        .trustworthiness),
      item(
        16, results, Text("Synthesis and interpretation", "Syntese og fortolkning"),
        Text("Main findings: interpretations and themes.", "Hovedfund: fortolkninger og temaer."),
        .themes),
      item(
        17, results, Text("Links to empirical data", "Kobling til empiri"),
        Text("Evidence (e.g. quotes) for the findings.", "Belæg (fx citater) for fundene."),
        .quotations),
      item(
        18, discussion,
        Text(
          "Integration with prior work and contribution",
          "Sammenhæng med tidligere forskning og bidrag"),
        Text(
          "How the findings connect to earlier work; transferability; contribution.",
          "Hvordan fundene forholder sig til tidligere forskning; overførbarhed; bidrag.")),
      item(
        19, discussion, Text("Limitations", "Begrænsninger"),
        Text(
          "Trustworthiness and limitations of the findings.",
          "Fundenes troværdighed og begrænsninger.")),
      item(
        20, other, Text("Conflicts of interest", "Interessekonflikter"),
        Text(
          "Sources of influence and how they were managed.",
          "Kilder til påvirkning, og hvordan de blev håndteret.")),
      item(
        21, other, Text("Funding", "Finansiering"),
        Text(
          "Sources of funding and the funders' role.",
          "Finansieringskilder og finansiørernes rolle.")),
    ]
  }()
}
