import Testing

@testable import qualkit

@Suite struct MainCommandTests {
  @Test("--version prints the version and exits 0")
  func version() {
    let result = run(["--version"])
    #expect(result.status == .success)
    #expect(result.output == "qualkit \(toolVersion)\n")
  }

  @Test("An unknown command is a usage error with a hint")
  func unknownCommand() {
    let result = run(["frobnicate"])
    #expect(result.status == .usage)
    #expect(result.error.hasPrefix("error: unknown command 'frobnicate'"))
    #expect(result.error.hasSuffix("See 'qualkit --help'.\n"))
  }
}

@Suite struct CommandGroupTests {
  @Test("A command group without its subcommand is a usage error that lists the subcommands")
  func missingSubcommand() {
    let result = run(["transcript"])
    #expect(result.status == .usage)
    #expect(
      result.error.hasPrefix(
        "error: missing subcommand for 'transcript'\nUSAGE: qualkit transcript <subcommand>"))
    #expect(result.error.contains("transcript list"))
  }

  @Test("An unknown subcommand suggests the nearest")
  func unknownSubcommand() {
    let result = run(["codebook", "valdate"])
    #expect(result.status == .usage)
    #expect(
      result.error.hasPrefix(
        "error: unknown subcommand 'codebook valdate' (did you mean 'validate'?)"))
  }

  @Test("qualkit help COMMAND shows that command's help")
  func helpCommand() {
    let result = run(["help", "tag"])
    #expect(result.status == .success)
    #expect(result.output.hasPrefix("OVERVIEW: Code a span of a transcript by hand."))
  }
}
