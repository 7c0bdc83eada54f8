/// Writes RFC 4180 CSV that spreadsheets open safely.
///
/// Fields with a comma, quote or line break are quoted, quotes doubled. A
/// text field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// gets a leading `'`, so that Excel and LibreOffice do not run it as a
/// formula (CSV injection, OWASP); numbers are written as they are.
public enum CSVWriter {
  /// One CSV line (with CRLF, as RFC 4180 asks) from text fields.
  public static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field, neutralised and quoted as needed.
  public static func field(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
      Double(text) == nil
    {
      text = "'" + text
    }
    if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) {
      return "\"" + text.replacingAll("\"", "\"\"") + "\""
    }
    return text
  }
}
