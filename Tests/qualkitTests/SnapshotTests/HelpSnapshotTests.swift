import Testing

/// Golden files of the tool's help, version and top-level usage errors.
@Suite struct HelpSnapshotTests {
  @Test("qualkit --help lists every command")
  func toolHelp() throws {
    try expectCommandSnapshot(["--help"], named: "help.txt")
  }

  @Test("qualkit --version prints the version")
  func version() throws {
    try expectCommandSnapshot(["--version"], named: "version.txt")
  }

  @Test(
    "Every command's --help is unchanged",
    arguments: [
      "transcript", "transcript show", "transcript list", "transcript check",
      "transcript import-tags", "codebook",
      "codebook show", "codebook export", "codebook import", "codebook validate",
      "codebook rename", "codebook move", "codebook merge", "codebook add", "autocode", "learn",
      "tag",
      "untag", "codings", "search", "segments", "memos", "reanchor", "review", "agree", "merge",
      "reliability", "survey", "survey describe", "survey infer", "matrix", "cooccurrence",
      "quantitize", "joint", "report", "export qdc", "export qdpx", "import qdc", "import qdpx",
    ])
  func commandHelp(command: String) throws {
    let words = command.split(separator: " ").map(String.init)
    try expectCommandSnapshot(
      words + ["--help"], named: "help-\(words.joined(separator: "-")).txt")
  }

  @Test(
    "Usage errors of the tool and of command groups are unchanged",
    arguments: [
      ("no-arguments", [String]()), ("unknown-command", ["frobnicate"]),
      ("missing-subcommand", ["transcript"]), ("unknown-subcommand", ["codebook", "valdate"]),
      ("help-command", ["help", "tag"]), ("unknown-option", ["codings", "--colour"]),
      ("repeated-option", ["codings", "--format", "csv", "--format", "json"]),
    ])
  func usageErrors(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(arguments, named: "usage-\(name).txt")
  }
}
