/// An error in input that was read but is invalid: a transcript, codebook,
/// coding file, survey or archive.
///
/// Every parser in QualKit throws errors of types that conform to this
/// protocol, so that the command-line tool can print them uniformly as
/// `path:line:column: error: message` and exit with `EX_DATAERR` (65).
/// The parsers work on bytes and do not know the path; the caller adds it.
public protocol InputError: Error, CustomStringConvertible {
  /// Where in the input the problem is, if it has a place.
  var position: SourcePosition? { get }
  /// A lowercase sentence fragment without a final period.
  var message: String { get }
  /// Every problem found, when the error collects several (a codebook's
  /// validation reports all of them at once). Defaults to this error alone.
  var diagnostics: [Diagnostic] { get }
}

extension InputError {
  /// The error as `line:column: error: message`, without a path.
  public var description: String {
    Diagnostic(.error, message, at: position).description
  }

  /// The error as a diagnostic.
  public var diagnostic: Diagnostic { Diagnostic(.error, message, at: position) }

  public var diagnostics: [Diagnostic] { [diagnostic] }
}
