/// How coders' codings are compared by ``AgreementReport``.
public struct AgreementOptions: Hashable, Sendable {
  /// What a unit is.
  public var unitKind: AgreementUnitKind
  /// Whether to keep only units at least one coder coded (by default every
  /// unit counts, coded or not).
  public var codedOnly: Bool
  /// Whether proposed (unreviewed) auto-codings count as applied; accepted
  /// codings always do, rejected ones never.
  public var includeProposed: Bool
  /// The codes to report, or `nil` for every code any coder used.
  public var codes: [String]?
  /// The coefficients to report, or `nil` for percent agreement, Cohen's
  /// kappa (2 coders) or Fleiss' kappa (more), and Krippendorff's alpha.
  public var statistics: [ReliabilityStatistic]?
  /// The speaker roles whose turns are units (`participant` stands for
  /// every role but `interviewer`), or `nil` for every turn.
  public var roles: [String]?
  /// Whether ``AgreementReport/disagreements`` lists the places where the
  /// coders differ, with the text there; without, the list is empty and
  /// costs no memory.
  public var listsDisagreements: Bool

  /// Creates options; the defaults compare turns, count uncoded units,
  /// leave out proposed codings and list the disagreements.
  public init(
    unitKind: AgreementUnitKind = .turn, codedOnly: Bool = false, includeProposed: Bool = false,
    codes: [String]? = nil, statistics: [ReliabilityStatistic]? = nil, roles: [String]? = nil,
    listsDisagreements: Bool = true
  ) {
    self.roles = roles
    self.listsDisagreements = listsDisagreements
    self.unitKind = unitKind
    self.codedOnly = codedOnly
    self.includeProposed = includeProposed
    self.codes = codes
    self.statistics = statistics
  }

  /// ``roles`` as a set for ``AutoCoder/includes(_:roles:)``.
  public var roleSet: Set<String>? { roles.map(Set.init) }

  /// The statuses that count as a coder applying a code.
  public var countedStatuses: [Coding.Status] {
    includeProposed ? [.proposed, .accepted] : [.accepted]
  }
}
