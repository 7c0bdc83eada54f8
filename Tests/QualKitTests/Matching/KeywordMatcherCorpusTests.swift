import Dispatch
import Foundation
import Testing

@testable import QualKit

/// The fast matcher against the reference matcher on a whole corpus, such as
/// the auto-coding benchmark's: run only when the environment names one (see
/// `Benchmarks/autocode/agreement.sh`), since the reference tries every
/// pattern at every word.
///
///     QUALKIT_AGREEMENT_CORPUS=folder QUALKIT_AGREEMENT_CODEBOOK=codebook.json
///     QUALKIT_AGREEMENT_FILES=N (optional: the first N files only)
@Suite struct KeywordMatcherCorpusTests {
  private static let environment = ProcessInfo.processInfo.environment
  private static let corpus = environment["QUALKIT_AGREEMENT_CORPUS"]
  private static let codebook = environment["QUALKIT_AGREEMENT_CODEBOOK"]

  @Test(
    "On a named corpus the matcher finds exactly the reference matcher's hits in every turn",
    .enabled(if: corpus != nil && codebook != nil))
  func agreesOnCorpus() throws {
    let corpus = try #require(Self.corpus)
    let codebookPath = try #require(Self.codebook)
    let folder = ProjectFolder(base: URL(fileURLWithPath: corpus))
    var reader = ProjectReader(folder: folder)
    let codebook = try reader.codebook(
      at: URL(fileURLWithPath: codebookPath).standardizedFileURL.path)
    let matcher = try AutoCoder(codebook: codebook).matcher
    let all = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
    let limit = Self.environment["QUALKIT_AGREEMENT_FILES"].flatMap(Int.init) ?? all.count
    let names = Array(all.prefix(limit))
    // One result per file: its hit count, or what differed.
    let results = Results(count: names.count)
    DispatchQueue.concurrentPerform(iterations: names.count) { index in
      var reader = ProjectReader(folder: folder)
      guard let transcript = try? reader.transcript(at: names[index], participants: nil) else {
        results.set(index, .failure("\(names[index]): not read"))
        return
      }
      let ranges = transcript.turns.map(\.utf8Range).filter { !$0.isEmpty }
      let fast = matcher.hits(in: transcript.text, ranges: ranges)
      let reference = ReferenceKeywordMatcher(rules: matcher.rules)
        .hits(in: transcript.text, ranges: ranges)
      if fast == reference {
        results.set(index, .success(fast.count))
      } else {
        let first = zip(fast, reference).first { $0 != $1 }
        results.set(
          index,
          .failure(
            "\(names[index]): \(fast.count) hits, reference \(reference.count); first difference \(String(describing: first))"
          ))
      }
    }
    var total = 0
    for result in results.all {
      switch result {
      case .success(let count): total += count
      case .failure(let message): Issue.record(Comment(rawValue: message))
      case nil: Issue.record("a file was not checked")
      }
    }
    print("reference agreement: \(names.count) files, \(total) hits, all equal")
    #expect(total > 0)
  }

  /// What checking one file gave.
  private enum Outcome {
    case success(Int)
    case failure(String)
  }

  /// The outcomes of parallel checks, by file.
  private final class Results: @unchecked Sendable {
    // Written by one worker per index, read after all have finished.
    private let lock = NSLock()
    private var outcomes: [Outcome?]

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Outcome) {
      lock.withLock { outcomes[index] = outcome }
    }

    var all: [Outcome?] { lock.withLock { outcomes } }
  }
}
