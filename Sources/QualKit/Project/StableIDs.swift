public import Foundation

/// The GUIDs that a project's codes, transcripts, codings and users carry
/// when the project is exchanged with other QDA tools (REFI-QDA): name-based
/// UUIDs (version 5) that the same project gives in every run, on every
/// machine, and after a transcript is rewritten.
///
/// Each GUID is ``Foundation/UUID/init(version5:name:)`` of the project's
/// namespace and a name that spells out the object's identity: a kind, a
/// colon, then its fields, each with `%` written `%25` and `/` written
/// `%2F`, joined by `/`:
///
/// | object | name hashed | what it is stable across |
/// | --- | --- | --- |
/// | project | `project:<project name>` in ``qualKitNamespace`` | everything but a rename |
/// | code | `code:<code id>` | label, definition, colour and place in the tree |
/// | transcript | `transcript:<transcript id>` | any change of its text (an edit, pseudonymisation) |
/// | user | `user:<coder name>` | everything |
/// | coding | `coding:<transcript>/<code>/<coder>/<start>/<end>` | status, memo, text, hash, review |
/// | selection | `selection:<transcript>/<start>/<end>` | who coded the span with what |
///
/// A code whose codebook entry gives a `guid` keeps that GUID (see
/// ``code(_:)``). A coding's GUID hashes its Unicode-scalar offsets, not its
/// text: realigning a coding file after an edit keeps the GUIDs of codings
/// whose offsets the edit did not move (those before it, and those of other
/// transcripts), and gives a coding that moved the GUID of its new span, as
/// a coding made there would get.
///
/// ```swift
/// let ids = StableIDs(projectName: "TKI2")
/// ids.transcript(id: "B01").lowercasedString  // the same in every run
/// ```
public struct StableIDs: Hashable, Sendable {
  /// QualKit's namespace for projects: the version 5 UUID of the URL
  /// namespace and `urn:qualkit:project`
  /// (`0bed3f49-60ab-5e54-bea1-17dad7aad87b`, pinned by a test).
  public static let qualKitNamespace = UUID(version5: .urlNamespace, name: "urn:qualkit:project")

  /// The name of the project the GUIDs belong to.
  public let projectName: String
  /// The project's own GUID, the namespace of every other.
  public let project: UUID

  /// The GUIDs of the project named `projectName` (its folder's or its
  /// codebook's name, as the caller decides once and keeps).
  public init(projectName: String) {
    self.projectName = projectName
    project = UUID(version5: Self.qualKitNamespace, name: "project:" + Self.field(projectName))
  }

  /// The GUID of the code with `id`, derived from the id alone.
  public func code(id: String) -> UUID {
    guid("code", [id])
  }

  /// The GUID of `code`: the one its codebook entry gives when that is a
  /// GUID (`8-4-4-4-12` hex digits, any case, optionally in braces), else
  /// ``code(id:)``.
  public func code(_ code: Code) -> UUID {
    code.guid.flatMap(Self.parse) ?? self.code(id: code.id)
  }

  /// The GUID of the transcript with `id`; its text is not hashed, so an
  /// edited transcript keeps it.
  public func transcript(id: String) -> UUID {
    guid("transcript", [id])
  }

  /// The GUID of the coder or user `name`.
  public func user(name: String) -> UUID {
    guid("user", [name])
  }

  /// The GUID of one coding: transcript, code, coder and offsets.
  public func coding(_ coding: Coding) -> UUID {
    guid(
      "coding",
      [
        coding.transcript, coding.code, coding.coder, String(coding.span.start),
        String(coding.span.end),
      ])
  }

  /// The GUID of a coded span of a transcript, whoever coded it with
  /// whatever code (a REFI-QDA `PlainTextSelection`).
  public func selection(transcript: String, span: Span) -> UUID {
    guid("selection", [transcript, String(span.start), String(span.end)])
  }

  /// The GUID of every code of `codebook` by code id, with a warning for
  /// each `guid` that is not a GUID or that an earlier code already has
  /// (that code then gets its derived GUID, so that no two codes share one).
  public func codeGUIDs(in codebook: Codebook) -> (guids: [String: UUID], diagnostics: [Diagnostic])
  {
    var guids: [String: UUID] = [:]
    var owners: [UUID: String] = [:]
    var diagnostics: [Diagnostic] = []
    for code in codebook.allCodes {
      var guid = self.code(id: code.id)
      if let given = code.guid {
        if let parsed = Self.parse(given) {
          if let owner = owners[parsed] {
            diagnostics.append(
              .warning(
                "code '\(code.id)' has the guid of code '\(owner)'; it gets its own, \(guid.lowercasedString)"
              ))
          } else {
            guid = parsed
          }
        } else {
          diagnostics.append(
            .warning(
              "code '\(code.id)': guid '\(TerminalText.visible(given))' is not a GUID (8-4-4-4-12 hex digits); using \(guid.lowercasedString)"
            ))
        }
      }
      owners[guid] = owners[guid] ?? code.id
      guids[code.id] = guids[code.id] ?? guid
    }
    return (guids, diagnostics)
  }

  /// The version 5 UUID of `kind:field/field/…` in the project's namespace.
  func guid(_ kind: String, _ fields: [String]) -> UUID {
    UUID(version5: project, name: kind + ":" + fields.map(Self.field).joined(separator: "/"))
  }

  /// A field with `%` and `/` escaped, so that joined fields split one way only.
  private static func field(_ text: String) -> String {
    guard text.contains("%") || text.contains("/") else { return text }
    return text.replacingAll("%", "%25").replacingAll("/", "%2F")
  }

  /// A GUID as written in a codebook or a REFI-QDA file, or nil.
  static func parse(_ text: String) -> UUID? {
    var trimmed = Substring(text.trimmingCharacters(in: " \t"))
    if trimmed.first == "{" && trimmed.last == "}" && trimmed.count > 2 {
      trimmed = trimmed.dropFirst().dropLast()
    }
    guard trimmed.utf8.count == 36 else { return nil }
    return UUID(uuidString: String(trimmed))
  }
}
