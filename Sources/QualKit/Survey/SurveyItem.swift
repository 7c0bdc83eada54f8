/// One question of a survey spec: a CSV column answered on a scale.
public struct SurveyItem: Hashable, Sendable {
  /// The CSV column's header.
  public var column: String
  /// The question's wording, for tables.
  public var text: String?
  /// The scale's name (a spec scale or a built-in one).
  public var scale: String
  /// Whether a high answer means less of the construct (flipped only in construct scores).
  public var reverse: Bool
  /// The construct the item measures, such as `coherence` (a code id links it to that theme).
  public var construct: String?

  /// Creates an item.
  public init(
    column: String, text: String? = nil, scale: String, reverse: Bool = false,
    construct: String? = nil
  ) {
    self.column = column
    self.text = text
    self.scale = scale
    self.reverse = reverse
    self.construct = construct
  }
}
