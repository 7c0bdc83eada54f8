// swift-tools-version:6.0
// Fuzz targets for QualKit's parsers, built with libFuzzer. This package is
// outside the main build: `swift build` at the repository root never sees it.
// Build and run with `Fuzz/run.sh TARGET SECONDS` (Linux, Swift 6).
import PackageDescription

let package = Package(
  name: "QualKitFuzz",
  dependencies: [.package(name: "QualKit", path: "..")],
  targets: [
    .executableTarget(
      name: "qualkit-fuzz",
      dependencies: [.product(name: "QualKit", package: "QualKit"), "CFuzzMain"],
      path: "Sources/QualKitFuzz",
      // libFuzzer supplies `main`; the target only defines the entry points.
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    // The entry point SwiftPM asks an executable for, handing over to libFuzzer.
    .target(name: "CFuzzMain", path: "Sources/CFuzzMain"),
  ],
  swiftLanguageModes: [.v6]
)
