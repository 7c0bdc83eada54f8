extension ProjectReader {
  /// The folder learned models are kept in: `Codings/models` (coding-file
  /// discovery reads only `Codings/*.jsonl`, so nothing in it is taken for
  /// a coder).
  public var modelsFolder: String { ProjectFolder.join(layout.codingsFolder, "models") }

  /// The default file `qualkit learn` writes a model to.
  public var defaultModelPath: String { ProjectFolder.join(modelsFolder, "model.json") }

  /// The model file to use: `path` if given, else the only `.json` file in
  /// ``modelsFolder``.
  ///
  /// - Throws: ``ProjectError``: missing input when there is none,
  ///   ambiguous when there are several.
  public func modelPath(_ path: String?) throws(ProjectError) -> String {
    if let path { return path }
    let folderPath = modelsFolder
    let names: [String]
    if folder.isFolder(folderPath) {
      do {
        names = try folder.files(in: folderPath).filter { $0.hasSuffix(".json") }
      } catch {
        throw ProjectError(error)
      }
    } else {
      names = []
    }
    switch names.count {
    case 0:
      throw ProjectError(
        .missingInput,
        "no model in '\(folderPath)/'; train one with 'qualkit learn' (or name a model file: "
          + "--model=FILE)")
    case 1:
      return ProjectFolder.join(folderPath, names[0])
    default:
      throw ProjectError(
        .ambiguous,
        "several models in '\(folderPath)/' (\(names.joined(separator: ", "))); name the one to "
          + "use: --model=FILE")
    }
  }

  /// Reads the model file at `path`.
  ///
  /// - Throws: ``ProjectError``: missing input for a file that cannot be
  ///   read, invalid data (at its line and column) for one that is not a
  ///   model or is damaged.
  public func model(at path: String) throws(ProjectError) -> LearnedModel {
    let bytes: [UInt8]
    do {
      bytes = try folder.read(path)
    } catch {
      throw ProjectError(error)
    }
    do {
      return try LearnedModel(parsing: bytes)
    } catch {
      throw ProjectError(error, file: path)
    }
  }
}

extension ProjectReader {
  /// The facts of every model file that a coding of `project` names as its
  /// origin (`model:<file>`), by file; files that cannot be read are left
  /// out.
  public func modelFacts(for project: Project) -> [String: ModelFact] {
    var files = Set<String>()
    for loaded in project.codingFiles {
      for coding in loaded.file.codings {
        if case .model(let file) = coding.origin { files.insert(file) }
      }
    }
    var facts: [String: ModelFact] = [:]
    for file in files.sorted() { facts[file] = modelFact(at: file) }
    return facts
  }

  /// What the report's methods say of the model file at `path`: its hash
  /// and its training record, or nil when it cannot be read or parsed (the
  /// report then names the file alone).
  public func modelFact(at path: String) -> ModelFact? {
    guard let bytes = try? folder.read(path), let model = try? LearnedModel(parsing: bytes)
    else { return nil }
    return ModelFact(
      hash: "xxh64:" + XXHash64.hex(of: bytes), coders: model.training.coders,
      transcripts: model.training.transcripts.count)
  }
}

/// A learned model file as a report's methods describe it.
public struct ModelFact: Hashable, Sendable {
  /// The file's hash, `xxh64:` and 16 hexadecimal digits (what README
  /// asks a researcher to report, and ``LearnedModel/fileHash`` of a model
  /// as written).
  public var hash: String
  /// The coders whose codings it learned from.
  public var coders: [String]
  /// How many transcripts it learned from.
  public var transcripts: Int

  /// Creates a fact.
  public init(hash: String, coders: [String], transcripts: Int) {
    self.hash = hash
    self.coders = coders
    self.transcripts = transcripts
  }
}
