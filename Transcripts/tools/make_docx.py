#!/usr/bin/env python3
"""Build ../B04.docx from B04.txt with the standard library only.

Fictional sample data. Each non-comment line of B04.txt becomes one Word paragraph
(one speaker turn). The speaker label ("I:", "B:") is a bold run; the rest of the
text is split into several runs so that readers must join runs: **bold** and
_italic_ become formatted runs, and "|" starts a new run with the same formatting
(as Word does after spell-checking or editing). Runs whose text has leading or
trailing spaces carry xml:space="preserve". The output is byte-for-byte
reproducible (fixed timestamps and file order in the ZIP).

Usage: python3 make_docx.py [source.txt] [output.docx]
"""
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>'
)

RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/>'
    '</Relationships>'
)


def run(text, bold=False, italic=False, rsid=None):
    """One w:r element; xml:space="preserve" when the text has edge spaces."""
    props = ""
    if bold or italic:
        props = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    attr = ' xml:space="preserve"' if text != text.strip() else ""
    rsid_attr = f' w:rsidR="{rsid}"' if rsid else ""
    return f"<w:r{rsid_attr}>{props}<w:t{attr}>{escape(text)}</w:t></w:r>"


def paragraph(line, index):
    """One w:p for a line "LABEL: text" with inline markup."""
    label, _, text = line.partition(":")
    runs = [run(label + ":", bold=True)]
    # Tokens: **bold**, _italic_, | (plain run break), plain text.
    parts = re.split(r"(\*\*.+?\*\*|_.+?_|\|)", text)
    rsids = ["00A1B2C3", "00D4E5F6", "0017A9C2"]
    seg = 0
    for part in parts:
        if not part or part == "|":
            continue
        if part.startswith("**"):
            runs.append(run(part[2:-2], bold=True))
        elif part.startswith("_") and part.endswith("_") and len(part) > 1:
            runs.append(run(part[1:-1], italic=True))
        else:
            runs.append(run(part, rsid=rsids[seg % len(rsids)] if "|" in text else None))
            seg += 1
    return f'<w:p w:rsidR="00{index:06X}">' + "".join(runs) + "</w:p>"


def document(lines):
    body = "".join(paragraph(line, i + 1) for i, line in enumerate(lines))
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1701" w:right="1134" w:bottom="1701" w:left="1134" '
        'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}{sect}</w:body></w:document>'
    )


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "B04.txt")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "B04.docx")
    with open(src, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    for line in lines:
        if not re.match(r"^[A-Z]+: ", line):
            sys.exit(f"not a speaker turn: {line[:40]!r}")
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", document(lines)),
    ]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 19, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    print(f"wrote {out} ({len(lines)} paragraphs)")


if __name__ == "__main__":
    main()
