// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "QualKit",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "QualKit", targets: ["QualKit"]),
    .executable(name: "qualkit", targets: ["qualkit"]),
  ],
  targets: [
    .target(name: "QualKit"),
    .executableTarget(name: "qualkit", dependencies: ["QualKit"]),
    .testTarget(
      name: "QualKitTests", dependencies: ["QualKit"],
      exclude: ["Fixtures", "Snapshots"]),
    .testTarget(
      name: "qualkitTests", dependencies: ["qualkit", "QualKit"], exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)

for target in package.targets {
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("ExistentialAny"))
  settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
  settings.append(.enableUpcomingFeature("MemberImportVisibility"))
  target.swiftSettings = settings
}
