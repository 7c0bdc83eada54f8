/// Runs `count` independent jobs, numbered from 0, and returns when all are
/// done; it may run them at once (the command-line tool passes Dispatch's
/// `concurrentPerform`).
///
/// Each job writes only its own result, so the outcome is the same whichever
/// order the jobs run in.
public typealias JobRunner = @Sendable (_ count: Int, _ job: @Sendable (Int) -> Void) -> Void

/// Ways to run jobs, and a map over them.
public enum Jobs {
  /// Runs the jobs one after another, in order.
  public static let serial: JobRunner = { count, job in
    for index in 0..<count { job(index) }
  }

  /// The results of `transform` for `0..<count`, in order, run by `runner`.
  public static func map<Result: Sendable>(
    _ count: Int, runner: JobRunner, _ transform: @escaping @Sendable (Int) -> Result
  ) -> [Result] {
    let results = Results<Result>(count: count)
    runner(count) { index in results.set(index, transform(index)) }
    return results.values
  }
}

/// Slots that jobs fill, each job its own.
private final class Results<Value: Sendable>: @unchecked Sendable {
  // Each slot is written by exactly one job and read after all are done;
  // `concurrentPerform` (or the serial runner) orders those accesses.
  private var slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ value: Value) { slots[index] = value }

  var values: [Value] { slots.compactMap { $0 } }
}
