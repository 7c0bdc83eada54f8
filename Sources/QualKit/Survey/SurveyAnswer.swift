/// One respondent's answer to one item, classified by the item's scale.
public enum SurveyAnswer: Hashable, Sendable {
  /// A level of the scale, by its index in ``LikertScale/levels``.
  case level(Int)
  /// An empty cell.
  case blank
  /// A don't-know answer ("Ved ikke").
  case dontKnow
  /// Another answer the scale lists as missing.
  case missing

  /// The compact code a ``Survey`` stores: the level index, or a negative code.
  var code: Int8 {
    switch self {
    case .level(let index): Int8(clamping: index)
    case .blank: -1
    case .dontKnow: -2
    case .missing: -3
    }
  }

  /// The answer a stored code stands for.
  init(code: Int8) {
    switch code {
    case -1: self = .blank
    case -2: self = .dontKnow
    case -3: self = .missing
    default: self = .level(Int(code))
    }
  }
}
