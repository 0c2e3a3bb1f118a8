"""Reading a GeoJSON file one feature at a time, so a whole-gazetteer export fits in memory.

A full export (270,000 places) is ~80 MB of GeoJSON; `json.loads` of it held the text and every
decoded feature at once (2.2 GB peak). Here the bytes are read in chunks and decoded
incrementally, and each value is decoded on its own by the standard library's JSON decoder
(`raw_decode`, the C scanner); only the top-level object's framing (`{`, keys, `:`, `,`, the
`[` … `]` of "features") is walked here. Errors are therefore exactly json's: a huge integer is
read (and the row reported), deep nesting is a RecursionError, reported as "nested too deeply".

Why not ijson: measured with ijson 3.6 (yajl2_c backend), a 20 kB file of 10,000 nested brackets
took 250 MB and one of 100,000 was killed for memory (it keeps a prefix string per level), and an
integer beyond 64 bits stops the whole file ("integer overflow") where json reads it.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from conflictmap.textfiles import NOT_UTF8_HINT, bom_encoding, looks_binary
from places.readers import ImportFileError, ImportReport, PlaceRecord, check_crs, geojson_record

CHUNK_BYTES = 1 << 20
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# A decode error this close to the end of the text read so far may only mean the value goes on in
# the next chunk (a cut `true`, number or `\uXXXX` escape).
_NEAR_END = 8


class _JsonStream:
    """Characters of a byte stream, read on demand; `value()` decodes the next JSON value."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        head = stream.read(CHUNK_BYTES)
        if looks_binary(head):
            raise ImportFileError("not a text file (NUL bytes): save it as UTF-8 text")
        codec, skip = bom_encoding(head) or ("utf-8", 0)
        self.codec = codec
        self.decoder = codecs.getincrementaldecoder(codec)()
        self.bytes_read = 0
        self.buf = ""
        self.pos = 0
        self.line = 1  # line number of buf[0]
        self.eof = False
        self._append(head[skip:], final=not head)

    def _append(self, data: bytes, *, final: bool) -> None:
        try:
            text = self.decoder.decode(data, final=final)
        except UnicodeDecodeError as exc:
            name = self.codec.upper().replace("-LE", "").replace("-BE", "")
            hint = NOT_UTF8_HINT if self.codec == "utf-8" else ""
            raise ImportFileError(
                f"not {name} text ({exc.reason} at byte {self.bytes_read + exc.start}){hint}"
            ) from None
        self.bytes_read += len(data)
        self.line += self.buf.count("\n", 0, self.pos)
        self.buf = self.buf[self.pos :] + text
        self.pos = 0
        self.eof = final

    def more(self, at_least: int = CHUNK_BYTES) -> bool:
        """Read at least `at_least` more bytes; False at the end of the file."""
        if self.eof:
            return False
        data = self.stream.read(max(at_least, CHUNK_BYTES))
        self._append(data, final=not data)
        return True

    def peek(self) -> str:
        """The next non-blank character ('' at the end of the file), without taking it."""
        while True:
            self.pos = _WHITESPACE.match(self.buf, self.pos).end()
            if self.pos < len(self.buf) or not self.more():
                return self.buf[self.pos : self.pos + 1]

    def take(self, expected: str, what: str) -> str:
        char = self.peek()
        if not char or char not in expected:
            found = f"found {char!r}" if char else "the file ends here (is it cut short?)"
            raise self.error(f"expected {what}, {found}")
        self.pos += 1
        return char

    def value(self, what: str) -> Any:
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(self.buf) - _NEAR_END or exc.msg.startswith("Unterminated")
                # Grow geometrically, so one huge feature costs linear time.
                if cut and self.more(len(self.buf) - self.pos):
                    continue
                if cut:
                    raise self.error(f"the file ends inside {what} (is it cut short?)") from None
                raise self.error(f"{exc.msg} in {what}", exc.pos) from None
            except RecursionError:  # json's decoder recurses once per level of [ or {
                raise ImportFileError(
                    f"JSON nested too deeply in {what} (GeoJSON needs fewer than ten levels)"
                ) from None
            if end == len(self.buf) and self.more():  # a number may go on in the next chunk
                continue
            self.pos = end
            return value

    def error(self, message: str, pos: int | None = None) -> ImportFileError:
        pos = self.pos if pos is None else pos
        line = self.line + self.buf.count("\n", 0, pos)
        column = pos - self.buf.rfind("\n", 0, pos)
        return ImportFileError(f"not valid JSON: {message} (line {line}, column {column})")


def geojson_features(stream: BinaryIO) -> Iterator[tuple[int, Any]]:
    """(number, feature) for each feature of a FeatureCollection, or (1, the object) for a lone
    Feature. File-level problems raise ImportFileError, possibly after features were yielded
    (a `crs` after the features): callers write inside a transaction that it undoes."""
    reader = _JsonStream(stream)
    if reader.peek() != "{":
        raise ImportFileError(
            "not a GeoJSON object" if reader.peek() else "empty file: expected a GeoJSON object"
        )
    reader.take("{", "'{'")
    lone: dict[str, Any] = {}
    count = None  # the number of features once a "features" list was read
    while reader.peek() != "}":
        if lone or count is not None:
            reader.take(",", "',' or '}' after a member of the top-level object")
        key = reader.value("a property name")
        if not isinstance(key, str):
            raise reader.error("expected a property name in double quotes")
        reader.take(":", "':'")
        if key == "features" and reader.peek() == "[":
            count = 0
            for count, feature in enumerate(_array_items(reader), start=1):
                yield count, feature
            continue
        lone[key] = reader.value(f"the top-level {key!r}")
        if key == "crs":
            check_crs(lone[key])
    reader.take("}", "'}'")
    if reader.peek():
        raise reader.error("more data after the GeoJSON object")
    kind = lone.get("type")
    if kind == "FeatureCollection":
        if count is None:
            raise ImportFileError("a FeatureCollection needs a features list")
    elif count is not None:
        raise ImportFileError(
            f"a features list in an object of type {kind!r}, not a FeatureCollection"
        )
    else:
        yield 1, lone


def _array_items(reader: _JsonStream) -> Iterator[Any]:
    reader.take("[", "'['")
    number = 0
    while reader.peek() != "]":
        if number:
            reader.take(",", f"',' or ']' after feature {number}")
        number += 1
        yield reader.value(f"feature {number}")
    reader.take("]", "']'")


def read_geojson_stream(stream: BinaryIO, report: ImportReport) -> Iterator[PlaceRecord]:
    """PlaceRecords of a GeoJSON byte stream; a bad feature is reported and skipped."""
    for number, feature in geojson_features(stream):
        try:
            yield geojson_record(number, feature)
        except (ValueError, TypeError, KeyError, OverflowError) as exc:
            report.error(number, str(exc) or type(exc).__name__)
