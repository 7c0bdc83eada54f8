import QualKit

extension PseudonymizeCommand {
  /// Why a run stopped inside the coding files' locks.
  enum RunError: Error {
    case plan(PseudonymizationError)
    case key(StorageError)
    case read(StorageError)
  }

  /// The marker of a copy of the project written with `--out`.
  static let copyMarker = ".qualkit-pseudonymized"

  /// Pseudonymises the project in place, into `--out`, or lists what would
  /// change (`--dry-run`).
  static func run(_ options: Options, arguments: Arguments, context: inout ToolContext)
    throws(CLIError) -> ExitCode
  {
    var warnings: [Diagnostic] = []
    var names = NameList()
    if let path = arguments.value("names") {
      names = try Options.read(path, context: &context) { bytes throws(PseudonymFileError) in
        try NameList(parsing: bytes, diagnostics: &warnings)
      }
      context.report(warnings.inFile(path))
    }
    guard
      !names.entries.isEmpty || !options.key.entries.isEmpty || !options.detectors.isEmpty
        || options.proposing
    else {
      throw .usage(
        "nothing to look for: give a names list (--names FILE), a key with originals, or detectors (--detect)",
        usage: spec.usage)
    }
    var selected: [String]?
    var others = Set<String>()
    if !arguments.positionals.isEmpty {
      let catalog = try context.load(usage: spec.usage) { reader throws(ProjectError) in
        try reader.catalog()
      }
      var chosen: [String] = []
      for reference in arguments.positionals {
        let transcript = try context.transcript(reference, in: catalog, usage: spec.usage)
        guard let path = catalog.paths[transcript.id] else {
          throw .usage(
            "'\(reference)' is not a transcript of the project's '\(catalog.folder)/'",
            usage: spec.usage)
        }
        chosen.append(path)
      }
      selected = chosen
      others = Set(catalog.byID.keys).subtracting(
        catalog.paths.filter { chosen.contains($0.value) }.keys)
    }
    let files = try context.load(usage: spec.usage) { reader throws(ProjectError) in
      try PseudonymizationFiles(folder: reader.folder, layout: options.layout, selected: selected)
    }
    let isDryRun = arguments.has("dry-run")
    let out = arguments.value("out")
    let plan: PseudonymizationPlan
    if isDryRun || out != nil {
      var contents: [String: [UInt8]] = [:]
      for path in files.all {
        do {
          contents[path] = try context.folder.read(path)
        } catch {
          throw CLIError(error)
        }
      }
      do throws(PseudonymizationError) {
        plan = try makePlan(files, contents, others: others, names: names, options, arguments)
      } catch {
        throw failure(error, arguments: arguments)
      }
      if !isDryRun, let out {
        do throws(StorageError) {
          try writeKey(plan, options, context: context)
        } catch {
          throw CLIError(error)
        }
        try writeCopy(plan, files: files, contents: contents, to: out, context: context)
      }
    } else {
      // The codebook and the coding files are locked, as the commands that
      // change them lock them; the other files are read under those locks.
      let codebooks = files.otherFiles.filter {
        $0.hasPrefix(ProjectFolder.join(options.layout.codebooksFolder, ""))
          && !$0.dropFirst(options.layout.codebooksFolder.count + 1).contains("/")
          && $0.hasSuffix(".json")
      }
      let folder = context.folder
      do throws(CodingStore.UpdateError<RunError>) {
        plan = try CodingStore(folder: folder).updateAll(
          guards: codebooks, listing: { () throws(RunError) in files.codingFiles },
          change: { locked throws(RunError) in
            var contents = locked.compactMapValues { $0 }
            for path in files.all where locked[path] == nil {
              do throws(StorageError) {
                contents[path] = try folder.read(path)
              } catch {
                throw .read(error)
              }
            }
            let plan: PseudonymizationPlan
            do throws(PseudonymizationError) {
              plan = try makePlan(
                files, contents, others: others, names: names, options, arguments)
            } catch {
              throw .plan(error)
            }
            do throws(StorageError) {
              try writeKey(plan, options, context: context)
            } catch {
              throw .key(error)
            }
            return (plan.writes, plan)
          })
      } catch {
        switch error {
        case .change(.plan(let error)): throw failure(error, arguments: arguments)
        case .change(.key(let error)), .change(.read(let error)): throw CLIError(error)
        case .storage(let error): throw CLIError(error)
        case .malformedLines(let path, let lines, _):
          throw .dataError(
            "\(path): error: not changing a file with malformed lines (\(lines.map(String.init).joined(separator: ", ")))"
          )
        }
      }
      for path in plan.removals {
        do {
          try context.folder.remove(path)
        } catch {
          throw .failure(
            "wrote the plain-text transcript in place of '\(path)' but could not remove it: \(error); remove it by hand"
          )
        }
      }
    }
    return try report(plan, options: options, arguments: arguments, context: &context)
  }

  /// The plan of the files in `contents`.
  private static func makePlan(
    _ files: PseudonymizationFiles, _ contents: [String: [UInt8]], others: Set<String>,
    names: NameList, _ options: Options, _ arguments: Arguments
  ) throws(PseudonymizationError) -> PseudonymizationPlan {
    func pairs(_ paths: [String]) -> [(path: String, bytes: [UInt8])] {
      paths.compactMap { path in contents[path].map { (path, $0) } }
    }
    let input = PseudonymizationPlan.Input(
      transcripts: pairs(files.transcripts), otherTranscripts: others,
      participants: files.participants.flatMap { path in contents[path].map { (path, $0) } },
      codingFiles: pairs(files.codingFiles), otherFiles: pairs(files.otherFiles))
    return try PseudonymizationPlan(
      input, key: options.key, names: names, detectors: options.detectors,
      proposing: options.proposing)
  }

  /// The error of a plan that cannot be made.
  private static func failure(_ error: PseudonymizationError, arguments: Arguments) -> CLIError {
    switch error {
    case .names(let error):
      let path = arguments.value("names") ?? arguments.value("key") ?? ""
      return .dataError(error.diagnostics.inFile(path).map(\.description).joined(separator: "\n"))
    case .malformedCodingFiles(let problems):
      return .dataError(problems.map(\.description).joined(separator: "\n"))
    }
  }

  /// Writes the key (mode 0600) when it gained entries or does not exist yet.
  private static func writeKey(
    _ plan: PseudonymizationPlan, _ options: Options, context: ToolContext
  )
    throws(StorageError)
  {
    guard plan.key != options.key || (!options.keyExists && !plan.key.entries.isEmpty) else {
      return
    }
    try AtomicFile.write(
      Array(plan.key.serialized.utf8), to: context.url(for: options.keyPath),
      displayPath: options.keyPath, permissions: 0o600)
  }

  /// Writes the project's data folders, pseudonymised, into the folder `out`.
  private static func writeCopy(
    _ plan: PseudonymizationPlan, files: PseudonymizationFiles, contents: [String: [UInt8]],
    to out: String, context: ToolContext
  ) throws(CLIError) {
    var written: [String: [UInt8]] = contents
    for path in plan.removals { written[path] = nil }
    for (path, bytes) in plan.writes { written[path] = bytes }
    let copy = written.keys.sorted().compactMap { path in
      written[path].map { (files.pathInCopy(path), $0) }
    }
    do throws(StorageError) {
      try AtomicFolder.replace(
        context.url(for: out), displayPath: out, files: copy, marker: copyMarker,
        protecting: files.folders.map { context.url(for: $0.path) })
    } catch {
      throw CLIError(error)
    }
  }
}
