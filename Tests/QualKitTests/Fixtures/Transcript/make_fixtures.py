#!/usr/bin/env python3
"""Writes the transcript fixtures whose exact bytes matter (encodings, line
endings, ZIP layouts). Run from this folder; the outputs are committed, so the
tests never need Python."""
import io
import zipfile
import zlib

TEXT = """---
id: T01
role: citizen
group: TKI2
age: 54
speakers: I=interviewer, B=citizen
---
I: Hvordan oplevede du trepartssamtalen?
B: Det var første gang, jeg følte mig hørt.

Jobkonsulenten sad lige ved siden af.
I: Og planen?
B: Øh, den hang sammen med mit liv.
"""

with open("crlf-bom.txt", "wb") as f:
    f.write(b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8"))

with open("windows1252.txt", "wb") as f:
    f.write(TEXT.encode("cp1252"))

# NFD input: 'ø' as o + combining stroke is not decomposable, so use 'å' = a + ring.
with open("nfd.txt", "wb") as f:
    f.write("B: Det gik p\u0061\u030a arbejde.\n".encode("utf-8"))


def document_xml(paragraphs):
    body = "".join(paragraphs)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )


def run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


PARAGRAPHS = [
    "<w:p>" + run("I: Hvordan var mødet med jobkonsulenten?") + "</w:p>",
    "<w:p>" + run("B: Det var ") + run("rigtig", bold=True) + run(" godt, øh, trygt.") + "</w:p>",
    "<w:p>" + run("Vi lavede en plan") + "<w:r><w:tab/></w:r>" + run("sammen.") + "</w:p>",
    "<w:p/>",
    "<w:p>" + run("I: Og arbejds") + run("pladsen?") + "</w:p>",
    "<w:p>" + run("B: Min chef kom til et møde.") + '<w:r><w:delText>slettet</w:delText></w:r>' + "</w:p>",
]

PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": document_xml(PARAGRAPHS),
}


def write_docx(stream):
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in PARTS.items():
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), content.encode("utf-8"),
                             compress_type=zipfile.ZIP_DEFLATED)


with open("runs.docx", "wb") as f:
    write_docx(f)


class Unseekable(io.RawIOBase):
    """A stream zipfile cannot seek in, so it writes data descriptors."""

    def __init__(self):
        self.buffer = bytearray()

    def writable(self):
        return True

    def seekable(self):
        return False

    def write(self, data):
        self.buffer += data
        return len(data)


stream = Unseekable()
with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
    for name, content in PARTS.items():
        with archive.open(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), "w") as entry:
            entry.write(content.encode("utf-8"))
data = bytes(stream.buffer)
assert data[6] & 0x08, "the first local header should have the data-descriptor flag"
with open("descriptors.docx", "wb") as f:
    f.write(data)

with open("runs.docx", "rb") as f:
    whole = f.read()
with open("truncated.docx", "wb") as f:
    f.write(whole[: len(whole) // 2])

with open("not-a-zip.docx", "wb") as f:
    f.write(b"This is a plain text file renamed to .docx\n")

# A document.xml that inflates to 80 MB of spaces but declares 200 bytes.
bomb_xml = b" " * (80 * 1024 * 1024)
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    archive.writestr("word/document.xml", bomb_xml)
bomb = bytearray(buffer.getvalue())
size = len(bomb_xml).to_bytes(4, "little")
small = (200).to_bytes(4, "little")
# Patch the declared uncompressed size in the local and central headers.
index = 0
while True:
    index = bomb.find(size, index)
    if index < 0:
        break
    bomb[index:index + 4] = small
    index += 4
with open("bomb.docx", "wb") as f:
    f.write(bytes(bomb))
print("ok")
