public import Foundation

extension StableIDs {
  /// The GUID of the attribute (REFI-QDA variable) `name`.
  public func variable(name: String) -> UUID {
    guid("variable", [name])
  }

  /// The GUID of the case (participant) whose transcript has `id`.
  public func participant(id: String) -> UUID {
    guid("case", [id])
  }

  /// The GUID of the memo (REFI-QDA note) of the coding whose GUID is `coding`.
  public func memo(ofCoding coding: UUID) -> UUID {
    guid("memo", [coding.lowercasedString])
  }
}
