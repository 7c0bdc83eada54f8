// swift-tools-version:6.0
// The assisted-coding benchmark's harness: times QualKit's training on a
// project's own features and writes those features for the scikit-learn
// peer. Not part of the QualKit package; built by Benchmarks/learn/run.sh.
import PackageDescription

let package = Package(
  name: "LearnHarness",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "QualKit", path: "../../..")],
  targets: [
    .executableTarget(
      name: "learn-harness", dependencies: [.product(name: "QualKit", package: "QualKit")],
      path: "Sources/learn-harness")
  ],
  swiftLanguageModes: [.v5]  // a script: top-level state, no isolation checks needed
)
