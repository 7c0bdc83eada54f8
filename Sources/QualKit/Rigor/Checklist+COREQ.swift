extension Checklist {
  /// The 32 COREQ items (Tong, Sainsbury & Craig 2007), guides shortened;
  /// the Danish forms are QualKit's translation.
  static let coreqItems: [Item] = {
    let team = Text("Research team and reflexivity", "Forskerteam og refleksivitet")
    let design = Text("Study design", "Undersøgelsens design")
    let analysis = Text("Analysis and findings", "Analyse og fund")
    func item(_ number: Int, _ domain: Text, _ name: Text, _ guide: Text, _ fact: Fact? = nil)
      -> Item
    {
      Item(number: "\(number)", domain: domain, item: name, guide: guide, fact: fact)
    }
    return [
      item(
        1, team, Text("Interviewer/facilitator", "Interviewer/facilitator"),
        Text(
          "Which author(s) conducted the interviews?", "Hvilke forfattere gennemførte interviewene?"
        ),
        .interviewers),
      item(
        2, team, Text("Credentials", "Kvalifikationer"),
        Text(
          "The researcher's credentials, e.g. PhD, MD.",
          "Forskerens kvalifikationer, fx ph.d., læge.")),
      item(
        3, team, Text("Occupation", "Stilling"),
        Text(
          "Their occupation at the time of the study.",
          "Deres stilling på tidspunktet for undersøgelsen.")),
      item(
        4, team, Text("Gender", "Køn"),
        Text("The researcher's gender.", "Forskerens køn.")),
      item(
        5, team, Text("Experience and training", "Erfaring og uddannelse"),
        Text("The researcher's experience or training.", "Forskerens erfaring eller uddannelse.")),
      item(
        6, team, Text("Relationship established", "Etableret relation"),
        Text(
          "Was a relationship established before the study began?",
          "Var der etableret en relation, før undersøgelsen begyndte?")),
      item(
        7, team,
        Text("Participant knowledge of the interviewer", "Deltagernes kendskab til intervieweren"),
        Text(
          "What the participants knew about the researcher (goals, reasons for the research).",
          "Hvad deltagerne vidste om forskeren (mål, grunde til forskningen).")),
      item(
        8, team, Text("Interviewer characteristics", "Interviewerens karakteristika"),
        Text(
          "Characteristics reported about the interviewer (bias, assumptions, interests).",
          "Hvad der er oplyst om intervieweren (forforståelse, antagelser, interesser).")),
      item(
        9, design, Text("Methodological orientation and theory", "Metodisk tilgang og teori"),
        Text(
          "The orientation underpinning the study, e.g. grounded theory, phenomenology, content analysis.",
          "Den tilgang, undersøgelsen bygger på, fx grounded theory, fænomenologi, indholdsanalyse."
        )),
      item(
        10, design, Text("Sampling", "Udvælgelse"),
        Text(
          "How participants were selected, e.g. purposive, convenience, snowball.",
          "Hvordan deltagerne blev udvalgt, fx formålsbestemt, bekvemmelighed, sneboldmetode.")),
      item(
        11, design, Text("Method of approach", "Kontaktform"),
        Text(
          "How participants were approached, e.g. face to face, telephone, e-mail.",
          "Hvordan deltagerne blev kontaktet, fx personligt, telefon, e-mail.")),
      item(
        12, design, Text("Sample size", "Stikprøvens størrelse"),
        Text(
          "How many participants were in the study?",
          "Hvor mange deltagere var med i undersøgelsen?"),
        .sampleSize),
      item(
        13, design, Text("Non-participation", "Frafald"),
        Text(
          "How many refused or dropped out, and why?",
          "Hvor mange takkede nej eller faldt fra, og hvorfor?")),
      item(
        14, design, Text("Setting of data collection", "Sted for dataindsamling"),
        Text(
          "Where the data were collected, e.g. home, clinic, workplace.",
          "Hvor data blev indsamlet, fx hjemme, klinik, arbejdsplads.")),
      item(
        15, design, Text("Presence of non-participants", "Tilstedeværelse af andre"),
        Text(
          "Was anyone else present besides participants and researchers?",
          "Var andre end deltagere og forskere til stede?")),
      item(
        16, design, Text("Description of sample", "Beskrivelse af stikprøven"),
        Text(
          "Important characteristics of the sample, e.g. demographics, dates.",
          "Vigtige karakteristika ved stikprøven, fx demografi, datoer."),
        .sampleDescription),
      item(
        17, design, Text("Interview guide", "Interviewguide"),
        Text(
          "Were questions or guides provided, and pilot tested?",
          "Blev spørgsmål eller guide stillet til rådighed og afprøvet?")),
      item(
        18, design, Text("Repeat interviews", "Gentagne interviews"),
        Text(
          "Were repeat interviews carried out? How many?",
          "Blev der gennemført gentagne interviews? Hvor mange?")),
      item(
        19, design, Text("Audio/visual recording", "Lyd-/billedoptagelse"),
        Text(
          "Was the data collected by audio or video recording?",
          "Blev data indsamlet med lyd- eller videooptagelse?")),
      item(
        20, design, Text("Field notes", "Feltnoter"),
        Text(
          "Were field notes made during or after the interviews?",
          "Blev der taget feltnoter under eller efter interviewene?")),
      item(
        21, design, Text("Duration", "Varighed"),
        Text("The duration of the interviews.", "Interviewenes varighed."), .duration),
      item(
        22, design, Text("Data saturation", "Datamætning"),
        Text("Was data saturation discussed?", "Blev datamætning diskuteret?"), .saturation),
      item(
        23, design, Text("Transcripts returned", "Transskriptioner returneret"),
        Text(
          "Were transcripts returned to participants for comment or correction?",
          "Fik deltagerne transskriptionerne til kommentering eller rettelse?")),
      item(
        24, analysis, Text("Number of data coders", "Antal kodere"),
        Text("How many coders coded the data?", "Hvor mange kodere kodede data?"), .coders),
      item(
        25, analysis, Text("Description of the coding tree", "Beskrivelse af kodetræet"),
        Text("Is the coding tree described?", "Er kodetræet beskrevet?"), .codebook),
      item(
        26, analysis, Text("Derivation of themes", "Temaernes oprindelse"),
        Text(
          "Were themes identified in advance or derived from the data?",
          "Blev temaerne fastlagt på forhånd eller udledt af data?")),
      item(
        27, analysis, Text("Software", "Software"),
        Text(
          "What software was used to manage the data?",
          "Hvilken software blev brugt til at håndtere data?"),
        .software),
      item(
        28, analysis, Text("Participant checking", "Deltagertjek"),
        Text(
          "Did participants give feedback on the findings?", "Gav deltagerne feedback på fundene?")),
      item(
        29, analysis, Text("Quotations presented", "Citater"),
        Text(
          "Were quotations presented, each identified (e.g. participant number)?",
          "Blev der vist citater, hver med kilde (fx deltagernummer)?"),
        .quotations),
      item(
        30, analysis, Text("Data and findings consistent", "Sammenhæng mellem data og fund"),
        Text(
          "Are the data presented consistent with the findings?",
          "Er der sammenhæng mellem de viste data og fundene?")),
      item(
        31, analysis, Text("Clarity of major themes", "Tydelige hovedtemaer"),
        Text("Are major themes clearly presented?", "Er hovedtemaerne tydeligt fremstillet?"),
        .themes),
      item(
        32, analysis, Text("Clarity of minor themes", "Tydelige mindre temaer"),
        Text(
          "Are diverse cases or minor themes described?",
          "Er afvigende tilfælde eller mindre temaer beskrevet?")),
    ]
  }()
}
