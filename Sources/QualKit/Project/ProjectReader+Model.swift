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
