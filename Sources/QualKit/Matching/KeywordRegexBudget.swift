import Foundation

/// How much time each regular-expression keyword may cost over a whole run
/// (an `autocode` or a `search` over every transcript), shared by every
/// search of one ``KeywordMatcher``.
///
/// A search for one match that takes longer than the matcher's
/// ``KeywordMatcher/regexTimeLimit`` is stopped (a ``KeywordStall``). A
/// keyword whose expression backtracks without end would stall on every
/// turn, at the time limit each: after ``maximumStalls`` stalls, or once its
/// slow searches (those over ``slowSearch``) have taken ``maximumSlowTime``
/// in all, it is dropped for the rest of the run, and the stall that drops
/// it says so (``KeywordStall/dropsRule``), so that one warning replaces one
/// per turn.
///
/// Thread-safe: transcripts searched in parallel share the budget.
public final class KeywordRegexBudget: @unchecked Sendable {
  /// How many stalls drop a keyword.
  public let maximumStalls: Int
  /// How long a keyword's slow searches may take in all.
  public let maximumSlowTime: Duration
  /// A search that takes longer than this is slow.
  public let slowSearch: Duration

  // Guards the three tables below (searches run on several threads).
  private let lock = NSLock()
  private var stalls: [Int: Int] = [:]
  private var slowTime: [Int: Duration] = [:]
  private var dropped: Set<Int> = []

  /// Creates a budget.
  ///
  /// - Parameters:
  ///   - maximumStalls: How many stalls drop a keyword (at least 1).
  ///   - maximumSlowTime: How long a keyword's slow searches may take in all.
  ///   - slowSearch: From how long a search counts as slow.
  public init(
    maximumStalls: Int = 3, maximumSlowTime: Duration = .seconds(2),
    slowSearch: Duration = .milliseconds(50)
  ) {
    self.maximumStalls = max(1, maximumStalls)
    self.maximumSlowTime = maximumSlowTime
    self.slowSearch = slowSearch
  }

  /// The rules dropped so far.
  public var droppedRules: Set<Int> {
    lock.withLock { dropped }
  }

  /// Whether `rule` has been dropped.
  func isDropped(_ rule: Int) -> Bool {
    lock.withLock { dropped.contains(rule) }
  }

  /// Records one search of `rule`.
  ///
  /// - Returns: Whether this search dropped the rule.
  func record(rule: Int, elapsed: Duration, stalled: Bool) -> Bool {
    guard stalled || elapsed > slowSearch else { return false }
    return lock.withLock {
      guard !dropped.contains(rule) else { return false }
      if stalled { stalls[rule, default: 0] += 1 }
      slowTime[rule, default: .zero] += elapsed
      guard
        stalls[rule, default: 0] >= maximumStalls
          || slowTime[rule, default: .zero] >= maximumSlowTime
      else { return false }
      dropped.insert(rule)
      return true
    }
  }
}
