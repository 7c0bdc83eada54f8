extension RigorPhrase {
  /// The phrase in English.
  var english: String {
    switch self {
    // Saturation
    case .saturation: "Saturation"
    case .saturationCurveCaption: "New codes per interview and the cumulative curve (order: %1)"
    case .fileOrder: "file name"
    case .interviewNumber: "#"
    case .interview: "Interview"
    case .codesColumn: "Codes"
    case .newCodesColumn: "New codes"
    case .cumulativeColumn: "Cumulative codes"
    case .cumulativeShareColumn: "% of all codes"
    case .saturationMethod:
      "Guest, Namey & Chen (2020): base size %1, run length %2, new-information threshold %3"
        + " (the new codes of a run relative to the codes of the base). Interviews count when"
        + " they have accepted codings."
    case .notation: "%1+%2, ≤ %3"
    case .saturationReached:
      "Saturation was reached (%1): %2 added %3 to the %4 codes of the base (%5), so"
        + " saturation was seen after interview %6 (%7)."
    case .saturationTooFew:
      "Saturation cannot be assessed (%1): coded interviews: %2; the base and one run need %3."
    case .saturationNoBaseCodes:
      "Saturation cannot be assessed (%1): the base's interviews have no codes."
    case .saturationNotReached:
      "Saturation was not reached (%1): every run added more new codes than the threshold; the"
        + " last, %2, added %3 to the base's %4 (%5)."
    case .bootstrapSentence:
      "Over %1 random orders of the interviews (seed %2), saturation was reached in %3 (%4),"
        + " after a median of %5 interviews (middle 95%: %6–%7)."
    case .bootstrapNever:
      "Over %1 random orders of the interviews (seed %2), saturation was never reached."
    case .uncodedLeftOut: "Left out, with no accepted codings yet: %1."
    case .saturationSummaryCaption: "Saturation overall and by %1, with random interview orders"
    case .groupColumn: "Group"
    case .interviewsColumn: "Interviews"
    case .saturationColumn: "Saturation"
    case .reachedShareColumn: "Orders reaching it"
    case .medianColumn: "Median point"
    case .rangeColumn: "Middle 95%"
    case .allInterviews: "all"
    case .chartTitle: "Distinct codes by interview (order: %1)"
    case .chartAxis: "distinct codes so far"
    case .tooFewShort: "coded interviews: %1; the base and one run need %2"
    case .newCodeOne: "%1 new code"
    case .newCodeMany: "%1 new codes"
    case .interviewOne: "interview %1"
    case .interviewMany: "interviews %1"
    case .notReachedShort: "not reached: every run added more than the threshold"
    case .noBaseCodesShort: "the base's interviews have no codes"
    case .reachedShort: "after interview %1"
    case .neverReachedShort: "no random order reached saturation"
    case .bootstrapNote:
      "Random orders: %1 shuffles of each group's interviews (seed %2); the median and middle"
        + " 95% are of the orders that reached saturation."

    // Agreement diagnostics
    case .diagnosticsCaption: "Agreement diagnostics per code, with %1 confidence intervals"
    case .unitsColumn: "Units"
    case .percentColumn: "% agreement"
    case .intervalColumn: "CI"
    case .pabak: "PABAK"
    case .prevalenceIndex: "Prevalence index"
    case .biasIndex: "Bias index"
    case .paradoxNote:
      "%1: %2 agreement but %3 %4, because the code is rare or near-universal (prevalence index"
        + " %5) and chance agreement is high; PABAK (%6) and AC1 (%7) are not pulled down by it"
        + " (Feinstein & Cicchetti 1990; Byrt, Bishop & Carlin 1993)."
    case .intervalsNote:
      "Intervals: Wilson score for % agreement; a seeded bootstrap over units (%1 resamples, seed"
        + " %2) for kappa and AC1. PI = (both − neither)/n, BI = (first only − second only)/n,"
        + " PABAK = 2·p_o − 1 (Byrt, Bishop & Carlin 1993)."
    case .notTwoCoders: "the prevalence and bias indices are for 2 coders and 2 categories"
    case .noUnitsDiagnostics: "there are no units"
    case .noIntervalReason:
      "no interval: fewer than 2 resamples had a value, or more units than the bootstrap takes"
    case .diagnosticsIntro:
      "Kappa depends on how common a code is: when almost every unit is coded alike, chance"
        + " agreement is high and kappa can be low although the coders agree. The prevalence"
        + " index, bias index, PABAK and Gwet's AC1 show why."

    // Unitizing agreement
    case .unitizingCaption: "Unitizing agreement per code: Krippendorff's uα on the characters"
    case .segmentsColumn: "Segments"
    case .charactersColumn: "Characters coded"
    case .unitizingAlpha: "uα"
    case .unitizingNote:
      "Each transcript's characters, end to end, form one continuum (%1 characters); a coder's"
        + " codings of a code are units, the rest gaps (Krippendorff 2004, pp. 251–256). Pooled:"
        + " 1 − ΣD_o/ΣD_e over the codes."
    case .noSegmentsOfCode: "no coder coded it"
    case .noExpectedDisagreement: "the expected disagreement is 0"
    case .unitizingIntro:
      "The unit-based coefficients ask whether coders coded the same turns; unitizing alpha asks"
        + " whether they marked the same stretches of text, boundaries included."

    // Plans
    case .planThemesSentence:
      "Following Fugard & Potts (2015), %1 interviews give a probability of %2 that at least %3"
        + " of them voice a theme held by %4 of the population; this study has %5 (probability"
        + " %6)."
    case .planKappaSentence:
      "Following Donner & Eliasziw (1992), %1 units give %2 power for the one-sided %3 lower"
        + " confidence bound of kappa to exceed %4 when kappa is %5 and %6 of the units are"
        + " coded; this study compared %7 units per code."
    case .planCaption: "Sample size plan"
    case .quantityColumn: "Quantity"
    case .valueColumn: "Value"
    case .planPrevalence: "share of the population holding the theme (prevalence)"
    case .planInstances: "instances wanted"
    case .planPower: "power (probability wanted)"
    case .planInterviews: "interviews needed"
    case .planProbabilityAtN: "probability with %1 interviews"
    case .planKappaLower: "lower bound kappa must exceed (κ₀)"
    case .planKappaExpected: "expected kappa (κ₁)"
    case .planUnitShare: "share of units coded with the code"
    case .planConfidence: "confidence level"
    case .planUnits: "units needed"
    case .planUnitsExact: "units needed, before rounding up"
    case .planNotPossible: "no sample size reaches that power within %1 interviews"

    // Methods
    case .methodsSaturation: "Thematic saturation was assessed after Guest, Namey & Chen (2020). %1"
    case .methodsUnitizing:
      "Unitizing agreement (Krippendorff's uα over the transcripts' characters) was %1 pooled"
        + " over the codes."
    case .methodsDiagnostics:
      "Pooled, PABAK was %1 and Gwet's AC1 %2 (95% CI %3); per code, the prevalence and bias"
        + " indices are reported beside kappa."

    // Checklist facts
    case .factInterviewers: "From the transcripts' 'interviewer' attribute: %1."
    case .factInterviewersMissing: "Not given for %1."
    case .factSampleSize: "%1 participants (%2)."
    case .factDates: "interviews from %1 to %2"
    case .factDuration:
      "%1 of %2 transcripts have timestamps: %3 to %4 (median %5)."
    case .factCoders: "%1 coders (%2) coded the transcripts, each in a coding file of their own. %3"
    case .factMerged: "Their codings were merged in %1."
    case .factNoMerge: "No merged coding file is in the project."
    case .factCodebook: "Codebook “%1”: %2 themes, %3 codes, up to %4 levels deep."
    case .factQuotations: "%1 quotations, each cited by participant and line (e.g. %2)."
    case .factThemes: "%1 themes: %2."
    case .factDataProcessing:
      "Transcripts (%1) coded in QualKit; each coding stores its span, its text and a hash of"
        + " the transcript it was made on."
    case .factAgreement: "Inter-coder agreement pooled over codes: %1."

    // Checklists
    case .checklistHeading: "Reporting checklist: %1"
    case .checklistCaption: "%1: %2 items, filled in from the project where it can be"
    case .numberColumn: "No."
    case .domainColumn: "Domain"
    case .itemColumn: "Item"
    case .guideColumn: "Guide"
    case .reportedColumn: "Reported"
    case .forResearcher: "— to be completed by the researcher"
    case .checklistIntro:
      "Items filled in below come from the project's files; the others are for the researcher"
        + " to complete. Check every entry before submitting."
    }
  }
}
