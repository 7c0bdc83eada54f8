import Foundation

/// Multinomial naive Bayes on tf-idf features with equal class priors: the
/// model a code with very few examples gets, as scikit-learn's
/// `MultinomialNB(alpha=α, fit_prior=False)` fits it.
///
/// For each class c (coded, not coded), the feature totals
/// N_cj = Σ_{units of c} x_j give θ_cj = (N_cj + α) / (Σ_j N_cj + α V) over
/// the V features. With equal priors the probability that a unit is coded is
/// σ(Σ_j x_j (ln θ_1j − ln θ_0j)), so the model is linear: each feature's
/// weight is ln θ_1j − ln θ_0j and the intercept is 0, and it is stored and
/// explained like a logistic regression.
///
/// Reference: Manning, C. D., Raghavan, P. & Schütze, H. (2008).
/// *Introduction to Information Retrieval*, chapter 13.2. Cambridge
/// University Press.
public enum NaiveBayes {
  /// The weights (ln θ_1j − ln θ_0j) of the features of `rows`.
  ///
  /// - Parameters:
  ///   - rows: The feature vectors, one row per unit.
  ///   - labels: Whether each unit is coded.
  ///   - smoothing: α, added to every feature's total (1 is Laplace smoothing).
  /// - Returns: One weight per feature column.
  public static func weights(rows: SparseRows, labels: [Bool], smoothing: Double = 1) -> [Double] {
    var coded = [Double](repeating: 0, count: rows.columnCount)
    var uncoded = [Double](repeating: 0, count: rows.columnCount)
    for row in 0..<rows.rowCount {
      for entry in rows.row(row) {
        if labels[row] {
          coded[Int(entry.column)] += entry.value
        } else {
          uncoded[Int(entry.column)] += entry.value
        }
      }
    }
    let features = Double(rows.columnCount)
    let codedTotal = log(coded.reduce(0, +) + smoothing * features)
    let uncodedTotal = log(uncoded.reduce(0, +) + smoothing * features)
    return (0..<rows.columnCount).map { column in
      (log(coded[column] + smoothing) - codedTotal)
        - (log(uncoded[column] + smoothing) - uncodedTotal)
    }
  }
}
