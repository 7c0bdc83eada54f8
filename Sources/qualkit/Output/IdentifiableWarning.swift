import QualKit

extension ToolContext {
  /// Warns, before an export, when `transcripts` (of the folder
  /// `transcriptsFolder`) were never checked for names and identifiers
  /// with `qualkit pseudonymize --check`, or changed since, unless
  /// `--allow-identifiable` was given.
  mutating func warnIfIdentifiable(
    _ transcripts: [Transcript], transcriptsFolder: String, arguments: Arguments
  ) {
    guard !arguments.has("allow-identifiable") else { return }
    let marker = folder.readIfPresent(
      ProjectFolder.join(transcriptsFolder, PrivacyCheckMarker.fileName))
    if let warning = PrivacyCheckMarker.exportWarning(marker: marker, transcripts: transcripts) {
      printError(warning.description)
    }
  }
}
