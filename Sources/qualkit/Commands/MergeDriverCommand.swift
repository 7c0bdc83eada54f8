import QualKit

/// `qualkit merge-driver`: git's merge driver for coding files.
enum MergeDriverCommand {
  static let spec = CommandSpec(
    name: "merge-driver",
    summary: "Merge a coding file changed on two git branches, line by line.",
    positionals: "BASE OURS THEIRS [PATH]",
    arguments: [
      .init(name: "BASE", help: "The common ancestor's version (git's %O)."),
      .init(name: "OURS", help: "This branch's version, replaced by the merge (git's %A)."),
      .init(name: "THEIRS", help: "The other branch's version (git's %B)."),
      .init(name: "PATH", help: "The file's path in the project, for messages (git's %P)."),
    ],
    discussion: """
      Set up once per clone (the project's .gitattributes, written by 'qualkit
      init', names the driver for Codings/*.jsonl):
        git config merge.qualkit.driver "qualkit merge-driver %O %A %B %P"

      Both branches' new codings are kept, sorted as coding files are; a
      coding changed on one branch only takes that change. A coding changed
      differently on both (a status accepted on one and rejected on the
      other) is a conflict: both versions are written between git's markers
      '<<<<<<< ours', '=======' and '>>>>>>> theirs', the exit status is 1,
      and every command reports the file as an error until the markers and
      the unwanted version are deleted. A version with a malformed line is
      not merged line by line: all three versions are kept whole between
      markers (exit 1), so nothing is lost.
      """)

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let paths = arguments.positionals
    guard (3...4).contains(paths.count) else {
      throw .usage(
        "expected BASE OURS THEIRS [PATH], got \(paths.count) arguments", usage: spec.usage)
    }
    let result: CodingFileMerge.Result
    do throws(StorageError) {
      result = try context.folder.mergeCodingFiles(base: paths[0], ours: paths[1], theirs: paths[2])
    } catch {
      throw CLIError(error)
    }
    if let message = result.message(path: paths.count == 4 ? paths[3] : paths[1]) {
      context.printError(message)
    }
    return result.conflicts > 0 ? .failure : .success
  }
}
