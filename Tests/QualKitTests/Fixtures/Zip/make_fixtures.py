#!/usr/bin/env python3
"""Generates the ZIP and DEFLATE fixtures for QualKit's Zip tests.

Run from any folder: python3 make_fixtures.py
Needs only the Python standard library (zlib, zipfile). Output is
deterministic for a given zlib version (written with zlib 1.2.13).

It also checks writer.zip, which the Swift test ZipWriterTests records with
RECORD_FIXTURES=1: Python's zipfile must open it, testzip() must pass (this
decompresses every deflated entry with zlib and checks its CRC-32) and the
contents must equal the fixture files they were made from.
"""
import io
import os
import random
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = (1980, 1, 1, 0, 0, 0)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def raw_deflate(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()


def check_raw(data, compressed):
    assert zlib.decompress(compressed, -15) == data


def danish_text(words, seed):
    rng = random.Random(seed)
    vocabulary = (
        "jeg du hun han vi de og at det er ikke på med for som til har men "
        "søster bror æbler øl både gå får være været kære også måske hvad "
        "hvordan interview forsker kode tema spørgsmål svar børn skole "
        "arbejde hverdag familie følelse oplevelse fortælle øjeblik blåbær "
        "rødgrød fløde smørrebrød Århus Ærø Øresund gården søen"
    ).split()
    lines, line = [], []
    for i in range(words):
        line.append(rng.choice(vocabulary))
        if len(line) >= rng.randint(6, 14):
            lines.append(" ".join(line).capitalize() + ".")
            line = []
    lines.append(" ".join(line) + ".")
    return ("\n".join(lines) + "\n").encode("utf-8")


def deflate_fixtures():
    # Empty input.
    write("empty.txt", b"")
    write("empty.deflate", raw_deflate(b""))
    check_raw(b"", raw_deflate(b""))

    # Stored blocks only (level 0).
    text = danish_text(300, 1)
    write("stored.txt", text)
    write("stored.deflate", raw_deflate(text, level=0))
    assert raw_deflate(text, level=0)[0] & 0b110 == 0  # first block is stored

    # One fixed-Huffman block.
    text = danish_text(400, 2)
    fixed = raw_deflate(text, level=6, strategy=zlib.Z_FIXED)
    assert fixed[0] & 0b110 == 0b010  # block type 01
    write("fixed.txt", text)
    write("fixed.deflate", fixed)

    # Dynamic-Huffman blocks (larger Danish text, level 9).
    text = danish_text(8000, 3)
    dynamic = raw_deflate(text, level=9)
    assert dynamic[0] & 0b110 == 0b100  # block type 10
    write("danish.txt", text)
    write("danish.deflate", dynamic)

    # More than 64 KiB of mixed data in several blocks, with back-references
    # across block boundaries (Z_SYNC_FLUSH ends a block but keeps the window).
    rng = random.Random(4)
    noise = bytes(rng.getrandbits(8) for _ in range(20000))
    part1 = danish_text(4000, 5) + noise[:10000]
    part2 = bytes(range(256)) * 40 + part1[:20000] + noise[10000:]
    part3 = b"\x00" * 5000 + part1[-8000:] + danish_text(2000, 6)
    mixed = part1 + part2 + part3
    assert len(mixed) > 65536
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    stream = c.compress(part1) + c.flush(zlib.Z_SYNC_FLUSH)
    stream += c.compress(part2) + c.flush(zlib.Z_SYNC_FLUSH)
    stream += c.compress(part3) + c.flush()
    check_raw(mixed, stream)
    write("mixed.bin", mixed)
    write("mixed.deflate", stream)

    # 10 MB of zeros, for the output limit.
    zeros = raw_deflate(b"\x00" * 10_000_000, level=9)
    assert len(zeros) < 20_000
    write("zeros.deflate", zeros)


class Unseekable(io.RawIOBase):
    """A write-only stream that cannot seek, so zipfile uses data descriptors."""

    def __init__(self):
        self.buffer = io.BytesIO()

    def writable(self):
        return True

    def seekable(self):
        return False

    def write(self, b):
        return self.buffer.write(b)


def info(name, method):
    i = zipfile.ZipInfo(name, DATE)
    i.compress_type = method
    i.external_attr = 0o644 << 16
    return i


def central_offsets(data):
    """Yields the offset of each central directory record."""
    end = data.rfind(b"PK\x05\x06")
    count, size, offset = struct.unpack("<HII", data[end + 10:end + 20])
    for _ in range(count):
        yield offset
        n, e, c = struct.unpack("<HHH", data[offset + 28:offset + 34])
        offset += 46 + n + e + c


def zip_fixtures():
    danish = open(os.path.join(HERE, "danish.txt"), "rb").read()

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(info("stored.txt", zipfile.ZIP_STORED), b"Hello, stored world!\n")
        z.writestr(info("deflated.txt", zipfile.ZIP_DEFLATED), danish)
        z.writestr(info("folder/", zipfile.ZIP_STORED), b"")
        z.writestr(info("folder/nested.xml", zipfile.ZIP_DEFLATED), b"<a><b/></a>\n" * 50)
    write("basic.zip", buf.getvalue())

    # Entries written to a stream that cannot seek get data descriptors:
    # flag bit 3 set and zero sizes and CRC in the local headers.
    stream = Unseekable()
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(info("word/document.xml", zipfile.ZIP_DEFLATED), danish)
        with z.open(info("notes.txt", zipfile.ZIP_DEFLATED), "w") as f:
            f.write(b"written through a stream\n" * 20)
    data = stream.buffer.getvalue()
    for offset in central_offsets(data):
        (flags,) = struct.unpack("<H", data[offset + 8:offset + 10])
        (local,) = struct.unpack("<I", data[offset + 42:offset + 46])
        local_flags, = struct.unpack("<H", data[local + 6:local + 8])
        local_crc, local_size = struct.unpack("<II", data[local + 14:local + 22])
        assert flags & 0x08 and local_flags & 0x08, "expected data descriptors"
        assert local_crc == 0 and local_size == 0, "expected zeros in the local header"
    write("descriptor.zip", data)

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.comment = b"QualKit test comment with PK\x05\x06 inside"
        z.writestr(info("a.txt", zipfile.ZIP_DEFLATED), b"comment test\n")
    write("comment.zip", buf.getvalue())

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(info("æbler/søster.txt", zipfile.ZIP_DEFLATED), "Blåbærgrød\n".encode())
        z.writestr(info("Smørrebrød.txt", zipfile.ZIP_STORED), "Øl og ål\n".encode())
    write("danish.zip", buf.getvalue())

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(info("packed.txt", zipfile.ZIP_BZIP2), b"bzip2 data\n" * 10)
    write("bzip2.zip", buf.getvalue())

    # A small bomb: 10 MB of zeros that declares 1000 bytes.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(info("bomb.bin", zipfile.ZIP_DEFLATED), b"\x00" * 10_000_000)
    data = bytearray(buf.getvalue())
    struct.pack_into("<I", data, 22, 1000)  # local header
    for offset in central_offsets(bytes(data)):
        struct.pack_into("<I", data, offset + 24, 1000)
    write("bomb.zip", bytes(data))

    # An entry that claims 3 GB but holds a few bytes.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(info("huge.bin", zipfile.ZIP_DEFLATED), b"tiny\n")
    data = bytearray(buf.getvalue())
    for offset in central_offsets(bytes(data)):
        struct.pack_into("<I", data, offset + 24, 3_000_000_000)
    write("huge.zip", bytes(data))

    # A wrong CRC-32 in the central directory.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(info("text.txt", zipfile.ZIP_DEFLATED), b"checksum me\n" * 10)
    data = bytearray(buf.getvalue())
    for offset in central_offsets(bytes(data)):
        (crc,) = struct.unpack_from("<I", data, offset + 16)
        struct.pack_into("<I", data, offset + 16, crc ^ 0xFFFFFFFF)
    write("badcrc.zip", bytes(data))


def check_writer_output():
    path = os.path.join(HERE, "writer.zip")
    if not os.path.exists(path):
        print("writer.zip missing: run the Swift tests with RECORD_FIXTURES=1 first")
        return
    expected = {
        "mimetype": b"application/x-qualkit-test",
        "tekst/æøå.txt": open(os.path.join(HERE, "danish.txt"), "rb").read(),
        "data/mixed.bin": open(os.path.join(HERE, "mixed.bin"), "rb").read(),
        "data/random.bin": None,
        "empty.txt": b"",
        "folder/": b"",
        "folder/repeat.xml": b"<w:p><w:r><w:t>abc</w:t></w:r></w:p>\n" * 2000,
    }
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None, "testzip failed"
        names = z.namelist()
        assert names == list(expected), names
        methods = {i.filename: i.compress_type for i in z.infolist()}
        assert methods["mimetype"] == zipfile.ZIP_STORED
        assert methods["tekst/æøå.txt"] == zipfile.ZIP_DEFLATED
        assert methods["data/mixed.bin"] == zipfile.ZIP_DEFLATED
        assert methods["folder/repeat.xml"] == zipfile.ZIP_DEFLATED
        assert methods["data/random.bin"] == zipfile.ZIP_STORED  # would not shrink
        for name, data in expected.items():
            if data is not None:
                assert z.read(name) == data, name
        # Decompress each deflated entry's raw stream with zlib directly too.
        raw = open(path, "rb").read()
        for i in z.infolist():
            if i.compress_type == zipfile.ZIP_DEFLATED:
                n, e = struct.unpack_from("<HH", raw, i.header_offset + 26)
                start = i.header_offset + 30 + n + e
                stream = raw[start:start + i.compress_size]
                assert zlib.decompress(stream, -15) == z.read(i.filename)
    print("writer.zip verified by zipfile.testzip() and zlib")


if __name__ == "__main__":
    deflate_fixtures()
    zip_fixtures()
    check_writer_output()
