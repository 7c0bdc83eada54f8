extension ProjectReader {
  /// Every transcript of the folder `path` for `transcript list`: each file
  /// read with the folder's participants, in file-name order.
  ///
  /// A file that cannot be read is reported (its diagnostics added) and
  /// left out; a second file with an id already seen is listed, with a
  /// warning that the other commands ignore it.
  ///
  /// - Returns: The transcripts with their paths, and whether a file failed.
  /// - Throws: ``ProjectError`` when the folder or its participants table
  ///   cannot be read.
  public mutating func transcriptListing(inFolder path: String) throws(ProjectError) -> (
    transcripts: [(path: String, transcript: Transcript)], failed: Bool
  ) {
    let paths = try transcriptPaths(inFolder: path)
    let participants = try participants(inFolder: path)
    var transcripts: [(path: String, transcript: Transcript)] = []
    var failed = false
    var pathsByID: [String: String] = [:]
    for file in paths {
      do throws(ProjectError) {
        let transcript = try transcript(at: file, participants: participants)
        if let other = pathsByID[transcript.id] {
          diagnostics.append(
            .warning(
              "transcript id '\(transcript.id)' is already used by '\(other)'; the other commands ignore this file",
              file: file))
        } else {
          pathsByID[transcript.id] = file
        }
        transcripts.append((file, transcript))
      } catch {
        diagnostics += error.diagnostics
        failed = true
      }
    }
    return (transcripts, failed)
  }
}
