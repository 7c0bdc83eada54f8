/// The files `qualkit init` writes to start a project: the folders of
/// ``ProjectLayout``, a starter codebook that shows every feature of the
/// format, an example transcript, a participants table, and the git files
/// that make coders' files merge with `qualkit merge-driver`.
///
/// The template is pure: ``files(layout:)`` gives paths and contents, and
/// ``refusal(forEntries:)`` decides whether a folder may receive them;
/// `Storage/` writes them.
public enum ProjectTemplate {
  /// One file of a new project.
  public struct File: Hashable, Sendable {
    /// The path inside the project.
    public var path: String
    /// The text.
    public var contents: String

    /// Creates a file.
    public init(path: String, contents: String) {
      self.path = path
      self.contents = contents
    }
  }

  /// The names a folder may already hold and still receive a new project
  /// (a git repository made first, a macOS folder file).
  public static let ignorableEntries: Set<String> = [".git", ".DS_Store"]

  /// The git attribute that names the coding-file merge driver.
  public static let mergeDriverName = "qualkit"

  /// The `git config` line that makes git merge coding files with
  /// `qualkit merge-driver` (the attribute is in the project's `.gitattributes`).
  public static let gitConfigCommand =
    "git config merge.\(mergeDriverName).driver \"qualkit merge-driver %O %A %B %P\""

  /// Why a folder holding `entries` (its names, hidden ones included) may
  /// not receive a new project, or nil when it may.
  ///
  /// - Parameters:
  ///   - entries: The names directly inside the folder.
  ///   - layout: The folder names that mark a project.
  /// - Returns: A lowercase sentence fragment, or nil.
  public static func refusal(forEntries entries: [String], layout: ProjectLayout = ProjectLayout())
    -> String?
  {
    let markers = Set(layout.markerFolders)
    let found = entries.filter { markers.contains($0) }.sorted()
    if !found.isEmpty {
      return
        "it is a qualkit project already (it has \(found.map { $0 + "/" }.joined(separator: ", "))); nothing was written"
    }
    let others = entries.filter { !ignorableEntries.contains($0) }.sorted()
    guard !others.isEmpty else { return nil }
    let shown = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", …" : "")
    return
      "it is not empty (\(shown)); start the project in a new or empty folder; nothing was written"
  }

  /// The commands to run next in a project made in `directory` (nil for
  /// the current folder).
  public static func nextSteps(directory: String?) -> [String] {
    var steps: [String] = []
    if let directory { steps.append("cd \(directory)") }
    steps += [
      "qualkit transcript list",
      "qualkit codebook show",
      "qualkit autocode --speakers participant --out Codings/auto.jsonl",
      "git init && \(gitConfigCommand)",
    ]
    return steps
  }

  /// Every file of a new project, folders first in layout order.
  public static func files(layout: ProjectLayout = ProjectLayout()) -> [File] {
    [
      File(path: ProjectFolder.join(layout.codebooksFolder, "codebook.json"), contents: codebook),
      File(path: ProjectFolder.join(layout.transcriptsFolder, "example.txt"), contents: transcript),
      File(
        path: ProjectFolder.join(layout.transcriptsFolder, layout.participantsFile),
        contents: "id,group,age,gender,speakers\n"),
      File(path: ProjectFolder.join(layout.codingsFolder, "README.md"), contents: codingsReadme),
      File(path: ProjectFolder.join(layout.surveysFolder, "README.md"), contents: surveysReadme),
      File(path: ".gitignore", contents: gitignore(layout)),
      File(path: ".gitattributes", contents: gitattributes(layout)),
    ]
  }

  // MARK: - Contents

  static let codebook = """
    {
      "format": "qualkit-codebook",
      "version": 1,
      "name": "Starter codebook",
      "description": "Made by 'qualkit init'. Each code below explains one feature of the format in its own fields; replace them with your own codes and check the file with 'qualkit codebook validate'. 'format' and 'version' name the file format; 'name' and 'description' are free text.",
      "codes": [
        {
          "id": "wellbeing",
          "label": "Wellbeing",
          "labels": { "da": "Trivsel" },
          "definition": "A theme: a code with codes under it ('children'). 'id' is what you type (unique in the whole tree); 'label' is shown; 'labels' adds other languages ('qualkit codebook show --language da').",
          "include": "What belongs under the code: how the participant feels, in body and mind.",
          "exclude": "What does not, and where it goes: help from others (support).",
          "example": "A typical quote: I feel a lot better now than in the spring.",
          "color": "#2CA02C",
          "keywords": ["wellbeing", "feel better", "better*"],
          "children": [
            {
              "id": "energy",
              "label": "Energy",
              "definition": "Keywords propose codings in 'qualkit autocode': a word ('tired'), a phrase ('no energy'), a stem ('exhaust*' hits exhausted and exhausting) and an exclusion ('-exhaustive' drops the stem's hit on that word, which is not about energy). Case, whole words and ae/oe/aa for æ/ø/å are handled for you.",
              "color": "#98DF8A",
              "keywords": ["energy", "tired", "exhaust*", "no energy", "-exhaustive"]
            },
            {
              "id": "worry",
              "label": "Worry",
              "definition": "A keyword starting 're:' is a regular expression (case-insensitive, slower than the others).",
              "keywords": ["re:worr(y|ied|ies)", "nervous"]
            }
          ]
        },
        {
          "id": "support",
          "label": "Support",
          "codable": false,
          "definition": "A group that only holds other codes: \\"codable\\": false, so 'qualkit tag' refuses it and asks for one of its codes.",
          "children": [
            {
              "id": "professional-support",
              "label": "Professional support",
              "guid": "3f2c1f4e-6a0b-4c55-9a57-1b2d7e8f9a10",
              "definition": "'guid' keeps a stable id for exchange with other tools (REFI-QDA).",
              "keywords": ["doctor", "nurse", "physio*", "caseworker"]
            },
            {
              "id": "family-support",
              "label": "Family support",
              "keywords": ["family", "my wife", "my husband", "children"]
            }
          ]
        }
      ]
    }

    """

  static let transcript = """
    ---
    id: example
    group: pilot
    age: 52
    gender: woman
    date: 2026-01-15
    speakers: I=interviewer, P=participant
    ---
    I: Thank you for taking part. How have the last months been for you?

    P: Better, really. In the spring I was tired all the time, I had no energy
    at all. Now I feel better, and I can walk the dog again.

    I: What helped you most?

    P: The physiotherapist, I think. And my husband, he took over a lot at home.
    I was worried that I would never get back to work, but the caseworker was
    patient with me.

    I: Is there anything you would have liked to be different?

    P: Maybe that the doctor and the job centre talked to each other sooner.

    """

  static let codingsReadme = """
    # Codings

    One file per coder, `<coder>.jsonl`, written by `qualkit tag` and
    `qualkit review`; `qualkit autocode --out Codings/auto.jsonl` writes
    proposals, `qualkit merge --out` merged files. Each file's header says
    which of these it is, so `qualkit agree` and `qualkit merge` with no files
    compare only the coders.

    """

  static let surveysReadme = """
    # Surveys

    Survey data of the project (CSV), for the survey and mixed-methods commands.

    """

  static func gitignore(_ layout: ProjectLayout) -> String {
    """
    # Written by qualkit while it works, never part of the project: the
    # locks beside the files it changes, temporary files of atomic writes,
    # and the journal of a change of several files.
    .*.lock
    .*.tmp-*
    .qualkit-journal-*
    # The report (qualkit report) can be made again from the project.
    /\(layout.reportFolder)/

    """
  }

  static func gitattributes(_ layout: ProjectLayout) -> String {
    """
    # Coding files merge line by line with 'qualkit merge-driver'; enable it once per clone with
    #   \(gitConfigCommand)
    \(layout.codingsFolder)/*.jsonl merge=\(mergeDriverName)

    """
  }
}
