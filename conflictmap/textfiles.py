"""Decoding uploaded and ingested text files: UTF-8, or whatever a byte-order mark says.

Editors on Windows save "Unicode text" as UTF-16 with a BOM; its NUL bytes made such files look
binary. A BOM is a declaration, so it is followed; without one the text must be UTF-8 and is never
guessed (a wrong guess would store garbled names silently).
"""

from __future__ import annotations

import codecs

# Longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Bytes that are not UTF-8 are most often Latin-1 / Windows-1252 (a spreadsheet's "CSV" export);
# say so, but do not guess: Cyrillic or Greek code pages look just the same.
NOT_UTF8_HINT = "; it may be Latin-1 or Windows-1252: save the file as UTF-8"


class TextDecodeError(ValueError):
    """The bytes are not text in the encoding they declare (or UTF-8); the message says where."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when `data` starts with a byte-order mark."""
    for bom, codec, _ in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def decode_text(data: bytes) -> str:
    """The text of `data`: decoded as its BOM says, else as UTF-8; raises TextDecodeError."""
    found = bom_encoding(data)
    codec, skip = found if found else ("utf-8", 0)
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        line = data[skip : skip + exc.start].count(b"\n") + 1 if codec == "utf-8" else 0
        name = codec.upper().replace("-LE", "").replace("-BE", "")
        where = f", line {line}" if line else ""
        hint = NOT_UTF8_HINT if codec == "utf-8" else ""
        raise TextDecodeError(
            f"not {name} text ({exc.reason} at byte {skip + exc.start}{where}){hint}", line
        ) from None


def looks_binary(data: bytes) -> bool:
    """NUL bytes without a BOM: an image, archive or other non-text file."""
    return bom_encoding(data) is None and b"\x00" in data[:8192]
