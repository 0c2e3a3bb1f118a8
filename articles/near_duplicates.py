"""Near-duplicate articles: the same wire story republished by another outlet with small edits.

"Near" means: published within NEAR_DAYS days of each other, and the first COMPARED_CHARS
characters of the two texts, lower-cased with punctuation and spacing collapsed, are at least
SIMILARITY percent alike by RapidFuzz's normalised Indel similarity (`fuzz.ratio`: one minus the
characters inserted or deleted to turn one into the other over their total length). A reworded
headline, a changed byline or a paragraph added at the end stays above the line; two reports of
the same event written separately fall well below it. RapidFuzz is already a dependency (the
geoparser's fuzzy matching); its C implementation compares 4,000-character texts in microseconds.
Exact copies are caught earlier by the content hash.
"""

from __future__ import annotations

import datetime as dt
import re

from django.db.models.functions import Length, Substr
from rapidfuzz import fuzz, process

from articles.models import Article

NEAR_DAYS = 3
COMPARED_CHARS = 4000
SIMILARITY = 90.0
MAX_COMPARED = 500  # the most recent articles in the window; bounds the work per item
_NOT_WORD = re.compile(r"[\W_]+")


def normalized(text: str) -> str:
    return _NOT_WORD.sub(" ", text[: COMPARED_CHARS * 2].lower()).strip()[:COMPARED_CHARS]


def near_duplicate_of(text: str, published: dt.datetime) -> Article | None:
    """An article already stored that this text nearly repeats (see the module docstring)."""
    wanted = normalized(text)
    if not wanted:
        return None
    window = dt.timedelta(days=NEAR_DAYS)
    length = len(text)
    rows = (
        Article.objects.filter(published_at__range=(published - window, published + window))
        .annotate(length=Length("text"))
        .filter(length__gte=length * 0.7, length__lte=length / 0.7)
        .annotate(head=Substr("text", 1, COMPARED_CHARS * 2))
        .order_by("-published_at")
        .values_list("pk", "head")[:MAX_COMPARED]
    )
    choices = {pk: normalized(head) for pk, head in rows}
    best = process.extractOne(wanted, choices, scorer=fuzz.ratio, score_cutoff=SIMILARITY)
    if best is None:
        return None
    return Article.objects.only("pk", "title", "url").get(pk=best[2])
