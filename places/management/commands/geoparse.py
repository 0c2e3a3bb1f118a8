"""Geoparse text from a file or stdin and print the toponyms; stores nothing."""

from __future__ import annotations

import json
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from conflictmap.textfiles import NOT_UTF8_HINT
from places import nlp
from places.geoparser import Toponym, get_geoparser
from places.geoparser.cache import rare_collections
from places.nlp_batch import batched

OUTPUT_FIELDS = (
    "start",
    "end",
    "text",
    "name",
    "lat",
    "lon",
    "geonameid",
    "feature_code",
    "country",
    "confidence",
)
# One encoder for every line (json.dumps with options builds a new one per call); same output.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def toponym_json(t: Toponym) -> dict:
    out = {f: getattr(t, f) for f in OUTPUT_FIELDS}
    out.update(kind=t.kind, precision=t.precision, qualifier=t.qualifier, is_demonym=t.is_demonym)
    return out


class Command(BaseCommand):
    help = (
        'Find and resolve place names. With --jsonl, reads JSON Lines {"id", "text"} and writes '
        '{"id", "toponyms": [...]} per line (offsets into the input text); otherwise reads the '
        "whole input as one plain-text document. Stores nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "file", nargs="?", default="-", help="Input file, or - for stdin (default)."
        )
        parser.add_argument("--jsonl", action="store_true", help="Input and output are JSON Lines.")
        parser.add_argument(
            "--min-confidence",
            type=float,
            default=0.0,
            help="Leave out toponyms below this confidence (default 0).",
        )
        parser.add_argument(
            "--demonyms",
            action="store_true",
            help='Also list demonyms and adjectives ("Syrian", linked to Syria); '
            "left out by default because they name people, not places.",
        )
        parser.add_argument(
            "--no-parse",
            action="store_true",
            help="Skip the statistical parse (entity types as evidence): the rules "
            "alone, several times faster on bulk text.",
        )

    def handle(self, *args, **options) -> None:
        path = options["file"]
        try:
            stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115 (with below)
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc}") from exc
        started = time.monotonic()
        parser = get_geoparser(progress=self.stderr.write)
        if not parser.index.places:
            self.stderr.write(
                self.style.WARNING(
                    "the gazetteer is empty: run `manage.py load_gazetteer` first; "
                    "no toponyms will be found"
                )
            )
        ready = time.monotonic()
        cpu_ready = time.process_time()
        model_before = nlp.load_cpu_seconds
        min_conf = options["min_confidence"]
        keep_demonyms = options["demonyms"]
        use_parse = not options["no_parse"]

        def parse(text: str) -> list[dict]:
            # The top readings are not printed: skip building them.
            return [
                toponym_json(t)
                for t in parser.parse(text, candidates=False, use_parse=use_parse)
                if t.confidence >= min_conf and (keep_demonyms or not t.is_demonym)
            ]

        try:
            docs, chars = self._write_toponyms(stream, parse, options["jsonl"], use_parse)
        except UnicodeDecodeError as exc:
            raise CommandError(
                f"cannot read {path}: not UTF-8 text ({exc.reason}){NOT_UTF8_HINT}"
            ) from exc
        elapsed = time.monotonic() - ready
        cpu = time.process_time() - cpu_ready
        model = nlp.load_cpu_seconds - model_before  # spaCy loaded during this run, if it was
        # CPU time gives the per-core rate even when other processes share the machine.
        self.stderr.write(
            f"{docs} documents, {chars:,} characters; gazetteer loaded in {ready - started:.1f} s, "
            f"parsed in {elapsed:.2f} s wall ({chars / max(elapsed, 1e-9) / 1e6:.2f} M chars/s), "
            f"{cpu:.2f} s CPU ({chars / max(cpu, 1e-9) / 1e6:.2f} M chars/s per core)"
            + (
                f", of which {model:.2f} s loading the parse model "
                f"({chars / max(cpu - model, 1e-9) / 1e6:.2f} M chars/s per core without it)"
                if model
                else ""
            )
        )

    def _write_toponyms(self, stream, parse, jsonl: bool, use_parse: bool) -> tuple[int, int]:
        """Write the toponyms of every document in `stream`; (documents, characters) read."""
        out = self.stdout
        docs = chars = 0
        with stream, rare_collections():
            if jsonl:

                def documents():
                    for lineno, line in enumerate(stream, 1):
                        if not line.strip():
                            continue
                        try:
                            doc = json.loads(line)
                            text = doc["text"]
                            if not isinstance(text, str):
                                raise TypeError("text is not a string")
                        except (ValueError, KeyError, TypeError) as exc:
                            self.stderr.write(f"line {lineno}: skipped ({exc})")
                            continue
                        yield doc.get("id"), text

                def parse_doc(doc: tuple) -> tuple:
                    return doc[0], doc[1], parse(doc[1])

                # With the parse, the entity recogniser runs once per chunk of documents.
                parsed = (
                    batched(parse_doc, documents()) if use_parse else map(parse_doc, documents())
                )
                for doc_id, text, toponyms in parsed:
                    out.write(_ENCODE({"id": doc_id, "toponyms": toponyms}))
                    docs += 1
                    chars += len(text)
            else:
                text = stream.read()
                for t in parse(text):
                    out.write(_ENCODE(t))
                docs, chars = 1, len(text)
        return docs, chars
