/// How a paper format (Word, LaTeX) fits a table to the page: the width of
/// each column and whether the table needs a landscape page.
///
/// Widths are estimated in characters of the table's text size: a column
/// needs at least the longest word of its title and, for numbers, its
/// longest cell; text columns may wrap between words. A table whose
/// columns need more than a portrait text block (on A4 with 2.5 cm margins,
/// about 110 characters of 9 pt Calibri in Word, 85 of `\small` Latin
/// Modern in LaTeX) goes on a landscape page (165, 130); beyond that,
/// every column is narrowed in proportion.
struct ReportTableLayout {
  /// The page a table is set on.
  enum Orientation: Hashable, Sendable {
    case portrait, landscape
  }

  /// Characters of 9 pt Calibri across a portrait text block (Word).
  static let portraitCharacters = 110.0
  /// Characters of 9 pt Calibri across a landscape text block (Word).
  static let landscapeCharacters = 165.0
  /// Characters of `\small` Latin Modern across a portrait text block (LaTeX).
  static let latexPortraitCharacters = 85.0
  /// Characters of `\footnotesize` Latin Modern across a landscape text block (LaTeX).
  static let latexLandscapeCharacters = 130.0

  /// Characters across a portrait text block.
  var portraitCharacters: Double
  /// Characters across a landscape text block.
  var landscapeCharacters: Double
  /// What a column adds to its text on each side together (cell margins).
  static let padding = 2.5
  /// The widest a text column is made to get before it wraps.
  static let widestText = 40.0

  /// The page the table is set on.
  var orientation: Orientation
  /// The characters the columns need at least, all together.
  var needed: Double
  /// Whether the columns fit the page at their minimum widths.
  var fits: Bool { needed <= available + 1e-9 }
  /// Characters across the page the table is set on.
  var available: Double { orientation == .portrait ? portraitCharacters : landscapeCharacters }
  /// Each column's width in characters, padding included; they add up to
  /// at most the text block's width.
  var widths: [Double]
  /// The layout of `table` on a page `portrait` characters across.
  ///
  /// A table that does not fit is laid out `landscape` characters across;
  /// `titleScale` widens a title's letters (1.1 for bold titles).
  init(
    _ table: Table, portrait: Double = Self.portraitCharacters,
    landscape: Double = Self.landscapeCharacters, titleScale: Double = 1.1
  ) {
    portraitCharacters = portrait
    landscapeCharacters = landscape
    var minimum: [Double] = []
    var natural: [Double] = []
    var titleWords: [Double] = []
    for (index, column) in table.columns.enumerated() {
      let longestWord =
        titleScale * (column.title.split(separator: " ").map(Self.characters).max() ?? 0)
      titleWords.append(longestWord + Self.padding)
      var longestCell = 0.0
      var longestCellWord = 0.0
      for row in table.rows where index < row.cells.count {
        let text = Self.text(row.cells[index], in: table)
        // A summary row is bold, its figures wider.
        longestCell = max(longestCell, Double(text.count) * (row.isSummary ? 1.15 : 1))
        longestCellWord = max(
          longestCellWord, Double(text.split(separator: " ").map(\.count).max() ?? 0))
      }
      if column.isNumeric {
        let width = max(longestWord, longestCell, 4) + Self.padding
        minimum.append(width)
        natural.append(width)
      } else {
        titleWords[titleWords.count - 1] =
          max(longestWord, min(longestCellWord * 1.15, 28)) + Self.padding
        minimum.append(
          max(longestWord, min(longestCellWord * 1.15, 28), min(longestCell, 12)) + Self.padding)
        natural.append(
          max(
            minimum[minimum.count - 1] - Self.padding, min(longestCell, Self.widestText),
            Double(column.title.count)) + Self.padding)
      }
    }
    let needed = minimum.reduce(0, +)
    self.needed = needed
    orientation = needed <= portrait ? .portrait : .landscape
    let available = orientation == .portrait ? portrait : landscape
    let text = table.columns.indices.filter { !table.columns[$0].isNumeric }
    if natural.reduce(0, +) <= available {
      // The text columns share what is left, so the table fills the text block.
      widths = natural
      let spare = available - natural.reduce(0, +)
      let textTotal = text.reduce(0.0) { $0 + natural[$1] }
      for index in text where textTotal > 0 {
        widths[index] += spare * natural[index] / textTotal
      }
    } else if needed <= available {
      // Every column gets its minimum, the text columns share the rest by
      // how much more they would like.
      let wanted = zip(natural, minimum).map { $0 - $1 }
      let totalWanted = wanted.reduce(0, +)
      let spare = available - needed
      widths = minimum.indices.map { index in
        minimum[index] + (totalWanted > 0 ? spare * wanted[index] / totalWanted : 0)
      }
    } else {
      // Numbers cannot wrap and a title cannot wrap inside a word: those
      // floors stay, and the text columns share what is left in proportion
      // (narrowed below their floors in proportion only when even the
      // floors do not fit).
      let floors = table.columns.indices.map { index in
        table.columns[index].isNumeric ? minimum[index] : min(minimum[index], titleWords[index])
      }
      let floorTotal = floors.reduce(0, +)
      if floorTotal <= available {
        let slack = zip(minimum, floors).map { $0 - $1 }
        let totalSlack = slack.reduce(0, +)
        let spare = available - floorTotal
        widths = floors.indices.map { index in
          floors[index] + (totalSlack > 0 ? spare * slack[index] / totalSlack : 0)
        }
      } else {
        widths = floors.map { $0 * available / floorTotal }
      }
    }
  }

  /// A word's width in average characters: capitals are wider (`PABAK`
  /// needs about eight).
  static func characters(_ word: Substring) -> Double {
    word.reduce(0) { $0 + ($1.isUppercase ? 1.5 : 1) }
  }

  /// The text of `cell` as a paper format shows it (a code by its label).
  static func text(_ cell: Cell, in table: Table) -> String {
    if case .code(_, let label) = cell { return label }
    return cell.formatted(in: table.vocabulary)
  }
}
