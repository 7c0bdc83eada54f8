extension Phrase {
  /// The phrase in English.
  var english: String {
    switch self {
    // Every report
    case .table: "Table"
    case .figure: "Figure"
    case .chartInHTML: "The chart is drawn in the HTML report."
    case .notAvailable: "n/a"
    case .yes: "yes"
    case .no: "no"
    case .quotations: "Quotations"
    case .lineCitation: "l. %1"
    case .linesCitation: "l. %1–%2"
    case .asCoded: "(as coded; the transcript has changed)"
    case .roundingNote: "Percentages may not sum to 100 because of rounding."
    case .latexComment: "The themes report, written by QualKit. Compile with pdflatex, xelatex or"
    case .latexCommentContinued:
      "lualatex; each table and chart is a fragment of its own (\\input below)."

    // Report sections
    case .themesReport: "Themes report"
    case .date: "Date: %1"
    case .methods: "Methods"
    case .themesAtAGlance: "Themes at a glance"
    case .themes: "Themes"
    case .interCoderAgreement: "Inter-coder agreement"
    case .survey: "Survey"
    case .codesByGroupAndCooccurrence: "Codes by group and co-occurrence"
    case .jointDisplay: "Joint display"

    // Prevalence tables and charts
    case .code: "Code"
    case .segments: "Segments"
    case .all: "All"
    case .noValue: "no value"
    case .noSegments: "No segments are coded with this code."
    case .noCodings:
      "The project has no accepted codings yet: every code below is listed with 0. "
        + "Code transcripts with 'qualkit tag' or review auto-codes with 'qualkit review'."
    case .prevalenceNote:
      "Segments: coded passages, a passage that several coders coded counted once. "
        + "Participant columns: how many participants (transcripts) have at least one segment, "
        + "out of N in the group. A theme counts the segments of the codes below it."
    case .overviewCaption: "Themes: segments and participants"
    case .themeCaption: "%1: segments and participants"
    case .prevalenceChartTitle: "Participants who voiced each theme, by %1"
    case .prevalenceChartAxis: "participants in the group (%)"

    // Agreement in the report
    case .agreementThemesCaption: "Inter-coder agreement per theme (pooled over its codes)"
    case .agreementCodesCaption: "Inter-coder agreement per code"
    case .theme: "Theme"
    case .pooled: "pooled"
    case .unitIntroEvery: "The unit is %1; every %2 counts, coded or not."
    case .unitIntroCodedOnly: "The unit is %1; only %2 some coder coded count."
    case .overlapRule:
      "A coder codes a unit with a code when any of their accepted codings of it overlaps"
        + " the unit. Pooled figures put every code × unit decision in one table."
    case .codersSentence: "Coders: %1."
    case .noCoderUsedTheme: "no coder used a code of this theme"
    case .poolingNote: "pooled: every code x unit decision of the codes shown in one table"

    // Survey in the report
    case .surveyIntro:
      "%1 respondents answered the survey%2. Each item's bars run from the lowest level (left)"
        + " to the highest (right), centred on the scale's midpoint; a middle level is split"
        + " across it. Missing and don't-know answers are left out of the percentages."
    case .shownBy: ", shown by %1"

    // Methods paragraph
    case .interviewTranscript: "%1 interview transcript"
    case .interviewTranscripts: "%1 interview transcripts"
    case .groupsByAttribute: "%1 by %2"
    case .analysisCoversOne: "The analysis covers %1%2, %3 of which is coded."
    case .analysisCoversMany: "The analysis covers %1%2, %3 of which are coded."
    case .quotedTitle: "“%1”"
    case .themeCount: "%1 theme"
    case .themesCount: "%1 themes"
    case .codeCount: "%1 code"
    case .codesCount: "%1 codes"
    case .codebookWithCodes: "the codebook%1 of %2 and %3 in all (%4 codable)"
    case .noCoderYetSentence: "No coder has accepted codings yet; the codes come from %1."
    case .oneCoder: "One coder"
    case .coderCount: "%1 coders"
    case .codedThemWith: "%1 (%2) coded them with %3."
    case .countsAcceptedOnly:
      "The report counts accepted codings only, a passage several coders coded counted once: %1."
    case .segmentCount: "%1 segment"
    case .segmentsCount: "%1 segments"
    case .agreementComputed:
      "Inter-coder agreement was computed per code with %1 as the unit, %2; pooled over all"
        + " codes (%3 code × unit decisions), %4."
    case .everyUnitCounting: "every %1 counting whether coded or not"
    case .onlyCodedUnitsCounting: "only %1 some coder coded counting"
    case .statisticWas: "%1 was %2"
    case .percentAgreementInText: "percent agreement"
    case .undefined: "undefined"
    case .analysisDoneWith: "The analysis was done with %1."
    case .and: "and"
    case .assistedCoding:
      "Of the %1 codings counted, %2 began as proposals that a coder reviewed and accepted: %3. Proposals not reviewed were not counted."
    case .assistedKeyword: "%1 from keyword rules"
    case .assistedImported: "%1 imported from another program's tags"
    case .assistedModel:
      "%1 from a model learned from the codings of %2 in %3 transcripts (%4, %5)"
    case .assistedModelUnread: "%1 from the model %2 (its file could not be read)"

    // Units of agreement and co-occurrence
    case .turn: "turn"
    case .line: "line"
    case .character: "character"
    case .turns: "turns"
    case .lines: "lines"
    case .characters: "characters"
    case .theTurn: "the turn"
    case .theLine: "the line"
    case .theCharacter: "the character"
    case .theSpeakerTurn: "the speaker turn"
    case .charOption: "char"
    case .transcript: "transcript"
    case .transcripts: "transcripts"
    case .overlap: "overlap"

    // Coding statuses
    case .acceptedOne, .acceptedMany: "accepted"
    case .proposedOne, .proposedMany: "proposed"
    case .rejectedOne, .rejectedMany: "rejected"

    // Agreement coefficients
    case .percentAgreement: "Percent agreement"
    case .percentAgreementColumn: "% agreement"
    case .cohenKappa: "Cohen's kappa"
    case .scottPi: "Scott's pi"
    case .fleissKappa: "Fleiss' kappa"
    case .krippendorffAlpha: "Krippendorff's alpha"
    case .brennanPrediger: "Brennan-Prediger kappa"
    case .gwetAC1: "Gwet's AC1"

    // Agreement table
    case .codersHeader: "coders: %1"
    case .transcriptsHeader: "transcripts: %1"
    case .none: "none"
    case .unitHeader: "unit: %1 (%2)"
    case .onlySomeoneCoded: "only %1 someone coded count"
    case .everyUnitCounts: "every %1 counts, coded or not"
    case .codingsCounted: "codings counted: %1 (rejected never)"
    case .codingsCountedProposedLeftOut: "codings counted: %1 (rejected never, proposed left out)"
    case .speakersHeader:
      "speakers: %1 (units are their turns only; %2codings elsewhere do not count)"
    case .participantIsEveryRole: "participant is every role but interviewer; "
    case .codeColumn: "code"
    case .units: "units"
    case .codedByAny: "coded by any"
    case .isUndefinedBecause: "%1 is undefined: %2"

    // Why a statistic is undefined
    case .noUnits: "there are no units"
    case .coderHasNoValues: "coder '%1' has no values"
    case .chanceIsOne:
      "expected (chance) agreement is 1 because only one category is in use, so %1 cannot"
        + " measure agreement beyond chance"
    case .noUnitCodedByBoth: "no unit was coded by both coders"
    case .levelNeedsNumbers: "%1 level needs numeric values"
    case .fewerThanTwoPairable: "fewer than 2 pairable values: no unit has values from 2 coders"
    case .gwetNeedsCategories: "Gwet's AC1 needs at least 2 categories"
    case .fewerThanTwoGroups: "fewer than two groups have valid answers"
    case .everyAnswerSame: "every answer is the same"
    case .alphaNeedsItems: "alpha needs at least two items"
    case .alphaNeedsCases: "alpha needs at least two complete cases"
    case .noVariance: "the summed scores have no variance"
    case .groupHasNoValidAnswers: "a group has no valid answers"
    case .alphaTooLarge: "the values are too large to compute alpha"
    case .differencesOverflow:
      "the values are too large to compute with (their differences overflow)"
    case .beyondDoubleRange:
      "too large to compute: the result is beyond the range of double-precision numbers (±1.8e308)"

    // What a table counted
    case .segmentsSummary: "%1 of %2 in %3; a segment coded by several coders counts once"
    case .statusSegment: "%1 %2 segment"
    case .statusSegments: "%1 %2 segments"
    case .codersNamed: "coders %1"
    case .noCoderYet: "no coder yet"
    case .transcriptCount: "%1 transcript"
    case .transcriptsCount: "%1 transcripts"
    case .participantLinked: "%1 participant linked to survey respondents by %2"
    case .participantsLinked: "%1 participants linked to survey respondents by %2"
    case .linkAttribute: "attribute '%1'"
    case .participantID: "participant id"
    case .notInSurvey: "; not in the survey: %1"
    case .respondentNotInterviewed: "; %1 respondent not interviewed"
    case .respondentsNotInterviewed: "; %1 respondents not interviewed"

    // Code matrix and co-occurrence
    case .matrixCaption: "Codes × %1: %2"
    case .allTranscripts: "all transcripts"
    case .segmentsLower: "segments"
    case .participantsLower: "participants"
    case .ownTotalSegments:
      "Own: segments of the code itself; Total and groups: of the code and the codes below it"
    case .ownTotalParticipants:
      "Own: participants with the code itself; Total and groups: with the code or a code below"
        + " it (N = participants in the group)"
    case .label: "Label"
    case .own: "Own"
    case .total: "Total"
    case .anyID: "any"
    case .anyCode: "Any code"
    case .notInCodebook: "not in the codebook, not counted: %1"
    case .noneGroup: "(none)"
    case .cooccurrenceCaption: "Code co-occurrence by %1"
    case .rolledUpToDepth: " (codes rolled up to depth %1)"
    case .overlapPreamble:
      "Both: pairs of overlapping segments; A, B: segments of each; Jaccard: characters coded"
        + " with both / with either"
    case .unitPreamble: "Both: %1 with both codes; A, B: %1 with each; Jaccard = both / either"
    case .codeA: "Code A"
    case .codeB: "Code B"
    case .both: "Both"

    // Joint display
    case .definition: "Definition"
    case .participantsOfN: "Participants (n/N)"
    case .quoteNumber: "Quote %1"
    case .surveyItemsColumn: "Survey items (median; % per level)"
    case .constructScoreColumn: "Construct score with / without theme"
    case .metaInference: "Meta-inference"
    case .jointCaption: "Joint display: themes and survey results"
    case .surveyItemsBy: "Survey items by %1: median and % of valid answers per level%2"
    case .allRespondents: "all respondents"
    case .quotesRule:
      "Quotes: exemplars marked by coders first, else the shortest segments of at least %1"
        + " words, one per participant"
    case .groupMedian: "%1 Mdn %2 (%3, n %4)"
    case .noValidAnswers: "no valid answers"
    case .withWithout: "with %1; without %2"

    // Survey tables
    case .answersOnScale: "Answers on the scale %1"
    case .respondentsPreamble:
      "%1 respondents%2; % of valid answers (n); missing = blank, don't know and other missing;"
        + " quartiles %3"
    case .byAttribute: ", by %1"
    case .reverseScoredNote:
      "(R) reverse-scored item: shown as answered, mirrored in construct scores"
    case .item: "Item"
    case .group: "Group"
    case .missing: "Missing"
    case .median: "Median"
    case .mean: "Mean"
    case .topTwo: "Top 2"
    case .oneValidAnswer: "one valid answer"
    case .constructsCaption: "Construct scores (mean of items, reverse items mirrored)"
    case .completeCasesOnly: "complete cases only; Cronbach's alpha on the same cases"
    case .construct: "Construct"
    case .items: "Items"
    case .alpha: "Alpha"
    case .fewerThanTwoCases: "fewer than two complete cases"
    case .groupComparisonTwo: "Group comparison: %1 vs %2"
    case .groupComparison: "Group comparison: %1"
    case .mannWhitneyPreamble:
      "Mann–Whitney U, two-sided; U of the first group; r = rank-biserial correlation"
        + " (positive: the first group answers higher)"
    case .itemOrConstruct: "Item or construct"
    case .pValue: "p-value"
    case .asymptotic: "asymptotic"
    case .exact: "exact"
    case .constructSuffix: "%1 (construct)"
    case .kruskalWallisPreamble:
      "Kruskal–Wallis H with the tie correction; p from chi-square with k − 1 df"
    case .nPerGroup: "n per group"
    case .surveyItemsByGroup: "Survey items by group"
    case .allGroup: "all"

    // Quantitized codes
    case .quantitizedCaption: "Quantitized codes by participant (%1)"
    case .presence: "presence"
    case .count: "count"
    case .quantitizedColumnsCaption: "Columns of the quantitized table"
    case .name: "name"
    case .labelLower: "label"
    case .kind: "kind"
    case .source: "source"
    case .values: "values"
    case .participant: "participant"
    case .attribute: "attribute"
    case .itemKind: "item"
    case .constructKind: "construct"
    case .idKind: "id"
    case .transcriptID: "transcript id"
    case .fromCodebook: "codebook: %1"
    case .fromSurvey: "survey: %1"
    case .surveyMeanOf: "survey: mean of %1"
    case .presenceValues: "1 = coded (the code or a code below it), 0 = not"
    case .numberOfSegments: "number of segments"
    case .reverseAsAnswered: " (reverse-scored, as answered)"
    case .emptyIsMissing: "; empty = missing"
    case .constructValues:
      "mean of the items, reverse items mirrored; empty unless every item was answered"
    }
  }
}
