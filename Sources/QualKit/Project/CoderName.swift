import Foundation

/// The rules for a coder's name, which names the coder's file
/// (`Codings/<coder>.jsonl`).
public enum CoderName {
  /// The longest name accepted, in characters (Unicode scalars).
  public static let maximumLength = 100
  /// The longest name accepted in UTF-8 bytes: with `.jsonl`, the lock file's
  /// `.` and `.lock` and a temporary file's suffix, the file names stay under
  /// the 255 bytes that file systems allow.
  public static let maximumUTF8Length = 200

  /// The name as QualKit stores it: in Unicode NFC, so that `søren` typed as
  /// `o` + combining stroke and as `ø` is one coder with one file.
  public static func normalized(_ name: String) -> String {
    name.precomposedStringWithCanonicalMapping
  }

  /// Why `name` cannot be a coder's name, or nil when it can.
  ///
  /// A name is letters, digits, `-`, `_` and `.`, not starting with `.`, at
  /// most ``maximumLength`` characters and ``maximumUTF8Length`` UTF-8
  /// bytes. It is checked in NFC (``normalized(_:)``).
  public static func problem(with name: String) -> String? {
    let name = normalized(name)
    let allowed = name.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
    }
    guard !name.isEmpty, allowed, !name.hasPrefix(".") else {
      return
        "coder name '\(name)' must be letters, digits, '-', '_' or '.' (it names the file Codings/<coder>.jsonl)"
    }
    let length = name.unicodeScalars.count
    guard length <= maximumLength, name.utf8.count <= maximumUTF8Length else {
      return
        "coder name is too long (\(length) characters; at most \(maximumLength), as it names the file Codings/<coder>.jsonl)"
    }
    return nil
  }
}
