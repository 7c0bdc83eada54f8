import QualKit

extension PseudonymizeCommand {
  /// `--check`: lists every original of the key, and every identifier the
  /// detectors find, still in the files; exit 1 when any is.
  static func check(_ options: Options, arguments: Arguments, context: inout ToolContext)
    throws(CLIError) -> ExitCode
  {
    let layout = options.layout
    let isWholeProject = arguments.positionals.isEmpty
    let roots =
      isWholeProject
      ? (layout.dataFolders + [layout.reportFolder]).filter(context.folder.isFolder)
      : arguments.positionals
    var paths: [String] = []
    for root in roots {
      do {
        paths +=
          context.folder.isFolder(root) ? try context.folder.filesRecursively(in: root) : [root]
      } catch {
        throw CLIError(error)
      }
    }
    let key = context.folder.realPath(options.keyPath)
    var files: [(path: String, bytes: [UInt8])] = []
    for path in paths where context.folder.realPath(path) != key {
      do {
        files.append((path, try context.folder.read(path)))
      } catch {
        throw CLIError(error)
      }
    }
    let pseudonymizer = Pseudonymizer(key: options.key, detectors: options.detectors)
    let result = PrivacyCheck(files: files, pseudonymizer: pseudonymizer)
    for occurrence in result.found {
      let place = occurrence.place == .text ? "" : "\(occurrence.place): "
      let mapped = occurrence.pseudonym.map { "original of \($0)" } ?? "in no key"
      context.print(
        "\(occurrence.location): \(place)\(occurrence.found) (\(occurrence.category), \(mapped))")
    }
    for path in result.notSearched {
      context.printError("\(path): warning: not a text file or archive, so not searched")
    }
    if isWholeProject {
      let catalog = try context.load(usage: spec.usage) { reader throws(ProjectError) in
        try reader.catalog()
      }
      if context.folder.isFolder(catalog.folder) {
        let marker = PrivacyCheckMarker(
          fingerprint: PrivacyCheckMarker.fingerprint(of: catalog.sorted),
          originals: options.key.entries.count, found: result.found.count)
        let path = ProjectFolder.join(catalog.folder, PrivacyCheckMarker.fileName)
        do throws(StorageError) {
          try AtomicFile.write(
            Array(marker.serialized.utf8), to: context.url(for: path), displayPath: path)
        } catch {
          throw CLIError(error)
        }
      }
    }
    let detectors = options.detectors.sorted().map(\.rawValue)
    let what =
      "\(counted(options.key.entries.count, "original")) of \(options.keyPath)"
      + (detectors.isEmpty ? "" : " and \(detectors.joined(separator: ", ")) identifiers")
    let searched = counted(result.filesSearched, "file")
    guard result.isClean else {
      context.print(
        "searched \(searched) for \(what): found \(counted(result.found.count, "original")) (listed above)"
      )
      return .failure
    }
    context.print("searched \(searched) for \(what): none found")
    return .success
  }
}
