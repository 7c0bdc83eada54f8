// Usage: learn-harness PROJECT FEATURES.jsonl [--coders a,b] [--runs N]
//
// Loads PROJECT as `qualkit learn` does (every coder by the coder policy,
// or --coders; participants' turns; every codable code), then:
// - cross-validates QualKit's logistic regression and, apart, its naive
//   Bayes (every code naive Bayes) with `ModelEvaluation` (5 folds by
//   transcript, seed 1, threshold 0.5, no learning curve);
// - writes FEATURES.jsonl, one unit a line: {"transcript", "fold",
//   "terms": [...], "codes": [...]}, the terms QualKit extracted and the
//   codes the coders gave the unit, for the scikit-learn peer;
// - times, on all units, fitting the tf-idf features and then one logistic
//   regression (or naive Bayes) per code with at least 3 coded units, on one
//   thread and on all cores; the median of --runs runs (default 5);
// and prints the figures as JSON on standard output.
import Dispatch
import Foundation
import QualKit

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("learn-harness: \(message)\n".utf8))
  exit(1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  defer { arguments.removeSubrange(index...(index + 1)) }
  return arguments[index + 1]
}
let coders = option("--coders").map { $0.split(separator: ",").map(String.init) } ?? []
let runs = option("--runs").flatMap(Int.init) ?? 5
guard arguments.count == 2 else { fail("usage: learn-harness PROJECT FEATURES.jsonl [--coders a,b] [--runs N]") }

var reader = ProjectReader(folder: ProjectFolder(base: URL(fileURLWithPath: arguments[0])))
let project: Project
let set: TrainingSet
do {
  project = try reader.project(requiresCodebook: true)
  var filter = CodingFilter()
  filter.coders = coders
  let counted = try project.counted(filter, policy: CoderPolicy(coders: coders))
  set = try TrainingSet(project: project, codings: counted.codings)
} catch {
  fail("\(error)")
}

let learner = Learner()
var settings = learner.settings
settings.language = learner.language(of: set)

func seconds(_ body: () -> Void) -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

var corpus = TermCorpus(documents: [[String]]())
let termSeconds = seconds {
  corpus = TermCorpus(
    texts: set.units.map(\.text), extractor: TermExtractor(language: settings.language))
}

// Quality: QualKit's own cross-validation, logistic regression and naive Bayes.
let logistic: ModelEvaluation
let bayes: ModelEvaluation
do {
  let options = ModelEvaluation.Options(learningCurve: false)
  logistic = try ModelEvaluation(set: set, learner: Learner(settings: settings, detectsLanguage: false), options: options)
  var allBayes = settings
  allBayes.naiveBayesBelow = Int.max
  bayes = try ModelEvaluation(set: set, learner: Learner(settings: allBayes, detectsLanguage: false), options: options)
} catch {
  fail("\(error)")
}

// The features for the peer, with the folds QualKit used.
var foldOf: [String: Int] = [:]
for (fold, transcripts) in logistic.folds.enumerated() {
  for transcript in transcripts { foldOf[transcript] = fold }
}
var lines = ""
for (index, unit) in set.units.enumerated() {
  let terms = corpus.documents[index].map { JSONOutput.string(corpus.terms[Int($0)]) }
  let codes = set.codes.indices.filter { set.labels[$0][index] }.map { JSONOutput.string(set.codes[$0]) }
  lines += JSONOutput.object([
    ("transcript", .string(unit.transcript)), ("fold", .int(foldOf[unit.transcript] ?? 0)),
    ("terms", .array(terms)), ("codes", .array(codes)),
  ]).rendered() + "\n"
}
do {
  try Data(lines.utf8).write(to: URL(fileURLWithPath: arguments[1]))
} catch {
  fail("cannot write \(arguments[1]): \(error)")
}

// Speed: fit on all units, as `qualkit learn` does.
let all = Array(set.units.indices)
let trained = set.codes.indices.filter { code in set.labels[code].lazy.filter { $0 }.count >= 3 }
var featureTimes: [Double] = []
var logisticTimes: [Double] = []
var parallelTimes: [Double] = []
var bayesTimes: [Double] = []
var iterations: [Int] = []
var termCount = 0
for _ in 0..<runs {
  var features = FeatureSpace(terms: [], idf: [])
  var rows = SparseRows(columnCount: 0)
  featureTimes.append(seconds {
    features = FeatureSpace(
      fitting: corpus, units: all, minimumDocumentFrequency: settings.minimumDocumentFrequency,
      maximumTerms: settings.maximumTerms)
    rows = features.rows(of: corpus, units: all)
  })
  termCount = features.terms.count
  let fixedRows = rows
  logisticTimes.append(seconds {
    iterations = trained.map { code in
      LogisticRegression(rows: fixedRows, labels: set.labels[code], options: settings.regression).iterations
    }
  })
  parallelTimes.append(seconds {
    DispatchQueue.concurrentPerform(iterations: trained.count) { index in
      _ = LogisticRegression(rows: fixedRows, labels: set.labels[trained[index]], options: settings.regression)
    }
  })
  bayesTimes.append(seconds {
    for code in trained { _ = NaiveBayes.weights(rows: fixedRows, labels: set.labels[code]) }
  })
}

func scores(_ evaluation: ModelEvaluation) -> [String: JSONOutput] {
  var result: [String: JSONOutput] = [:]
  for score in evaluation.scores {
    result[score.code ?? ""] = .object([
      ("proposed", .int(score.proposed)), ("both", .int(score.both)),
      ("f1", score.f1.map(JSONOutput.double) ?? .null),
      ("kappa", score.kappa.value.map(JSONOutput.double) ?? .null),
    ])
  }
  return result
}
let logisticScores = scores(logistic)
let bayesScores = scores(bayes)
let output: JSONOutput = .object([
  ("units", .int(set.units.count)), ("transcripts", .int(set.transcripts.count)),
  ("language", .string(settings.language.rawValue)), ("terms", .int(termCount)),
  ("codesTrained", .int(trained.count)),
  ("codes", .array(set.codes.indices.map { code in
    .object([
      ("code", .string(set.codes[code])), ("coded", .int(set.labels[code].lazy.filter { $0 }.count)),
      ("logistic", logisticScores[set.codes[code]] ?? .null), ("naiveBayes", bayesScores[set.codes[code]] ?? .null),
    ])
  })),
  ("pooled", .object([
    ("logisticKappa", logistic.pooled.kappa.value.map(JSONOutput.double) ?? .null),
    ("logisticF1", logistic.pooled.f1.map(JSONOutput.double) ?? .null),
    ("naiveBayesKappa", bayes.pooled.kappa.value.map(JSONOutput.double) ?? .null),
    ("naiveBayesF1", bayes.pooled.f1.map(JSONOutput.double) ?? .null),
  ])),
  ("seconds", .object([
    ("extractTerms", .double(termSeconds)), ("features", .double(median(featureTimes))),
    ("logistic", .double(median(logisticTimes))), ("logisticAllCores", .double(median(parallelTimes))),
    ("naiveBayes", .double(median(bayesTimes))),
  ])),
  ("iterations", .array(iterations.map(JSONOutput.int))),
])
print(output.rendered(pretty: true))
