import QualKit

/// `qualkit pseudonymize`: replaces names and identifiers in the whole
/// project before it is coded or shared, and `--check` that none is left.
enum PseudonymizeCommand {
  static let spec = CommandSpec(
    name: "pseudonymize",
    summary: "Replace names, CPR numbers, phone numbers and e-mails in the whole project.",
    positionals: "[PATH...]",
    arguments: [
      .init(
        name: "PATH",
        help: """
          Transcript ids or files to pseudonymise (default: every transcript); with
          --check, files or folders to search (default: the project's folders).
          """)
    ],
    options: [
      .option(
        "key", value: "FILE",
        help: """
          The key that maps each pseudonym back to its originals (CSV, mode 0600),
          created or extended; it must lie outside the project's data folders.
          """, required: true),
      .option(
        "names", value: "FILE",
        help: "The originals to replace: CSV of original,category[,pseudonym[,match]]."),
      .option(
        "detect", value: "cpr,email,phone,names",
        help: """
          The detectors to run (default: cpr,email,phone; 'none' for none). names
          proposes capitalised words to review; it never replaces.
          """, repeatable: true),
      .option(
        "out", value: "DIR",
        help: "Write a pseudonymised copy of the project to DIR and change nothing here."),
      .option(
        "proposals", value: "FILE",
        help: "Write the names detector's proposals as a names list to review (CSV)."),
      .flag("dry-run", help: "List every replacement with its file and line; write nothing."),
      .flag(
        "check",
        help: """
          Report every original of the key (and identifier found) still anywhere in
          the project, and remember the result for exports; exit 1 if any.
          """),
    ],
    discussion: """
      Each original of the names list and the key is replaced as a whole word in any
      case, its Danish genitive and plural too (Mette, METTE, Mettes), the longest
      first (Anne Marie before Anne); a name that is also a Danish word (Rask, Bo)
      only where written with a capital unless the list says 'any'. An empty
      pseudonym gets the next [PERSON n], [STED n], [ARBEJDSPLADS n]; '=Mette
      Jensen' the pseudonym of that original. The key keeps every pseudonym once
      given. Transcripts keep every line (Word, JSON, HTML and CSV transcripts are
      written as .txt), codings move with their words, and the stored quotes and
      memos, participants.csv, front matter, surveys and every other text file of
      the data folders change too. A name in a speaker label is listed, not changed
      (exit 1). Every file changes in one step, or none does (a Word transcript's
      old file is removed after its .txt is written). --check searches every file of
      the data folders and report/ (Word files and archives by their text) and the
      file names.
      """,
    examples: [
      "qualkit pseudonymize --names Private/names.csv --key Private/key.csv --dry-run",
      "qualkit pseudonymize --names Private/names.csv --key Private/key.csv",
      "qualkit pseudonymize --check --key Private/key.csv",
      "qualkit pseudonymize --detect names --key Private/key.csv --dry-run",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let options = try Options(arguments, context: &context)
    if arguments.has("check") { return try check(options, arguments: arguments, context: &context) }
    return try run(options, arguments: arguments, context: &context)
  }

  /// The options every mode reads.
  struct Options {
    var layout: ProjectLayout
    var keyPath: String
    var key: PseudonymKey
    var keyExists: Bool
    var detectors: Set<IdentifierDetector>
    var proposing: Bool

    init(_ arguments: Arguments, context: inout ToolContext) throws(CLIError) {
      layout = try context.writableLayout()
      guard let keyPath = arguments.value("key") else {
        throw .usage("pseudonymize needs --key FILE (the key file)", usage: spec.usage)
      }
      self.keyPath = keyPath
      detectors = []
      proposing = false
      let names = arguments.list("detect")
      for name in names where name != "none" {
        if name == "names" {
          proposing = true
        } else if let detector = IdentifierDetector(rawValue: name) {
          detectors.insert(detector)
        } else {
          throw .usage(
            "'\(name)' is not a detector (expected cpr, email, phone, names or none)",
            usage: spec.usage)
        }
      }
      if names.isEmpty { detectors = [.cpr, .email, .phone] }
      if arguments.value("proposals") != nil { proposing = true }
      var outside =
        [keyPath]
        + [arguments.value("names"), arguments.value("proposals")]
        .compactMap { $0 }
      if arguments.has("check") { outside = [] }
      try Self.checkApart(outside, layout: layout, out: arguments.value("out"), context: context)
      keyExists = context.folder.exists(keyPath)
      key = PseudonymKey()
      if keyExists {
        key = try Self.read(keyPath, context: &context) { bytes throws(PseudonymFileError) in
          try PseudonymKey(parsing: bytes)
        }
      } else if arguments.has("check") {
        throw .noInput("cannot read '\(keyPath)': no such file (the key of an earlier run)")
      }
    }

    /// Refuses a key, names list or proposals file inside the project's
    /// data folders, its report or the copy written, where it would be
    /// shared with the data.
    static func checkApart(
      _ paths: [String], layout: ProjectLayout, out: String?, context: ToolContext
    ) throws(CLIError) {
      let folders = layout.dataFolders + [layout.reportFolder] + [out].compactMap { $0 }
      for path in paths {
        let real = context.folder.realPath(path)
        for folder in folders {
          let inside = context.folder.realPath(folder)
          guard real == inside || real.hasPrefix(inside + "/") else { continue }
          throw .usage(
            "'\(path)' lies inside '\(folder)', which is shared with the data; keep the key, the names list and proposals apart (outside the project's data folders)",
            usage: spec.usage)
        }
      }
    }

    /// Reads and parses the file at `path`: exit 66 when it cannot be read,
    /// 65 with every problem when it is invalid.
    static func read<Value>(
      _ path: String, context: inout ToolContext,
      _ parse: ([UInt8]) throws(PseudonymFileError) -> Value
    ) throws(CLIError) -> Value {
      let bytes: [UInt8]
      do {
        bytes = try context.folder.read(path)
      } catch {
        throw CLIError(error)
      }
      do {
        return try parse(bytes)
      } catch {
        throw .dataError(error.diagnostics.inFile(path).map(\.description).joined(separator: "\n"))
      }
    }
  }
}
