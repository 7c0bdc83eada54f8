import Testing

@testable import QualKit

/// The features and classifiers against scikit-learn 1.9.1 on the same
/// terms: the values were computed once by
/// `Fixtures/Learning/make_reference.py` (`TfidfVectorizer(min_df=2)`,
/// `LogisticRegression(tol=1e-12)`, `MultinomialNB(fit_prior=False)`).
@Suite struct LearningReferenceTests {
  static let documents = [
    ["plan", "mål", "plan", "job"],
    ["mål", "egne mål", "plan"],
    ["træt", "søvn", "stress"],
    ["stress", "træt", "job"],
    ["plan", "job", "møde"],
    ["søvn", "træt", "overskud"],
    ["mål", "møde", "egne mål"],
    ["overskud", "stress", "søvn", "træt"],
  ]
  static let labels = [true, true, false, false, true, false, false, false]

  let corpus = TermCorpus(documents: Self.documents)
  var features: FeatureSpace {
    FeatureSpace(
      fitting: corpus, units: Array(0..<8), minimumDocumentFrequency: 2, maximumTerms: nil)
  }
  var rows: SparseRows { features.rows(of: corpus, units: 0..<8) }

  func expectClose(_ actual: [Double], _ expected: [Double], within tolerance: Double) {
    #expect(actual.count == expected.count)
    for (a, e) in zip(actual, expected) {
      #expect(abs(a - e) <= tolerance, "\(a) vs \(e)")
    }
  }

  @Test("Terms, idf and unit vectors are TfidfVectorizer's (min_df=2, smooth idf, l2)")
  func tfidf() {
    #expect(
      features.terms == [
        "egne mål", "job", "mål", "møde", "overskud", "plan", "stress", "søvn", "træt",
      ])
    expectClose(
      features.idf,
      [
        2.098612288668, 1.810930216216, 1.810930216216, 2.098612288668, 2.098612288668,
        1.810930216216, 1.810930216216, 1.810930216216, 1.587786664902,
      ], within: 1e-11)
    let first = rows.row(0)
    #expect(first.map(\.column) == [1, 2, 5])
    expectClose(
      first.map(\.value), [0.408248290464, 0.408248290464, 0.816496580928], within: 1e-11)
  }

  @Test(
    "Logistic regression finds scikit-learn's weights and intercept",
    arguments: [
      (
        1.0, true,
        [
          0.06890799, 0.26180886, 0.2305593, 0.06590462, -0.29131841, 0.88693745, -0.43053879,
          -0.39015527, -0.50021969,
        ], -0.14521787
      ),
      (
        1.0, false,
        [
          0.05709379, 0.25447406, 0.21813551, 0.05423706, -0.27734051, 0.86046662, -0.41212113,
          -0.37115179, -0.47843976,
        ], -0.54657651
      ),
      (
        0.1, true,
        [
          0.01618085, 0.03759038, 0.03966194, 0.01620444, -0.04594714, 0.12145371, -0.06392525,
          -0.06207732, -0.07472263,
        ], -0.01908624
      ),
    ])
  func logisticRegression(c: Double, balanced: Bool, weights: [Double], intercept: Double) {
    let model = LogisticRegression(
      rows: rows, labels: Self.labels,
      options: .init(
        inverseRegularization: c, balancesClasses: balanced, tolerance: 1e-10,
        maximumIterations: 10_000))
    #expect(model.converged)
    expectClose(model.weights, weights, within: 1e-6)
    #expect(abs(model.intercept - intercept) <= 1e-6)
  }

  @Test("Balanced probabilities are predict_proba's")
  func probabilities() {
    let model = LogisticRegression(
      rows: rows, labels: Self.labels, options: .init(tolerance: 1e-10, maximumIterations: 10_000))
    let probabilities = (0..<8).map { model.probability(rows.row($0)) }
    expectClose(
      probabilities,
      [
        0.68567408, 0.6247254, 0.28863647, 0.37514679, 0.62827929, 0.30865704, 0.51405822,
        0.28237018,
      ],
      within: 1e-6)
  }

  @Test("Naive Bayes weights and probabilities are MultinomialNB(fit_prior=False)'s")
  func naiveBayes() {
    let weights = NaiveBayes.weights(rows: rows, labels: Self.labels)
    expectClose(
      weights,
      [
        0.2579429607, 0.4391501967, 0.4904836878, 0.2579429607, -0.5620265822, 1.3075599208,
        -0.7521604506, -0.7394329403, -0.8537436382,
      ], within: 1e-9)
    let probabilities = (0..<8).map { row in
      LogisticRegression.sigmoid(
        rows.row(row).reduce(0) { $0 + weights[Int($1.column)] * $1.value })
    }
    expectClose(
      probabilities,
      [
        0.8095578328, 0.7589442609, 0.2064801387, 0.3457052129, 0.7537705381, 0.2292151976,
        0.6380412268, 0.1937302184,
      ], within: 1e-9)
  }

  @Test("The default tolerance (scikit-learn's 1e-4) stays within 1e-3 of the optimum")
  func defaultTolerance() {
    let model = LogisticRegression(rows: rows, labels: Self.labels)
    #expect(model.converged)
    expectClose(
      model.weights,
      [
        0.06890799, 0.26180886, 0.2305593, 0.06590462, -0.29131841, 0.88693745, -0.43053879,
        -0.39015527, -0.50021969,
      ], within: 1e-3)
  }

  @Test(
    "A maximum number of terms keeps the most frequent (ties by term, where max_features's are arbitrary)"
  )
  func maximumTerms() {
    let capped = FeatureSpace(
      fitting: corpus, units: Array(0..<8), minimumDocumentFrequency: 1, maximumTerms: 3)
    // Counts: plan 4, træt 4, then job, mål, stress, søvn 3 each: the tie goes to job.
    #expect(capped.terms == ["job", "plan", "træt"])
  }
}
