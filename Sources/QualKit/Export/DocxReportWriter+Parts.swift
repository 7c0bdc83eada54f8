extension DocxReportWriter {
  /// The main WordprocessingML namespace.
  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// The XML declaration every part starts with.
  static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  /// `[Content_Types].xml`: the type of every part, `chartCount` charts among them.
  static func contentTypes(chartCount: Int) -> String {
    var text =
      xmlDeclaration
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
      + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    for number in stride(from: 1, through: chartCount, by: 1) {
      text +=
        "<Override PartName=\"/word/charts/chart\(number).xml\" "
        + "ContentType=\"\(DocxChartWriter.contentType)\"/>"
    }
    return text + "</Types>"
  }

  /// `_rels/.rels`: the package's main document and properties.
  static let packageRelationships =
    xmlDeclaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
    + "</Relationships>"

  /// `word/_rels/document.xml.rels`: the document's styles, settings and
  /// `chartCount` chart parts.
  static func documentRelationships(chartCount: Int) -> String {
    var text =
      xmlDeclaration
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
    for number in stride(from: 1, through: chartCount, by: 1) {
      text +=
        "<Relationship Id=\"\(chartRelationship(number))\" "
        + "Type=\"\(DocxChartWriter.relationshipType)\" Target=\"charts/chart\(number).xml\"/>"
    }
    return text + "</Relationships>"
  }

  /// `docProps/core.xml`: the title and the creator, no dates.
  static func coreProperties(title: String) -> String {
    xmlDeclaration
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      + "<dc:title>\(XMLText.escaped(TerminalText.visible(title)))</dc:title><dc:creator>QualKit</dc:creator>"
      + "</cp:coreProperties>"
  }

  /// `docProps/app.xml`: the application's name.
  static let appProperties =
    xmlDeclaration
    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    + "<Application>QualKit</Application></Properties>"

  /// `word/settings.xml`: Word 2013+ mode, so Word opens it without a compatibility banner.
  static let settings =
    xmlDeclaration
    + "<w:settings xmlns:w=\"\(wordNamespace)\"><w:defaultTabStop w:val=\"709\"/>"
    + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    + "</w:settings>"

  /// `word/styles.xml`: the default font, the language Word checks the
  /// spelling in, and the styles the document uses.
  static func styles(language: ReportLanguage) -> String {
    func style(
      _ id: String, _ name: String, basedOn: String? = "Normal", next: String? = nil,
      outline: Int? = nil, paragraph: String = "", run: String = ""
    ) -> String {
      var text = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
      if let basedOn { text += "<w:basedOn w:val=\"\(basedOn)\"/>" }
      if let next { text += "<w:next w:val=\"\(next)\"/>" }
      text += "<w:qFormat/>"
      let outlineLevel = outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? ""
      text += "<w:pPr>\(paragraph)\(outlineLevel)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
      return text
    }
    let heading = { (level: Int, size: Int, before: Int) in
      style(
        "Heading\(level)", "heading \(level)", next: "Normal", outline: level - 1,
        paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"80\"/>",
        run:
          "<w:b/><w:bCs/><w:color w:val=\"1F3864\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
      )
    }
    return xmlDeclaration
      + "<w:styles xmlns:w=\"\(wordNamespace)\"><w:docDefaults><w:rPrDefault><w:rPr>"
      + "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>"
      + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"\(language.wordLanguageTag)\" "
      + "w:eastAsia=\"\(language.wordLanguageTag)\" w:bidi=\"ar-SA\"/>"
      + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>"
      + "</w:pPr></w:pPrDefault></w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
      + style(
        "Title", "Title", next: "Normal", paragraph: "<w:spacing w:after=\"240\"/>",
        run: "<w:b/><w:bCs/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>")
      + style("Subtitle", "Subtitle", next: "Normal", run: "<w:color w:val=\"555555\"/>")
      + heading(1, 32, 360) + heading(2, 28, 280) + heading(3, 24, 220) + heading(4, 22, 200)
      + style(
        "Caption", "caption", next: "Normal",
        paragraph: "<w:spacing w:before=\"200\" w:after=\"80\"/>",
        run: "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
      + style(
        "Figure", "Figure", next: "Normal",
        paragraph: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"80\"/><w:jc w:val=\"center\"/>"
      )
      + style(
        "TableText", "Table Text",
        paragraph: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
        run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
      + style(
        "TableNote", "Table Note", paragraph: "<w:spacing w:before=\"40\" w:after=\"120\"/>",
        run: "<w:color w:val=\"444444\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>")
      + style(
        "Quote", "Quote", next: "Normal",
        paragraph:
          "<w:spacing w:before=\"120\" w:after=\"40\"/><w:ind w:left=\"567\" w:right=\"567\"/>",
        run: "<w:color w:val=\"333333\"/>")
      + style(
        "QuoteSource", "Quote Source", next: "Normal",
        paragraph: "<w:spacing w:after=\"200\"/><w:ind w:left=\"567\" w:right=\"567\"/>",
        run: "<w:color w:val=\"555555\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
      + "</w:styles>"
  }
}
