import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `qualkit …` command line written in documentation (README.md or a
/// command's EXAMPLES), as a user would type it into a shell.
struct ExampleCommand: CustomStringConvertible {
  /// Where it is written, like `README.md:123` or `merge --help`.
  var place: String
  /// The command as written (continuation lines joined).
  var text: String
  /// Whether the output shown after it is an error, so it must fail.
  var showsError: Bool

  var description: String { "\(place): $ \(text)" }

  /// The commands of a text: every line that starts (after spaces and an
  /// optional `$ `) with `qualkit `, continued by lines after a trailing
  /// backslash; the lines after it up to the next command or blank line are
  /// its output.
  static func commands(in text: String, place: (Int) -> String, requiresPrompt: Bool)
    -> [ExampleCommand]
  {
    let lines = text.components(separatedBy: "\n")
    var commands: [ExampleCommand] = []
    var index = 0
    func commandText(_ line: String) -> String? {
      var trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("$ ") {
        trimmed.removeFirst(2)
      } else if requiresPrompt {
        return nil
      }
      return trimmed.hasPrefix("qualkit ") || trimmed == "qualkit" ? trimmed : nil
    }
    while index < lines.count {
      guard var command = commandText(lines[index]) else {
        index += 1
        continue
      }
      let start = index
      while command.hasSuffix("\\"), index + 1 < lines.count {
        index += 1
        command =
          String(command.dropLast()) + " "
          + lines[index].trimmingCharacters(in: .whitespaces)
      }
      index += 1
      var showsError = false
      while index < lines.count, commandText(lines[index]) == nil,
        !lines[index].trimmingCharacters(in: .whitespaces).isEmpty
      {
        if lines[index].contains("error:") { showsError = true }
        index += 1
      }
      commands.append(ExampleCommand(place: place(start), text: command, showsError: showsError))
    }
    return commands
  }

  /// The command's arguments (after `qualkit`) as a POSIX shell would pass
  /// them, run in `folder`: quotes removed, `# comments` dropped, globs
  /// expanded against `folder`; and the file a `>` redirects standard
  /// output to.
  ///
  /// - Throws: A message for shell syntax this reader does not know (pipes,
  ///   `&&`, input redirection), so that the example is rewritten rather
  ///   than silently run in part.
  func arguments(in folder: URL) throws -> (arguments: [String], output: String?) {
    var words: [(text: String, isGlob: Bool)] = []
    var current = ""
    var isGlob = false
    var inWord = false
    var quote: Character?
    var characters = text[...]
    while let character = characters.popFirst() {
      if let open = quote {
        if character == open {
          quote = nil
        } else if open == "\"" && character == "\\", let next = characters.popFirst() {
          current.append(next)
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case "'", "\"":
        quote = character
        inWord = true
      case "\\":
        if let next = characters.popFirst() { current.append(next) }
        inWord = true
      case " ", "\t":
        if inWord { words.append((current, isGlob)) }
        (current, isGlob, inWord) = ("", false, false)
      case "#" where !inWord:
        characters = characters.suffix(0)
      case "|", "&", ";", "<", "`":
        throw ExampleError(
          "\(self): shell syntax '\(character)' is not supported by the example runner")
      case "*", "?":
        current.append(character)
        isGlob = true
        inWord = true
      default:
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append((current, isGlob)) }
    guard words.first?.text == "qualkit" else {
      throw ExampleError("\(self): not a qualkit command")
    }
    var arguments: [String] = []
    var output: String?
    var rest = words.dropFirst()[...]
    while let word = rest.popFirst() {
      if word.text == ">" && !word.isGlob {
        guard let file = rest.popFirst() else { throw ExampleError("\(self): '>' without a file") }
        output = file.text
      } else if word.isGlob {
        arguments += Self.expand(word.text, in: folder)
      } else {
        arguments.append(word.text)
      }
    }
    return (arguments, output)
  }

  /// The paths `pattern` (a glob in its last part) matches in `folder`,
  /// sorted; the pattern itself when nothing matches, as a shell does.
  static func expand(_ pattern: String, in folder: URL) -> [String] {
    let slash = pattern.lastIndex(of: "/")
    let directory = slash.map { String(pattern[..<$0]) } ?? ""
    let namePattern = slash.map { String(pattern[pattern.index(after: $0)...]) } ?? pattern
    let listed = folder.appendingPathComponent(directory.isEmpty ? "." : directory)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: listed.path)) ?? []
    let matches = names.filter { !$0.hasPrefix(".") && fnmatch(namePattern, $0, 0) == 0 }.sorted()
    guard !matches.isEmpty else { return [pattern] }
    return matches.map { directory.isEmpty ? $0 : directory + "/" + $0 }
  }
}

/// An example the runner cannot run as written.
struct ExampleError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
