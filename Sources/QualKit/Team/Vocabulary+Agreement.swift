extension Vocabulary {
  /// A unit's name: `turn`, `line`, `character` (Danish `taletur`, …).
  public func singular(_ unit: AgreementUnitKind) -> String {
    switch unit {
    case .turn: self[.turn]
    case .line: self[.line]
    case .char: self[.character]
    }
  }

  /// A unit's name in the plural: `turns`, `lines`, `characters`.
  public func plural(_ unit: AgreementUnitKind) -> String {
    switch unit {
    case .turn: self[.turns]
    case .line: self[.lines]
    case .char: self[.characters]
    }
  }

  /// A unit with its article: `the turn` (Danish `taleturen`).
  public func definite(_ unit: AgreementUnitKind) -> String {
    switch unit {
    case .turn: self[.theTurn]
    case .line: self[.theLine]
    case .char: self[.theCharacter]
    }
  }

  /// A unit as the option names it: `turn`, `line`, `char`.
  func optionName(_ unit: AgreementUnitKind) -> String {
    unit == .char ? self[.charOption] : singular(unit)
  }

  /// A coefficient's name, such as `Cohen's kappa` (Danish `Cohens kappa`).
  public func name(_ statistic: ReliabilityStatistic) -> String {
    switch statistic {
    case .percentAgreement: self[.percentAgreement]
    case .cohenKappa: self[.cohenKappa]
    case .scottPi: self[.scottPi]
    case .fleissKappa: self[.fleissKappa]
    case .krippendorffAlpha: self[.krippendorffAlpha]
    case .brennanPrediger: self[.brennanPrediger]
    case .gwetAC1: self[.gwetAC1]
    }
  }

  /// A coefficient's column title: its name, `% agreement` for percent agreement.
  public func columnTitle(_ statistic: ReliabilityStatistic) -> String {
    statistic == .percentAgreement ? self[.percentAgreementColumn] : name(statistic)
  }

  /// A coding status as an adjective of `count` codings or segments:
  /// `accepted` (Danish `accepteret`, `accepterede`).
  public func status(_ status: Coding.Status, count: Int = 2) -> String {
    switch status {
    case .accepted: self[count == 1 ? .acceptedOne : .acceptedMany]
    case .proposed: self[count == 1 ? .proposedOne : .proposedMany]
    case .rejected: self[count == 1 ? .rejectedOne : .rejectedMany]
    }
  }
}
