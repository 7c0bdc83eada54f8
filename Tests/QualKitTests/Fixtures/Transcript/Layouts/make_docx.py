#!/usr/bin/env python3
"""Writes the Word fixtures of the transcript layouts (Otter and Teams
downloads, a transcription service's table, a document without labels).
Run from this folder; the outputs are committed, so the tests never need
Python. The texts are written for these tests (fictional people)."""
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run(text):
    parts = text.split("\n")
    runs = []
    for index, part in enumerate(parts):
        if index:
            runs.append("<w:r><w:br/></w:r>")
        if part:
            runs.append(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(runs)


def paragraph(text):
    return f"<w:p>{run(text)}</w:p>" if text else "<w:p/>"


def cell(text):
    return "<w:tc><w:tcPr/>" + "".join(paragraph(p) for p in text.split("\n\n")) + "</w:tc>"


def table(rows):
    return "<w:tbl><w:tblPr/>" + "".join(
        "<w:tr>" + "".join(cell(c) for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def write(name, body):
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": document,
    }
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(zipfile.ZipInfo(part, (1980, 1, 1, 0, 0, 0)), content.encode("utf-8"),
                             compress_type=zipfile.ZIP_DEFLATED)


# Otter's .docx export: the same layout as its .txt, one line a paragraph.
write("otter.docx", "".join(paragraph(p) for p in [
    "Samtale om jobfastholdelse",
    "SUMMARY KEYWORDS",
    "arbejdsplads, chef, deltid",
    "SPEAKERS",
    "Karen Madsen, Søren Bak",
    "",
    "Karen Madsen  00:02",
    "Hvordan gik mødet på arbejdspladsen?",
    "",
    "Søren Bak  00:09",
    "Min chef var med, og vi aftalte, at jeg starter på deltid.",
    "Det havde jeg ikke turdet foreslå selv.",
    "",
    "Karen Madsen  00:31",
    "Hvad betød det for dig?",
    "",
    "Søren Bak  00:35",
    "Ro. Jeg kunne koncentrere mig om genoptræningen.",
    "",
    "Transcribed by https://otter.ai",
]))

# The newer Teams download: title, date, duration, an event line, then
# `Name   0:03` headers; Teams sometimes puts header and text in one
# paragraph with a line break.
write("teams-new.docx", "".join(paragraph(p) for p in [
    "Opfølgning TKI2-20260315_101500-Meeting Transcript",
    "15. marts 2026, 10:15",
    "23m 8s",
    "Lars Kristensen started transcription",
    "Lars Kristensen   0:03",
    "Godmorgen. Skal vi tage din plan først?",
    "Jensen, Anne (Aarhus Kommune)   0:09\nJa, gerne. Jeg har fået det bedre med trapperne.",
    "Lars Kristensen   0:21",
    "Det er godt at høre.",
    "Jensen, Anne (Aarhus Kommune)   0:24",
    "Men jeg er stadig træt om eftermiddagen.",
    "Lars Kristensen stopped transcription",
]))

# A transcription service's table: a header row, then speaker and text
# cells; one row with a time cell; a continuation row with no speaker.
write("table.docx", paragraph("Interview P03, 4. april 2026") + table([
    ["Speaker", "Text"],
    ["Interviewer", "Hvordan samarbejder du med fysioterapeuterne?"],
    ["Mette Holm", "Vi mødes hver tirsdag.\n\nSå gennemgår vi borgerne sammen."],
    ["", "Det giver et fælles billede."],
    ["Interviewer", "Og når planen skal justeres?"],
    ["Mette Holm:", "Så ringer jeg bare."],
]) + table([
    ["00:12:04", "Interviewer", "Hvad har ledelsen betydet?"],
    ["00:12:09", "Mette Holm", "Alt. Uden den havde vi ikke fået tid."],
]))

# A document without labels: 30 paragraphs of one speaker (an oral history
# written out as prose), too long to cite as one line.
SENTENCES = [
    "Jeg voksede op på en gård uden for Viborg, og vi arbejdede alle sammen fra vi var små.",
    "Da jeg blev syg, var det første gang i mit liv, at jeg ikke kunne gå på arbejde.",
    "Det tog mig lang tid at sige det højt til nogen, også til min kone.",
]
write("unlabelled-long.docx", "".join(
    paragraph(f"{SENTENCES[i % 3]} ({i + 1})") for i in range(30)))

# The older Teams .docx download: a timing paragraph, a name, the text.
write("teams-old.docx", "".join(paragraph(p) for p in [
    "0:0:0.0 --> 0:0:3.880", "Kristensen, Lars", "Kan du høre mig nu?",
    "0:0:4.210 --> 0:0:6.020", "Bak, Søren", "Ja, nu er der lyd.",
    "0:0:6.500 --> 0:0:11.730", "Kristensen, Lars", "Godt. Fortæl om din første uge.",
]))

# A newer Teams download whose speakers are a name with a suffix after it
# (the organisation Teams shows) and a participant who dialled in, named
# by a masked phone number.
write("teams-dialin.docx", "".join(paragraph(p) for p in [
    "Planning call-20250611_140000-Meeting Transcript",
    "11 June 2025, 14:00",
    "12m 40s",
    "Kerry Jones on Country Lands   0:03",
    "Thanks for joining. Can everyone hear me?",
    "+12*******65   0:08",
    "Yes, I am on the phone from the site office.",
    "Kerry Jones on Country Lands   0:15",
    "Good. Let us start with the water survey.",
    "+12*******65   0:21\nThe survey is finished; the report comes next week.",
]))
