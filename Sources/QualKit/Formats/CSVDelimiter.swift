/// The field separator of a CSV file.
public enum CSVDelimiter: UInt8, Hashable, Sendable, CaseIterable {
  /// `,`, the RFC 4180 separator.
  case comma = 0x2C
  /// `;`, which Excel writes where the decimal separator is a comma (Danish, German).
  case semicolon = 0x3B
  /// A tab, as in `.tsv` files.
  case tab = 0x09
}
