import Testing

/// Golden files of `reliability` on the published and random fixture tables.
///
/// Each case runs once as text and once with `--format json`, so one file shows both.
@Suite struct ReliabilitySnapshotTests {
  @Test(
    "reliability prints every statistic, level and weighting the same way",
    arguments: [
      ("default", "krippendorff2011.csv", [String]()),
      ("alpha-nominal", "krippendorff2011.csv", ["--statistic", "alpha", "--level", "nominal"]),
      ("alpha-ordinal", "krippendorff2011.csv", ["--statistic", "alpha", "--level", "ordinal"]),
      ("alpha-interval", "krippendorff2011.csv", ["--statistic", "alpha", "--level", "interval"]),
      ("alpha-ratio", "krippendorff2011.csv", ["--statistic", "alpha", "--level", "ratio"]),
      ("percent", "krippendorff2011.csv", ["--statistic", "percent"]),
      ("fleiss-1971", "fleiss1971.csv", ["--statistic", "fleiss"]),
      ("fleiss-wikipedia", "fleiss-wikipedia.csv", ["--statistic", "fleiss"]),
      ("cohen-wikipedia-a", "wikipedia-cohen-a.csv", ["--statistic", "cohen"]),
      ("cohen-wikipedia-b", "wikipedia-cohen-b.csv", ["--statistic", "cohen"]),
      ("cohen-linear", "cohen-sas.csv", ["--statistic", "cohen", "--weights", "linear"]),
      ("cohen-quadratic", "anxiety.csv", ["--statistic", "cohen", "--weights", "quadratic"]),
      (
        "cohen-categories", "random-2coders.csv",
        ["--statistic", "cohen", "--weights", "linear", "--categories", "4,3,2,1"]
      ),
      ("scott", "random-2coders.csv", ["--statistic", "scott"]),
      ("bp-2coders", "random-2coders.csv", ["--statistic", "bp"]),
      ("ac1-5coders", "random-5coders.csv", ["--statistic", "ac1"]),
      ("bp-5coders", "random-5coders.csv", ["--statistic", "bp"]),
      ("fleiss-5coders", "random-5coders.csv", ["--statistic", "fleiss"]),
      ("alpha-ordinal-5coders", "random-5coders.csv", ["--level", "ordinal"]),
      (
        "bp-declared", "random-declared.csv",
        ["--statistic", "bp", "--categories", "1,2,3,4,5,6,7"]
      ),
      (
        "alpha-ordinal-declared", "random-declared.csv",
        ["--level", "ordinal", "--categories", "1,2,3,4,5,6,7"]
      ),
      ("alpha-interval-random", "random-interval.csv", ["--level", "interval"]),
      ("alpha-ratio-random", "random-interval.csv", ["--level", "ratio"]),
      ("ci", "krippendorff2011.csv", ["--ci", "0.95"]),
      ("ci-seed", "krippendorff2011.csv", ["--ci", "0.9", "--seed", "5", "--resamples", "300"]),
      (
        "ci-cohen", "wikipedia-cohen-a.csv",
        ["--statistic", "cohen", "--ci", "0.95", "--seed", "42"]
      ),
      (
        "ci-fleiss", "fleiss1971.csv",
        ["--statistic", "fleiss", "--ci", "0.99", "--seed", "7", "--resamples", "500"]
      ),
    ])
  func statistic(name: String, file: String, arguments: [String]) throws {
    let session = try SnapshotSession()
    try session.copyReliabilityFixture(file)
    session.run(["reliability", file] + arguments)
    session.run(["reliability", file] + arguments + ["--format", "json"])
    expectSnapshot(session.text, named: "reliability-\(name).txt")
  }

  @Test("reliability reports undefined values, bad data and bad options")
  func problems() throws {
    let session = try SnapshotSession()
    try session.copyReliabilityFixture("krippendorff2011.csv")
    try session.copyReliabilityFixture("fleiss1971.csv")
    try session.write("same.csv", "A,B\nyes,yes\nyes,yes\n")
    try session.write("words.csv", "A,B\n1,x\n2,2\n")
    try session.write("semicolon.csv", "unit;A;B\n1;a;a\n2;b;b\n3;a;\n4;a;b\n")
    session.run("reliability", "same.csv", "--statistic", "cohen")
    session.run("reliability", "same.csv", "--format", "json")
    session.run("reliability", "words.csv", "--level", "interval")
    session.run("reliability", "semicolon.csv", "--statistic", "cohen")
    session.run("reliability", "semicolon.csv", "--delimiter", "comma")
    session.run("reliability", "fleiss1971.csv", "--statistic", "cohen")
    session.run("reliability", "krippendorff2011.csv", "--statistic", "kappa")
    session.run("reliability", "krippendorff2011.csv", "--weights", "linear")
    session.run("reliability", "krippendorff2011.csv", "--ci", "1.5")
    session.run("reliability", "krippendorff2011.csv", "--categories", "1,2,2")
    session.run("reliability", "krippendorff2011.csv", "--categories", "1,2")
    session.run("reliability", "missing.csv")
    session.run("reliability")
    expectSnapshot(session.text, named: "reliability-problems.txt")
  }
}
