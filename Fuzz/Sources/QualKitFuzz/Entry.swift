import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The target chosen by `QUALKIT_FUZZ_TARGET` when libFuzzer starts.
nonisolated(unsafe) private var selected: FuzzTarget?

/// libFuzzer's set-up hook: picks the target named by the environment.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  let name = ProcessInfo.processInfo.environment["QUALKIT_FUZZ_TARGET"] ?? ""
  guard let target = FuzzTarget.all.first(where: { $0.name == name }) else {
    let names = FuzzTarget.all.map(\.name).joined(separator: " ")
    FileHandle.standardError.write(Data("set QUALKIT_FUZZ_TARGET to one of: \(names)\n".utf8))
    exit(64)
  }
  if ProcessInfo.processInfo.environment["QUALKIT_FUZZ_SEEDS"] != nil {
    // Fuzz/run.sh asks for the seed files before the first run.
    print(target.seeds.joined(separator: "\n"))
    exit(0)
  }
  selected = target
  return 0
}

/// libFuzzer's entry point: runs the chosen target on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  selected?.run(bytes)
  return 0
}
