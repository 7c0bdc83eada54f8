/// An error in a ZIP archive or a DEFLATE stream that could not be read.
///
/// Archives are binary, so errors have no line and column: ``position`` is
/// always `nil`, and ``message`` names the entry or the byte offset instead.
public struct ZipError: InputError, Hashable, Sendable {
  /// What kind of problem the archive or stream has.
  public enum Kind: Hashable, Sendable {
    /// The input has no end of central directory record.
    case notAnArchive
    /// The archive structure is damaged: truncated, or offsets point outside it.
    case malformedArchive
    /// The archive uses a feature this reader does not support.
    case unsupported
    /// A DEFLATE stream is malformed or truncated.
    case malformedDeflate
    /// Data would exceed a size limit or the size the archive declares.
    case limitExceeded
    /// The CRC-32 of the extracted data differs from the stored one.
    case checksumMismatch
    /// No entry has the requested path.
    case missingEntry
    /// A writer was asked to store something a ZIP file cannot hold.
    case invalidEntry
  }

  /// What kind of problem this is.
  public var kind: Kind
  /// A lowercase sentence fragment without a final period.
  public var message: String

  /// Archives have no lines, so there is never a position.
  public var position: SourcePosition? { nil }

  /// Creates an error of a kind with a message.
  ///
  /// - Parameters:
  ///   - kind: What kind of problem this is.
  ///   - message: A lowercase sentence fragment without a final period.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }
}
