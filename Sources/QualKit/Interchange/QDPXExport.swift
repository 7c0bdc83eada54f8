import Foundation

/// A QualKit project as a REFI-QDA project file (`.qdpx`), for NVivo,
/// ATLAS.ti, MAXQDA, QualCoder and the other programs that read the standard.
///
/// The archive holds `project.qde` and, per transcript, `sources/<guid>.txt`
/// (UTF-8 without a byte order mark): the transcript's text after its front
/// matter, whose attributes go to the transcript's case instead. The
/// project file has, in the schema's order:
/// - a `User` per coder whose codings are exported (as the caller selected
///   them, normally by ``CoderPolicy``);
/// - the codebook (see ``Codebook/qdc(origin:)``);
/// - a `Variable` per attribute column, typed as ``Participants`` types it
///   (`Integer`, `Float`, `Date`, `Text`), and `speakers`, each
///   transcript's speaker map, so that roles come back;
/// - a `Case` per transcript with attributes, holding its values;
/// - a `TextSource` per transcript, with one `PlainTextSelection` per coded
///   span and in it one `Coding` per code and coder (`creatingUser`);
/// - a `Note` per coding memo, referred to by its coding.
///
/// Only accepted codings are exported: REFI-QDA has no proposals and no
/// rejections, so those are left out and counted in the ``report``. Every
/// GUID is derived from the project (``StableIDs``), so that the same
/// project gives the same bytes in every export.
public struct QDPXExport: Sendable {
  /// How positions are counted in the project file.
  public enum PositionUnit: String, Hashable, Sendable, CaseIterable {
    /// Unicode code points, as the standard says (the default).
    case codePoints = "codepoints"
    /// UTF-16 code units, as NVivo counts.
    case utf16
  }

  /// How lines end in the exported texts.
  public enum LineEnding: String, Hashable, Sendable, CaseIterable {
    /// A line feed (the default; QualKit's own texts).
    case lf
    /// A carriage return and a line feed, as NVivo writes (each counts as
    /// two positions).
    case crlf
  }

  /// What to export, and how.
  public struct Options: Hashable, Sendable {
    /// The project's name, the namespace of its GUIDs (default: the
    /// codebook's name).
    public var projectName: String?
    /// The program that writes the file (`Project/@origin`).
    public var origin: String
    /// How positions are counted.
    public var positions: PositionUnit
    /// How lines end in the texts.
    public var lineEnding: LineEnding

    /// Creates options.
    public init(
      projectName: String? = nil, origin: String = "QualKit", positions: PositionUnit = .codePoints,
      lineEnding: LineEnding = .lf
    ) {
      self.projectName = projectName
      self.origin = origin
      self.positions = positions
      self.lineEnding = lineEnding
    }
  }

  /// The `.qdpx` file's bytes.
  public var archive: [UInt8]
  /// The project file (`project.qde`) alone.
  public var projectFile: [UInt8]
  /// What was exported and what was left out.
  public var report: ExchangeReport
  /// Warnings (a code `guid` that could not be used, codings left out).
  public var diagnostics: [Diagnostic]

  /// Exports `project` with `codings`.
  ///
  /// - Parameters:
  ///   - project: The project: its codebook, transcripts and participants.
  ///   - codings: The codings to export, every status, each as its coder's
  ///     (``CoderPolicy/Selection/codings``); only accepted ones are written.
  ///   - options: Names, positions and line ends.
  /// - Throws: ``InterchangeError`` (`cannotExport`) when a file cannot be
  ///   added to the archive.
  public init(project: Project, codings: [Coding], options: Options = Options())
    throws(InterchangeError)
  {
    var builder = QDPXExportBuilder(project: project, options: options)
    builder.add(codings)
    let document = builder.document
    projectFile = REFIWriter.project(document)
    var writer = ZipWriter()
    do throws(ZipError) {
      try writer.add(path: "project.qde", data: projectFile)
      for source in builder.sourceFiles {
        try writer.add(path: "sources/" + source.name, data: source.bytes)
      }
    } catch {
      throw InterchangeError(.cannotExport, error.message)
    }
    archive = writer.finish()
    report = builder.report
    diagnostics = builder.diagnostics
  }
}
