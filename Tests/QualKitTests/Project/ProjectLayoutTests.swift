import QualKit
import Testing

@Suite struct ProjectLayoutTests {
  @Test("The root is the nearest folder upwards that holds a project folder, like git's .git")
  func findsRootUpwards() {
    let folders: Set<String> = ["/home/a/study/Codebooks", "/home/a/study/Transcripts/sub"]
    let layout = ProjectLayout()
    let isFolder = { (path: String) in folders.contains(path) }
    #expect(layout.root(containing: "/home/a/study", isFolder: isFolder) == "/home/a/study")
    #expect(
      layout.root(containing: "/home/a/study/Transcripts/sub/", isFolder: isFolder)
        == "/home/a/study")
    #expect(layout.root(containing: "/home/b", isFolder: isFolder) == nil)
    #expect(layout.root(containing: "/", isFolder: { $0 == "/Codings" }) == "/")
  }

  @Test("A discovered layout names the project's folders relative to the folder it started in")
  func discoveredLayout() {
    let isFolder = { (path: String) in path == "/p/Codebooks" }
    #expect(ProjectLayout.discovered(from: "/p", isFolder: isFolder).codingsFolder == "Codings")
    let deep = ProjectLayout.discovered(from: "/p/Transcripts/x", isFolder: isFolder)
    #expect(deep.codebooksFolder == "../../Codebooks")
    #expect(deep.codingFile(forCoder: "anna") == "../../Codings/anna.jsonl")
    #expect(ProjectLayout.discovered(from: "/q", isFolder: isFolder) == ProjectLayout())
  }

  @Test(
    "Transcript files are known by their extension; READMEs are not transcripts",
    arguments: [
      ("B01.txt", true), ("B02.VTT", true), ("x.docx", true), ("notes.md", true),
      ("README.md", false), ("readme.txt", false), ("participants.csv", false), (".txt", false),
      ("noext", false),
    ])
  func transcriptFiles(name: String, isTranscript: Bool) {
    #expect(ProjectLayout.isTranscriptFile(name) == isTranscript)
  }

  @Test("Coder names that could not name a file are refused")
  func coderNames() {
    #expect(CoderName.problem(with: "anna") == nil)
    #expect(CoderName.problem(with: "søren_2.b-x") == nil)
    for bad in ["", ".hidden", "a/b", "a b", "a\u{1B}"] {
      #expect(CoderName.problem(with: bad) != nil)
    }
  }
}
