/// Writes a ``Report`` as LaTeX: a main file, `report.tex`, and a fragment
/// per table (booktabs rules) and chart that it `\input`s, so that a paper
/// can take the fragments alone.
///
/// The main file compiles with pdflatex (T1 fonts, UTF-8 input, so Danish
/// letters are typeset as themselves) and with xelatex or lualatex
/// (fontspec). pdflatex cannot typeset characters beyond Latin (emoji,
/// Hebrew, Arabic, CJK): the main file declares each one the report uses,
/// so that pdflatex prints its code point (`[U+1F600]`) instead of stopping;
/// xelatex and lualatex print the character itself with a font that has it.
/// Text is escaped: `& % $ # _ { } ~ ^ \` and `[ ]`.
public enum LaTeXReportWriter {
  /// The files: `report.tex` first, then one fragment per table and chart,
  /// in report order.
  public static func render(_ report: Report) -> [(name: String, text: String)] {
    let words = report.vocabulary
    var fragments: [(name: String, text: String)] = []
    var ids: [String] = []
    for block in report.blocks {
      switch block {
      case .table(let table): ids.append(table.id)
      case .chart(let chart): ids.append(chart.id)
      default: break
      }
    }
    var names = Report.fileNames(for: ids, reserved: ["report"]).makeIterator()
    var body = "\\maketitle\n"
    for block in report.blocks {
      switch block {
      case .heading(let text, let level):
        let command = ["section", "subsection", "subsubsection", "paragraph"][
          max(0, min(3, level - 1))]
        body += "\n\\\(command){\(escape(text))}\n"
      case .paragraph(let text):
        body += "\n\(escape(text))\n"
      case .table(let table):
        let name = names.next() ?? table.id
        fragments.append((name + ".tex", render(table, label: name)))
        body += "\n\\input{\(name).tex}\n"
      case .chart(let chart):
        let name = names.next() ?? chart.id
        fragments.append((name + ".tex", render(chart, label: name)))
        body += "\n\\input{\(name).tex}\n"
      case .quote(let quote):
        body +=
          "\n\\begin{quote}\n\\textit{“\(escape(quote.text))”}\\par\n"
          + "\\hfill--- \(escape(quote.source(in: words)))\n\\end{quote}\n"
      }
    }
    let everything = ([body, report.title] + report.subtitle + fragments.map(\.text)).joined()
    var main = """
      % \(words[.latexComment])
      % \(words[.latexCommentContinued])
      \\documentclass[11pt,a4paper]{article}
      \\ifdefined\\Umathchar
        \\usepackage{fontspec}
      \\else
        \\usepackage[T1]{fontenc}
        \\usepackage[utf8]{inputenc}
        \\IfFileExists{lmodern.sty}{\\usepackage{lmodern}}{}
        \\newcommand*{\\qkchar}[1]{{\\normalfont\\ttfamily\\footnotesize[U+#1]}\\allowbreak}

      """
    for scalar in unsupportedScalars(in: everything) {
      let hex = String(scalar.value, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      main += "  \\DeclareUnicodeCharacter{\(padded)}{\\qkchar{\(padded)}}\n"
    }
    main += """
      \\fi
      \\usepackage[margin=2.5cm]{geometry}
      \\usepackage{booktabs}
      \\usepackage{array}
      \\usepackage{longtable}
      \\usepackage{pdflscape}
      \\usepackage{graphicx}
      \\usepackage{xcolor}
      \\usepackage{float}
      \\floatplacement{table}{H}
      \\floatplacement{figure}{H}
      \\setlength{\\parskip}{0.5\\baselineskip}
      \\setlength{\\parindent}{0pt}
      \\setlength{\\emergencystretch}{3em}
      \\setlength{\\LTcapwidth}{\\linewidth}
      \\makeatletter
      \\def\\LT@makecaption#1#2#3{\\LT@mcol\\LT@cols c{\\hbox to\\z@{\\hss\\parbox[t]\\LTcapwidth{%
        \\raggedright#1{\\textbf{#2}}\\par#1{\\textit{#3}}\\par\\vskip0.4\\baselineskip}\\hss}}}
      \\makeatother

      """
    if report.language != .english {
      // The captions' own words, without babel (not every TeX installation has every language).
      main +=
        "\\renewcommand{\\tablename}{\(escape(words[.table]))}\n"
        + "\\renewcommand{\\figurename}{\(escape(words[.figure]))}\n"
    }
    main += """
      \\title{\(escape(report.title))}
      \\author{}
      \\date{\(report.subtitle.map(escape).joined(separator: "\\\\"))}
      \\begin{document}

      """
    main += body + "\n\\end{document}\n"
    return [("report.tex", main)] + fragments
  }

  // MARK: - Tables

  /// A table fragment: a `longtable` (it may break across pages, its
  /// header repeated) with the caption and label above, booktabs rules
  /// only, the notes below; text columns wrap at widths that fit the text
  /// block (``ReportTableLayout``), and a table too wide for a portrait
  /// page stands on a landscape one (`pdflscape`).
  static func render(_ table: Table, label: String) -> String {
    if ReportRecordLayout.hasLongText(table) { return records(table, label: label) }
    var layout = ReportTableLayout(
      table, portrait: ReportTableLayout.latexPortraitCharacters,
      landscape: ReportTableLayout.latexLandscapeCharacters, titleScale: 1)
    let isLandscape = layout.orientation == .landscape
    var size = isLandscape ? "footnotesize" : "small"
    if !layout.fits {
      // Too wide for a landscape page in `\footnotesize`: a size smaller,
      // a fifth more characters to the line.
      layout = ReportTableLayout(
        table, portrait: ReportTableLayout.latexPortraitCharacters,
        landscape: ReportTableLayout.latexLandscapeCharacters * 1.1, titleScale: 1)
      size = "scriptsize"
    }
    let available = layout.available
    // Every column is a paragraph column of its share of the line, so the
    // table is never wider than the text block; a word too long for its
    // column shows as an overfull box.
    let alignment = zip(table.columns, layout.widths).map { column, width -> String in
      let fraction = NumberFormat.fixed(width / available, decimals: 3)
      let side = column.isNumeric ? "raggedleft" : "raggedright"
      return ">{\\\(side)\\arraybackslash}p{\\dimexpr\(fraction)\\linewidth-2\\tabcolsep\\relax}"
    }.joined()
    var output = "% \(oneLine(table.caption))\n"
    if isLandscape { output += "\\begin{landscape}\n" }
    output += "\\begingroup\\\(size)\n"
    output += "\\begin{longtable}{@{}\(alignment)@{}}\n"
    output += "\\caption{\(escape(table.caption))}\\label{tab:\(label)}\\\\\n"
    let width = table.columns.count
    for line in table.preamble {
      output +=
        "\\multicolumn{\(width)}{@{}p{\\linewidth}@{}}{\\footnotesize \(escape(line))}\\\\\n"
    }
    let header = table.columns.map { escape($0.title) }.joined(separator: " & ") + " \\\\\n"
    output += "\\toprule\n" + header + "\\midrule\n\\endfirsthead\n"
    output += "\\toprule\n" + header + "\\midrule\n\\endhead\n"
    for (index, row) in table.rows.enumerated() {
      if row.isSummary && index == table.rows.count - 1 && index > 0 { output += "\\midrule\n" }
      let cells = row.cells.map { cell -> String in
        let text = indented(ReportTableLayout.text(cell, in: table))
        return row.isSummary ? "\\textbf{\(text)}" : text
      }
      output += cells.joined(separator: " & ") + " \\\\\n"
      if row.isSummary && index == 0 && table.rows.count > 1 { output += "\\midrule\n" }
    }
    output += "\\bottomrule\n\\end{longtable}\n"
    output += notes(table)
    output += "\\endgroup\n"
    if isLandscape { output += "\\end{landscape}\n" }
    return output
  }

  /// The notes under a table, APA style: `Note.` in italics, then each
  /// note, numbered when there are several.
  static func notes(_ table: Table) -> String {
    guard !table.notes.isEmpty else { return "" }
    var text = "\\textit{\(escape(table.vocabulary[.note]))}"
    for (index, note) in table.notes.enumerated() {
      let mark = table.notes.count == 1 ? "" : "[\(index + 1)] "
      text += " " + escape(mark + note)
    }
    return "\\vspace{-0.5\\baselineskip}\\par\\noindent{\\footnotesize \(text)}\\par\n"
  }

  /// A cell's text escaped, its leading spaces (a code's depth) as an indent.
  private static func indented(_ text: String) -> String {
    let spaces = text.prefix(while: { $0 == " " }).count
    guard spaces > 0 else { return escape(text) }
    return "\\hspace*{\(NumberFormat.fixed(Double(spaces) / 2, decimals: 1))em}"
      + escape(String(text.dropFirst(spaces)))
  }

  /// A wide table as records: a caption, then each row as a list of its
  /// columns' titles and values between rules (it may break across pages).
  static func records(_ table: Table, label: String) -> String {
    var output = "% \(oneLine(table.caption))\n\\begingroup\\small\n"
    output +=
      "\\par\\medskip\\noindent\\textbf{\(escape(table.caption))}\\label{tab:\(label)}\\par\n"
    for line in table.preamble { output += "\\noindent{\\footnotesize \(escape(line))}\\par\n" }
    for record in ReportRecordLayout.records(table) {
      output +=
        "\\noindent\\rule{\\linewidth}{0.4pt}\n\\begin{description}\\setlength{\\itemsep}{0pt}\n"
      for field in record { output += "\\item[\(escape(field.title))] \(escape(field.text))\n" }
      output += "\\end{description}\n"
    }
    output += "\\noindent\\rule{\\linewidth}{0.8pt}\\par\n"
    output += notes(table)
    return output + "\\endgroup\n"
  }

  // MARK: - Charts

  /// A chart fragment: grouped bars drawn with rules, diverging bars as
  /// their table of shares.
  static func render(_ chart: Chart, label: String) -> String {
    guard case .groupedBars(let bars) = chart else {
      return render(chart.table, label: label)
    }
    let fullLength = 6.0  // centimetres for 100 %
    var output = "% \(oneLine(bars.title))\n\\begin{figure}\n\\centering\n\\small\n"
    output += "\\begin{tabular}{@{}l@{\\quad}l@{}}\n"
    for (category, name) in bars.categories.enumerated() {
      for group in bars.groups.indices {
        let colour = ChartPalette.category(group).dropFirst()
        let length = NumberFormat.fixed(
          bars.share(category: category, group: group) * fullLength, decimals: 2)
        output +=
          (group == 0 ? escape(name) : "")
          + " & \\textcolor[HTML]{\(colour)}{\\rule{\(length)cm}{1.4ex}}"
          + " \\footnotesize \(escape(bars.label(category: category, group: group))) \\\\\n"
      }
      output += "\\addlinespace\n"
    }
    output += "\\end{tabular}\n\\par\\smallskip\n"
    output +=
      bars.groups.enumerated().map { index, group in
        "\\textcolor[HTML]{\(ChartPalette.category(index).dropFirst())}{\\rule{1.4ex}{1.4ex}}~\(escape(group))"
      }.joined(separator: "\\quad ") + "\n"
    output += "\\caption{\(escape(bars.title))}\n\\label{fig:\(label)}\n\\end{figure}\n"
    return output
  }

  // MARK: - Text

  /// `text` for LaTeX: special characters escaped, line breaks as spaces,
  /// control characters made visible.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in TerminalText.visible(text).unicodeScalars {
      switch scalar {
      case "\\": result += "\\textbackslash{}"
      case "{": result += "\\{"
      case "}": result += "\\}"
      case "&", "%", "$", "#", "_": result += "\\" + String(scalar)
      case "~": result += "\\textasciitilde{}"
      case "^": result += "\\textasciicircum{}"
      case "[": result += "{[}"
      case "]": result += "{]}"
      case "\n", "\r", "\t": result += " "
      default:
        if let name = greekLetters[scalar.value] {
          result += "\\ensuremath{\\\(name)}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// Greek letters statistics writes (`uα`, `κ`, `χ²`), typeset in math mode,
  /// since pdflatex's T1 text fonts have none.
  static let greekLetters: [UInt32: String] = [
    0x3B1: "alpha", 0x3B2: "beta", 0x3B3: "gamma", 0x3B4: "delta", 0x3B5: "epsilon",
    0x3B7: "eta", 0x3B8: "theta", 0x3BA: "kappa", 0x3BB: "lambda", 0x3BC: "mu", 0x3BD: "nu",
    0x3C0: "pi", 0x3C1: "rho", 0x3C3: "sigma", 0x3C4: "tau", 0x3C6: "phi", 0x3C7: "chi",
    0x3C8: "psi", 0x3C9: "omega", 0x394: "Delta", 0x3A3: "Sigma", 0x3A9: "Omega",
  ]

  private static func oneLine(_ text: String) -> String {
    TerminalText.visible(text).split(whereSeparator: { $0.isNewline }).joined(separator: " ")
  }

  /// The scalars of `text` that pdflatex with T1 fonts and UTF-8 input
  /// cannot typeset, sorted: beyond Latin-1 and Latin Extended-A, but for
  /// the dashes, quotation marks and ellipsis it knows.
  static func unsupportedScalars(in text: String) -> [Unicode.Scalar] {
    let known: Set<UInt32> = [
      0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2026,
    ]
    var found = Set<UInt32>()
    for scalar in text.unicodeScalars where scalar.value > 0x7E {
      let value = scalar.value
      let isLatin = (0xA0...0xFF).contains(value) || (0x100...0x17F).contains(value)
      if (isLatin && value != 0x138 && value != 0x149 && value != 0x17F) || known.contains(value)
        || greekLetters[value] != nil
      {
        continue
      }
      found.insert(value)
    }
    return found.sorted().compactMap(Unicode.Scalar.init)
  }
}
