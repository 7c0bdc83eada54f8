/// The rules for a coder's name, which names the coder's file
/// (`Codings/<coder>.jsonl`).
public enum CoderName {
  /// Why `name` cannot be a coder's name, or nil when it can: letters,
  /// digits, `-`, `_` and `.`, not starting with `.`.
  public static func problem(with name: String) -> String? {
    let allowed = name.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
    }
    guard !name.isEmpty, allowed, !name.hasPrefix(".") else {
      return
        "coder name '\(name)' must be letters, digits, '-', '_' or '.' (it names the file Codings/<coder>.jsonl)"
    }
    return nil
  }
}
