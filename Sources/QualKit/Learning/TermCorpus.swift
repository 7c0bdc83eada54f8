import Foundation

/// The terms of many units, each term stored once and named by a number,
/// so that features can be fitted again and again (once per fold of a
/// cross-validation) without extracting the terms again.
public struct TermCorpus: Sendable {
  /// Every term met, by its number.
  public private(set) var terms: [String] = []
  /// The terms of each unit in order (repeats kept), as numbers into ``terms``.
  public private(set) var documents: [[Int32]] = []
  private var numbers: [String: Int32] = [:]

  /// Extracts the terms of `texts`, one document per text.
  public init(texts: some Sequence<String>, extractor: TermExtractor) {
    for text in texts {
      documents.append(extractor.terms(in: text).map { number(of: $0.text) })
    }
  }

  /// Creates a corpus from documents given as term lists.
  public init(documents: some Sequence<[String]>) {
    for document in documents { self.documents.append(document.map { number(of: $0) }) }
  }

  /// The term's number, made when the term is new.
  private mutating func number(of term: String) -> Int32 {
    if let known = numbers[term] { return known }
    let new = Int32(terms.count)
    numbers[term] = new
    terms.append(term)
    return new
  }
}

/// The tf-idf feature space of a model: the terms it knows, in order, each
/// with its inverse document frequency.
///
/// Fitted on the training units as scikit-learn's `TfidfVectorizer` does
/// with its defaults: a term counts when it occurs in at least
/// `minimumDocumentFrequency` units; when more terms qualify than
/// `maximumTerms`, those most frequent over all units are kept (ties by
/// term); idf(t) = ln((1 + n) / (1 + df(t))) + 1 for n units; a unit's
/// vector is its term counts times idf, scaled to length 1.
public struct FeatureSpace: Hashable, Sendable {
  /// The terms, sorted; a term's place is its feature's column.
  public private(set) var terms: [String]
  /// The inverse document frequency of each term.
  public private(set) var idf: [Double]
  private var columns: [String: Int32]

  /// Creates a feature space from its terms (sorted, all different) and their idf.
  public init(terms: [String], idf: [Double]) {
    self.terms = terms
    self.idf = idf
    columns = Dictionary(
      terms.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
  }

  /// Fits the feature space on the documents `units` of `corpus`.
  public init(
    fitting corpus: TermCorpus, units: some Collection<Int>, minimumDocumentFrequency: Int,
    maximumTerms: Int?
  ) {
    var frequency = [Int](repeating: 0, count: corpus.terms.count)
    var total = [Int](repeating: 0, count: corpus.terms.count)
    var lastSeen = [Int](repeating: -1, count: corpus.terms.count)
    for unit in units {
      for term in corpus.documents[unit] {
        let index = Int(term)
        total[index] += 1
        if lastSeen[index] != unit {
          lastSeen[index] = unit
          frequency[index] += 1
        }
      }
    }
    var kept = (0..<corpus.terms.count).filter {
      frequency[$0] > 0 && frequency[$0] >= minimumDocumentFrequency
    }
    if let maximumTerms, kept.count > maximumTerms {
      kept.sort {
        total[$0] != total[$1] ? total[$0] > total[$1] : corpus.terms[$0] < corpus.terms[$1]
      }
      kept.removeLast(kept.count - maximumTerms)
    }
    kept.sort { corpus.terms[$0] < corpus.terms[$1] }
    let count = Double(units.count)
    self.init(
      terms: kept.map { corpus.terms[$0] },
      idf: kept.map { Foundation.log((1 + count) / (1 + Double(frequency[$0]))) + 1 })
  }

  /// The column of `term`, if the space has it.
  public func column(of term: String) -> Int? { columns[term].map(Int.init) }

  /// The feature vector of a unit with the terms `terms` (repeats count).
  public func vector(_ terms: some Sequence<String>) -> [(column: Int32, value: Double)] {
    var counts: [Int32: Int] = [:]
    for term in terms {
      if let column = columns[term] { counts[column, default: 0] += 1 }
    }
    return normalized(counts)
  }

  /// The feature vectors of the documents `units` of `corpus`, one row each.
  public func rows(of corpus: TermCorpus, units: some Sequence<Int>) -> SparseRows {
    // Corpus term number → column, or −1.
    var columnOf = [Int32](repeating: -1, count: corpus.terms.count)
    for (index, term) in corpus.terms.enumerated() {
      if let column = columns[term] { columnOf[index] = column }
    }
    var rows = SparseRows(columnCount: terms.count)
    var counts: [Int32: Int] = [:]
    for unit in units {
      counts.removeAll(keepingCapacity: true)
      for term in corpus.documents[unit] where columnOf[Int(term)] >= 0 {
        counts[columnOf[Int(term)], default: 0] += 1
      }
      rows.append(normalized(counts))
    }
    return rows
  }

  /// Term counts as tf-idf values of length 1, by ascending column.
  private func normalized(_ counts: [Int32: Int]) -> [(column: Int32, value: Double)] {
    var entries = counts.map { (column: $0.key, value: Double($0.value) * idf[Int($0.key)]) }
    entries.sort { $0.column < $1.column }
    let length = entries.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
    guard length > 0 else { return [] }
    return entries.map { ($0.column, $0.value / length) }
  }
}
