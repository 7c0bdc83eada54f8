extension ProjectReader {
  /// The spec that goes with the survey CSV at `csvPath`: `stem.survey.json` beside it.
  public static func specPath(forSurvey csvPath: String) -> String {
    ProjectLayout.replacingExtension(of: csvPath, with: ".survey.json")
  }

  /// The survey CSV and spec to use: those given, else the survey of the
  /// project's surveys folder (the CSV beside its only `*.survey.json`).
  ///
  /// - Throws: ``ProjectError``: missing input when the project has no
  ///   survey, ambiguous when it has several and none is named.
  public func surveyPaths(csv: String?, spec: String?) throws(ProjectError)
    -> (csv: String, spec: String)
  {
    if let csv { return (csv, spec ?? ProjectReader.specPath(forSurvey: csv)) }
    if let spec {
      let suffix = spec.hasSuffix(".survey.json") ? ".survey.json" : ".json"
      return (String(spec.dropLast(spec.hasSuffix(suffix) ? suffix.count : 0)) + ".csv", spec)
    }
    let surveys = layout.surveysFolder
    var specs: [String] = []
    if folder.isFolder(surveys) {
      do {
        specs = try folder.files(in: surveys).filter { $0.hasSuffix(".survey.json") }
      } catch {
        throw ProjectError(error)
      }
    }
    switch specs.count {
    case 0:
      throw ProjectError(
        .missingInput,
        "no survey given and no *.survey.json spec in '\(surveys)/' (name the survey CSV and --spec)"
      )
    case 1:
      let specFile = ProjectFolder.join(surveys, specs[0])
      return (String(specFile.dropLast(".survey.json".count)) + ".csv", specFile)
    default:
      throw ProjectError(
        .ambiguous,
        "several surveys in '\(surveys)/' (\(specs.joined(separator: ", "))); name the CSV to use")
    }
  }

  /// Every survey spec (`*.survey.json`) in the project's surveys folder,
  /// as paths; none when there is no such folder.
  public func surveySpecPaths() -> [String] {
    let surveys = layout.surveysFolder
    guard folder.isFolder(surveys), let names = try? folder.files(in: surveys) else { return [] }
    return names.filter { $0.hasSuffix(".survey.json") }.map { ProjectFolder.join(surveys, $0) }
  }

  /// Whether the project has a survey to use by default.
  public func hasDefaultSurvey() -> Bool {
    let surveys = layout.surveysFolder
    guard folder.isFolder(surveys), let names = try? folder.files(in: surveys) else {
      return false
    }
    return names.contains { $0.hasSuffix(".survey.json") }
  }

  /// Reads the survey spec at `path`.
  public mutating func surveySpec(at path: String) throws(ProjectError) -> SurveySpec {
    let data = try read(path)
    var found: [Diagnostic] = []
    do {
      let spec = try SurveySpec(parsing: data, diagnostics: &found)
      diagnostics += found.inFile(path)
      return spec
    } catch {
      throw ProjectError(error, file: path)
    }
  }

  /// Reads the survey CSV at `csvPath` with the spec at `specPath`.
  ///
  /// - Parameters:
  ///   - csvPath: The survey CSV.
  ///   - specPath: Its spec.
  ///   - lenient: Whether answers not on their scale are missing (warned) rather than errors.
  /// - Returns: The survey; its warnings are added to ``diagnostics``.
  /// - Throws: ``ProjectError`` for a file that cannot be read or is invalid.
  public mutating func survey(csv csvPath: String, spec specPath: String, lenient: Bool = false)
    throws(ProjectError) -> Survey
  {
    let spec = try surveySpec(at: specPath)
    let data = try read(csvPath)
    var found: [Diagnostic] = []
    do {
      let survey = try Survey(csv: data, spec: spec, lenient: lenient, diagnostics: &found)
      diagnostics += found.inFile(csvPath)
      return survey
    } catch {
      throw ProjectError(error, file: csvPath)
    }
  }

  /// A draft spec for the survey CSV at `path` (``SurveySpec/inferred(from:)``).
  public mutating func inferredSurveySpec(csv path: String) throws(ProjectError) -> SurveySpec {
    let table: CSVTable
    do {
      table = try CSVReader().read(try read(path))
    } catch let error as CSVError {
      throw ProjectError(error, file: path)
    } catch let error as ProjectError {
      throw error
    } catch {
      throw ProjectError(.invalidData, "\(error)", file: path)
    }
    diagnostics += table.diagnostics.inFile(path)
    guard let spec = SurveySpec.inferred(from: table) else {
      throw ProjectError(.invalidData, "the survey is empty: no header", file: path)
    }
    if spec.items.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning,
          "no column's answers all fall in one built-in scale (\(LikertScale.builtInNames.joined(separator: ", "))); define the scale in the spec",
          file: path))
    }
    return spec
  }

  /// The bytes of the file at `path`.
  private func read(_ path: String) throws(ProjectError) -> [UInt8] {
    do {
      return try folder.read(path)
    } catch {
      throw ProjectError(error)
    }
  }
}
