/// Every word a table, chart or report of QualKit shows, as a key into a
/// ``Vocabulary``.
///
/// Each language's form is a `switch` over every case (``english`` and
/// ``danish``), so a phrase cannot be added without a form in each
/// language: the library does not compile. A phrase's placeholders `%1`,
/// `%2`, … stand for the arguments ``Vocabulary/callAsFunction(_:_:)``
/// fills in; every language's form uses the same ones. Data is never a
/// phrase: code labels come from the codebook, attribute values and survey
/// wording from the project.
enum Phrase: CaseIterable, Hashable, Sendable {
  // MARK: - Every report
  case table, figure, chartInHTML, notAvailable, yes, no, quotations
  case lineCitation, linesCitation, asCoded, roundingNote
  case latexComment, latexCommentContinued

  // MARK: - Report sections
  case themesReport, date, methods, themesAtAGlance, themes, interCoderAgreement, survey
  case codesByGroupAndCooccurrence, jointDisplay

  // MARK: - Prevalence tables and charts
  case code, segments, all, noValue, noSegments, noCodings, prevalenceNote, overviewCaption
  case themeCaption, prevalenceChartTitle, prevalenceChartAxis

  // MARK: - Agreement in the report
  case agreementThemesCaption, agreementCodesCaption, theme, pooled
  case unitIntroEvery, unitIntroCodedOnly, overlapRule, codersSentence, noCoderUsedTheme
  case poolingNote

  // MARK: - Survey in the report
  case surveyIntro, shownBy

  // MARK: - Methods paragraph
  case interviewTranscript, interviewTranscripts, groupsByAttribute
  case analysisCoversOne, analysisCoversMany, quotedTitle
  case themeCount, themesCount, codeCount, codesCount, codebookWithCodes, noCoderYetSentence
  case oneCoder, coderCount, codedThemWith, countsAcceptedOnly, segmentCount, segmentsCount
  case agreementComputed, everyUnitCounting, onlyCodedUnitsCounting, statisticWas
  case percentAgreementInText, undefined, analysisDoneWith, and
  case assistedCoding, assistedKeyword, assistedImported, assistedModel, assistedModelUnread

  // MARK: - Units of agreement and co-occurrence
  case turn, line, character, turns, lines, characters
  case theTurn, theLine, theCharacter, theSpeakerTurn, charOption
  case transcript, transcripts, overlap

  // MARK: - Coding statuses (one segment, several segments)
  case acceptedOne, acceptedMany, proposedOne, proposedMany, rejectedOne, rejectedMany

  // MARK: - Agreement coefficients
  case percentAgreement, percentAgreementColumn, cohenKappa, scottPi, fleissKappa
  case krippendorffAlpha, brennanPrediger, gwetAC1

  // MARK: - Agreement table
  case codersHeader, transcriptsHeader, none, unitHeader, onlySomeoneCoded, everyUnitCounts
  case codingsCounted, codingsCountedProposedLeftOut, speakersHeader, participantIsEveryRole
  case codeColumn, units, codedByAny, isUndefinedBecause

  // MARK: - Why a statistic is undefined (the reasons of `Stats/`)
  case noUnits, coderHasNoValues, chanceIsOne, noUnitCodedByBoth, levelNeedsNumbers
  case fewerThanTwoPairable, gwetNeedsCategories, fewerThanTwoGroups, everyAnswerSame
  case alphaNeedsItems, alphaNeedsCases, noVariance, groupHasNoValidAnswers
  case alphaTooLarge, differencesOverflow, beyondDoubleRange

  // MARK: - What a table counted
  case segmentsSummary, statusSegment, statusSegments, codersNamed, noCoderYet
  case transcriptCount, transcriptsCount
  case participantLinked, participantsLinked, linkAttribute, participantID, notInSurvey
  case respondentNotInterviewed, respondentsNotInterviewed

  // MARK: - Code matrix and co-occurrence
  case matrixCaption, allTranscripts, segmentsLower, participantsLower
  case ownTotalSegments, ownTotalParticipants, label, own, total, anyID, anyCode
  case notInCodebook, noneGroup
  case cooccurrenceCaption, rolledUpToDepth, overlapPreamble, unitPreamble, codeA, codeB, both

  // MARK: - Joint display
  case definition, participantsOfN, quoteNumber, surveyItemsColumn, constructScoreColumn
  case metaInference, jointCaption, surveyItemsBy, allRespondents, quotesRule, groupMedian
  case noValidAnswers, withWithout

  // MARK: - Survey tables
  case answersOnScale, respondentsPreamble, byAttribute, reverseScoredNote
  case item, group, missing, median, mean, topTwo, oneValidAnswer
  case constructsCaption, completeCasesOnly, construct, items, alpha, fewerThanTwoCases
  case groupComparisonTwo, groupComparison, mannWhitneyPreamble, itemOrConstruct, pValue
  case asymptotic, exact, constructSuffix, kruskalWallisPreamble, nPerGroup
  case surveyItemsByGroup, allGroup

  // MARK: - Quantitized codes
  case quantitizedCaption, presence, count, quantitizedColumnsCaption
  case name, labelLower, kind, source, values
  case participant, attribute, itemKind, constructKind, idKind, transcriptID
  case fromCodebook, fromSurvey, surveyMeanOf, presenceValues, numberOfSegments
  case reverseAsAnswered, emptyIsMissing, constructValues

  /// The phrases that are the reasons `Stats/` gives for an undefined
  /// statistic, which ``Vocabulary/explanation(_:)`` translates.
  static let explanations: [Phrase] = [
    .noUnits, .coderHasNoValues, .chanceIsOne, .noUnitCodedByBoth, .levelNeedsNumbers,
    .fewerThanTwoPairable, .gwetNeedsCategories, .fewerThanTwoGroups, .everyAnswerSame,
    .alphaNeedsItems, .alphaNeedsCases, .noVariance, .groupHasNoValidAnswers, .alphaTooLarge,
    .differencesOverflow, .beyondDoubleRange,
  ]
}
