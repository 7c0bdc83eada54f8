import QualKit

/// `qualkit init`: starts a project in a new or empty folder.
enum InitCommand {
  static let spec = CommandSpec(
    name: "init",
    summary: "Start a project: the folders, a starter codebook, an example transcript, git files.",
    positionals: "[DIR]",
    arguments: [.init(name: "DIR", help: "The project's folder (default: the current folder).")],
    discussion: """
      Writes Codebooks/codebook.json (a starter codebook whose fields explain
      the format), Transcripts/example.txt and participants.csv, Codings/,
      Surveys/, a .gitignore (locks, temporary files, reports) and a
      .gitattributes that merges coding files with 'qualkit merge-driver'.
      A folder that is a project already, or holds anything but .git, is
      refused and nothing is written (exit 1).
      """,
    examples: [
      "qualkit init study",
      "qualkit -C study transcript list",
    ])

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    guard arguments.positionals.count <= 1 else {
      throw .usage(
        "expected at most one DIR, got \(arguments.positionals.count)", usage: spec.usage)
    }
    let directory = arguments.positionals.first
    let written: [String]
    do throws(ProjectError) {
      written = try context.folder.createProject(
        at: directory ?? ".", files: ProjectTemplate.files())
    } catch {
      throw .failure(error.diagnostics.map(\.message).joined(separator: "\n"))
    }
    context.print("started a qualkit project in \(directory ?? "the current folder"):")
    for path in written { context.print("  \(path)") }
    context.print("next:")
    for step in ProjectTemplate.nextSteps(directory: directory) { context.print("  \(step)") }
    return .success
  }
}
