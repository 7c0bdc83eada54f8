import Dispatch
import QualKit

extension Jobs {
  /// Runs jobs on every core, with Dispatch's `concurrentPerform`.
  static let concurrent: JobRunner = { count, job in
    DispatchQueue.concurrentPerform(iterations: count) { job($0) }
  }
}
