/// The one UTF-8 validator of QualKit: well-formed UTF-8 as the Unicode
/// standard defines it (no overlong forms, no surrogates, nothing above
/// U+10FFFF), the same bytes `String(validating:as:)` accepts.
///
/// Latin text, Danish included, is ASCII and two-byte scalars, which
/// ``scan(_:)`` confirms eight bytes at a time (see ``SWAR``); a word that
/// holds anything else is checked scalar by scalar. The same pass notes
/// whether the bytes may hold a carriage return or a scalar that NFC may
/// change, which ``DecodedText`` needs to know.
enum UTF8Validation {
  /// What one pass over some bytes found.
  struct Scan: Hashable {
    /// The offset of the first byte that does not start a well-formed
    /// scalar (the bytes before it are well-formed UTF-8), or nil when all
    /// the bytes are well-formed.
    var firstInvalidOffset: Int?
    /// Whether the bytes may hold a carriage return; true when they are
    /// not valid UTF-8.
    var mayHaveCarriageReturn: Bool
    /// Whether the bytes may hold a byte of ``normalizationLead`` or more,
    /// which starts the scalars NFC may change; true when they are not
    /// valid UTF-8.
    var mayHaveHighLead: Bool

    /// Whether the bytes are well-formed UTF-8.
    var isValid: Bool { firstInvalidOffset == nil }
  }

  /// The smallest UTF-8 lead of a scalar at or above U+0300, where
  /// combining marks and the other scalars NFC changes begin.
  static let normalizationLead: UInt8 = 0xCC

  private static let carriageReturn = UInt8(ascii: "\r")

  /// Whether `bytes` are well-formed UTF-8.
  static func isValid(_ bytes: [UInt8]) -> Bool {
    firstInvalidOffset(in: bytes) == nil
  }

  /// The offset of the first byte of `bytes` that does not start a
  /// well-formed scalar, or nil when all of them are well-formed UTF-8.
  static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { scan($0).firstInvalidOffset }
  }

  /// Validates `bytes` and notes carriage returns and bytes of
  /// ``normalizationLead`` or more, in one pass.
  ///
  /// Eight bytes are tested at a time: in a word of ASCII and two-byte
  /// scalars, the bytes `11xxxxxx` are leads, which must be C2–DF (not
  /// `111xxxxx`, not the overlong C0 and C1), and the bytes `10xxxxxx` are
  /// exactly those that follow a lead, the first byte's lead possibly ending
  /// the word before. A word that fails is checked scalar by scalar, which
  /// also accepts scalars of three and four bytes.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
    guard let base = bytes.baseAddress else {
      return Scan(firstInvalidOffset: nil, mayHaveCarriageReturn: false, mayHaveHighLead: false)
    }
    func invalid(at offset: Int) -> Scan {
      Scan(firstInvalidOffset: offset, mayHaveCarriageReturn: true, mayHaveHighLead: true)
    }
    // Nonzero where a word had a carriage return, or a high lead.
    var carriageReturns: UInt64 = 0
    var highLeads: UInt64 = 0
    let count = bytes.count
    var index = 0
    // Bit 7 is set when the byte before `index` is a two-byte lead.
    var pendingLead: UInt64 = 0
    while index + 8 <= count {
      let word = SWAR.load(base, at: index)
      carriageReturns |= SWAR.anyLane(of: word, equalTo: carriageReturn)
      highLeads |= SWAR.lanes(of: word, atLeast: normalizationLead)
      let leads = SWAR.utf8Leads(word)
      let continuations = SWAR.utf8Continuations(word)
      let longLeads = SWAR.utf8LongLeads(word, leads: leads)
      // A lead whose bits 4 to 1 are all clear is C0 or C1.
      let overlong = leads & SWAR.lanes(of: word, clearIn: 0x1E)
      // No branch for all-ASCII words: in Danish text they alternate with
      // others too often to predict.
      if longLeads | overlong == 0 && continuations == (leads << 8) | pendingLead {
        pendingLead = leads >> 56
        index += 8
        continue
      }
      // The word's scalars one by one, from the scalar that holds its first byte.
      var cursor = pendingLead != 0 ? index - 1 : index
      while cursor < index + 8 {
        guard let next = scalarEnd(base, count, cursor) else { return invalid(at: cursor) }
        cursor = next
      }
      // The bytes past the word are continuations, neither CR nor high.
      index = cursor
      pendingLead = 0
    }
    for tail in index..<count {
      if base[tail] == carriageReturn { carriageReturns = SWAR.highBits }
      if base[tail] >= normalizationLead { highLeads = SWAR.highBits }
    }
    var cursor = pendingLead != 0 ? index - 1 : index
    while cursor < count {
      guard let next = scalarEnd(base, count, cursor) else { return invalid(at: cursor) }
      cursor = next
    }
    return Scan(
      firstInvalidOffset: nil, mayHaveCarriageReturn: carriageReturns != 0,
      mayHaveHighLead: highLeads != 0)
  }

  /// The end of the well-formed scalar that starts at `index`, or nil.
  ///
  /// The ranges of the second byte follow the Unicode standard's table of
  /// well-formed UTF-8 (table 3-7): E0 needs A0–BF (no overlong forms), ED
  /// 80–9F (no surrogates), F0 90–BF (no overlong forms), F4 80–8F (nothing
  /// above U+10FFFF).
  private static func scalarEnd(_ base: UnsafePointer<UInt8>, _ count: Int, _ index: Int) -> Int? {
    let lead = base[index]
    if lead < 0x80 { return index + 1 }
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      upper = 0x9F
    case 0xF0:
      length = 4
      lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      upper = 0x8F
    default: return nil
    }
    guard index + length <= count else { return nil }
    let second = base[index + 1]
    guard second >= lower && second <= upper else { return nil }
    for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return nil }
    return index + length
  }
}
