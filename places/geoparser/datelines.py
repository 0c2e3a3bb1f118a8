"""Datelines in capitals: "CHARLESTON, W.Va. --", "DEIR AL-BALAH, Gaza Strip", "November 4,
2011 (KHARTOUM) –", "BAKU/YEREVAN, Oct 26 (Reuters) -". The gazetteer's case-sensitive automaton
misses names in capitals; a dateline says they are places (the parser's `_datelines`).
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    # "BAKU/YEREVAN, Oct 26 (Reuters)": a joint dateline names both cities
    r"([A-Z](?:(?<=^[A-Z])|(?<=[.!?\n]\s[A-Z])|(?<=\n[A-Z])|(?<=[12]\d\d\d\s[A-Z])"
    r"|(?<=[A-Z]{3}/[A-Z]))"
    r"[A-ZÀ-ÖØ-Þ'’\-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+){0,2})"
    r"(?=,\s|/[A-Z]{3}|\s--|\s?[—–]|\s-\s|:\s"
    r"|\s\([A-Z][\w .]{0,24}\)(?:\s*(?:-|--|—|–)\s|,\s|\s\())"
    # "November 4, 2011 (KHARTOUM) –": the place in brackets after the date
    r"|(?<=[12]\d\d\d \()([A-Z][A-ZÀ-ÖØ-Þ'’\-]+(?: [A-Z][A-ZÀ-ÖØ-Þ'’\-]+){0,2})"
    r"(?=\)\s*(?:-|--|—|–)\s)"
)
