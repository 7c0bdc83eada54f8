/// The words of the rigor analyses (saturation, agreement diagnostics,
/// unitizing agreement, sample-size plans, reporting checklists) as keys
/// into a ``Vocabulary``, each with a form in every language.
///
/// Kept apart from `Phrase` so that this folder's words live beside its
/// analyses; ``Vocabulary`` reads both the same way, and a test checks
/// that every case has a Danish form with the same placeholders.
enum RigorPhrase: CaseIterable, Hashable, Sendable {
  // MARK: - Saturation
  case saturation, saturationCurveCaption, fileOrder, interviewNumber, interview, codesColumn
  case newCodesColumn, cumulativeColumn, cumulativeShareColumn, saturationMethod, notation
  case saturationReached, saturationTooFew, saturationNoBaseCodes, saturationNotReached
  case bootstrapSentence, bootstrapNever, uncodedLeftOut, saturationSummaryCaption
  case groupColumn, interviewsColumn, saturationColumn, reachedShareColumn, medianColumn
  case rangeColumn, allInterviews, chartTitle, chartAxis, tooFewShort, notReachedShort
  case newCodeOne, newCodeMany, interviewOne, interviewMany
  case noBaseCodesShort, reachedShort, neverReachedShort, bootstrapNote

  // MARK: - Agreement diagnostics
  case diagnosticsCaption, unitsColumn, percentColumn, intervalColumn, pabak, prevalenceIndex
  case biasIndex, paradoxNote, intervalsNote, notTwoCoders, noUnitsDiagnostics, diagnosticsIntro
  case noIntervalReason

  // MARK: - Unitizing agreement
  case unitizingCaption, segmentsColumn, charactersColumn, unitizingAlpha, unitizingNote
  case noSegmentsOfCode, noExpectedDisagreement, unitizingIntro

  // MARK: - Plans
  case planThemesSentence, planKappaSentence, planCaption, quantityColumn, valueColumn
  case planPrevalence, planInstances, planPower, planInterviews, planProbabilityAtN
  case planKappaLower, planKappaExpected, planUnitShare, planConfidence, planUnits, planUnitsExact
  case planNotPossible

  // MARK: - Methods
  case methodsSaturation, methodsUnitizing, methodsDiagnostics

  // MARK: - Checklist facts
  case factInterviewers, factInterviewersMissing, factSampleSize, factDates, factDuration
  case factCoders, factMerged, factNoMerge, factCodebook, factQuotations, factThemes
  case factDataProcessing, factAgreement

  // MARK: - Checklists
  case checklistHeading, checklistCaption, numberColumn, domainColumn, itemColumn
  case guideColumn, reportedColumn, forResearcher, checklistIntro
}
