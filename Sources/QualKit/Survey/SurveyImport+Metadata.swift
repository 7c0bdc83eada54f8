extension SurveyImport {
  /// The columns each tool adds about a response rather than from the
  /// respondent (lower case): ignored, never groups.
  static let metadataNames: [SurveyExportLayout: Set<String>] = [
    .qualtrics: [
      "startdate", "enddate", "status", "ipaddress", "progress", "duration (in seconds)",
      "finished", "recordeddate", "responseid", "recipientlastname", "recipientfirstname",
      "recipientemail", "externalreference", "locationlatitude", "locationlongitude",
      "distributionchannel", "userlanguage", "responseset", "name", "externaldatareference",
      "emailaddress", "locationaccuracy",
    ],
    .surveyMonkey: [
      "respondent id", "collector id", "start date", "end date", "ip address", "email address",
      "first name", "last name",
    ],
    .limeSurvey: [
      "id", "submitdate", "lastpage", "startlanguage", "seed", "token", "startdate", "datestamp",
      "ipaddr", "refurl", "interviewtime", "response id", "date submitted", "last page",
      "start language", "date started", "date last action", "ip address", "referrer url",
      "total time",
    ],
    .redcap: [
      "redcap_event_name", "redcap_repeat_instrument", "redcap_repeat_instance",
      "redcap_survey_identifier", "redcap_data_access_group", "event name", "repeat instrument",
      "repeat instance", "survey identifier", "data access group", "survey timestamp",
      "complete?",
    ],
    .googleForms: SurveyExportLayout.formsTimestamps.union([
      "email address", "e-mail address", "e-mailadresse", "e-mail-adresse", "score", "email",
    ]),
  ]

  /// Whether column `name` is metadata in an export of `layout`.
  static func isMetadata(_ name: String, layout: SurveyExportLayout) -> Bool {
    let lowered = name.lowercased()
    if metadataNames[layout]?.contains(lowered) ?? false { return true }
    switch layout {
    case .qualtrics:
      return name.hasPrefix("Q_") || name.hasSuffix("_DO")
    case .redcap:
      return name.hasSuffix("_complete") || name.hasSuffix("_timestamp")
    case .limeSurvey:
      return lowered.hasPrefix("group time:") || lowered.hasPrefix("question time:")
        || lowered.hasSuffix("time") && lowered.contains("x") && lowered.first?.isNumber == true
    case .surveyMonkey:
      return lowered.hasPrefix("custom data")
    default:
      return false
    }
  }
}

extension SurveyImportBuilder {
  /// The id columns each tool writes.
  static let knownIDs: [SurveyExportLayout: [String]] = [
    .qualtrics: ["ResponseId", "ResponseID"],
    .surveyMonkey: ["Respondent ID"],
    .limeSurvey: ["id", "Response ID"],
  ]

  /// Column names that say "respondent id" in a plain or SurveyXact file (lower case).
  static let idNames: Set<String> = [
    "respondent", "respondent id", "respondentid", "respondent_id", "id", "participant",
    "participant id", "participant_id", "participantid", "record_id", "record id", "deltager",
    "deltager id", "deltagerid", "løbenummer", "lbnr", "respondentnummer", "informant",
  ]
}
