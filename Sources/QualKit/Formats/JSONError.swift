/// A JSON syntax error at a line and column.
public struct JSONError: InputError, Hashable, Sendable {
  /// What is wrong with the text.
  ///
  /// A `found` value describes the text where the parser stopped, as
  /// messages quote it: `'x'`, `byte 0x01` or `end of file`.
  public enum Kind: Hashable, Sendable {
    /// Text follows the document's one value.
    case textAfterValue
    /// The text ends where a value, or a `,` and a closing bracket, was
    /// expected; `expected` says what, as in "a value" or "',' or '}'".
    case unexpectedEnd(expected: String)
    /// A character that cannot start a value.
    case unexpectedCharacter(found: String)
    /// A misspelt `true`, `false` or `null`.
    case invalidLiteral(expected: String)
    /// Arrays and objects nested deeper than the limit.
    case nestingTooDeep(limit: Int)
    /// A comma right before the closing `}` or `]`.
    case trailingComma(before: Character)
    /// Something other than a quoted name where an object member starts.
    case expectedMemberName(found: String)
    /// A member name not followed by `:`.
    case expectedColon(key: String, found: String)
    /// An object member not followed by `,` or `}`.
    case expectedCommaOrBrace(found: String)
    /// An array element not followed by `,` or `]`.
    case expectedCommaOrBracket(found: String)
    /// A string whose bytes are not valid UTF-8.
    case invalidUTF8
    /// A line break inside a string.
    case lineBreakInString
    /// Another control character inside a string.
    case controlCharacterInString
    /// A string without its closing quote.
    case unterminatedString
    /// A backslash followed by a character JSON does not escape.
    case invalidEscape(Character)
    /// A `\u` escape with fewer than four hexadecimal digits.
    case incompleteUnicodeEscape
    /// A `\u` escape with a character that is not a hexadecimal digit.
    case invalidHexDigit
    /// A `\u` escape that names no Unicode scalar.
    case invalidUnicodeEscape
    /// A high surrogate escape without a low surrogate escape after it.
    case unpairedSurrogate
    /// A high surrogate escape followed by an escape that is no low surrogate.
    case invalidSurrogatePair
    /// A `-` without digits.
    case invalidNumber
    /// A number with a leading zero, such as `01`.
    case leadingZero
    /// A `.` without a digit after it.
    case missingFractionDigits
    /// An `e` without a digit after it (or after its sign).
    case missingExponentDigits
    /// A number too large for a double.
    case numberOutOfRange
  }

  /// What is wrong.
  public var kind: Kind
  /// Where the parser stopped.
  public var position: SourcePosition?

  /// Creates an error of `kind` at `position`.
  public init(_ kind: Kind, at position: SourcePosition?) {
    self.kind = kind
    self.position = position
  }

  public var message: String {
    switch kind {
    case .textAfterValue: "unexpected text after the end of the JSON value"
    case .unexpectedEnd(let expected): "unexpected end of file, expected \(expected)"
    case .unexpectedCharacter(let found): "unexpected character \(found), expected a value"
    case .invalidLiteral(let expected): "invalid literal, expected '\(expected)'"
    case .nestingTooDeep(let limit): "nesting deeper than \(limit) levels"
    case .trailingComma(let bracket): "trailing comma before '\(bracket)'"
    case .expectedMemberName(let found):
      "expected a member name in double quotes, found \(found)"
    case .expectedColon(let key, let found):
      "expected ':' after member name \"\(key)\", found \(found)"
    case .expectedCommaOrBrace(let found): "expected ',' or '}' after a member, found \(found)"
    case .expectedCommaOrBracket(let found):
      "expected ',' or ']' after an element, found \(found)"
    case .invalidUTF8: "string is not valid UTF-8"
    case .lineBreakInString: "string is not closed before the end of the line"
    case .controlCharacterInString: "control character in string"
    case .unterminatedString: "string is never closed"
    case .invalidEscape(let character): "invalid escape '\\\(character)' in string"
    case .incompleteUnicodeEscape: "incomplete \\u escape"
    case .invalidHexDigit: "invalid hexadecimal digit in \\u escape"
    case .invalidUnicodeEscape: "invalid \\u escape"
    case .unpairedSurrogate: "unpaired surrogate in \\u escape"
    case .invalidSurrogatePair: "invalid surrogate pair in \\u escape"
    case .invalidNumber: "invalid number"
    case .leadingZero: "invalid number: leading zero"
    case .missingFractionDigits: "invalid number: expected a digit after '.'"
    case .missingExponentDigits: "invalid number: expected a digit in the exponent"
    case .numberOutOfRange: "number out of range"
    }
  }
}
