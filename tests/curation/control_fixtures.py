"""Control observations and the curator's permissions on them, for the review tests."""

from __future__ import annotations

import datetime as dt
from importlib import import_module
from types import SimpleNamespace

from django.apps import apps
from django.db import connection

from articles.models import ControlObservation
from tests.curation.conftest import role


def grant_control_roles() -> None:
    """Transactional tests flush the groups' permissions: re-run the migration that grants them."""
    role("curator")
    migration = import_module("conflictmap.migrations.0004_control_roles")
    migration.grant(apps, SimpleNamespace(connection=connection))


def observation(article, place, side, sentence: str, **kwargs) -> ControlObservation:
    """A pending extracted observation citing the sentence of `article` that contains `sentence`."""
    start = article.text.index(sentence)
    start = article.text.rfind(". ", 0, start)
    start = 0 if start == -1 else start + 2
    end = article.text.find(".", article.text.index(sentence) + len(sentence))
    kwargs.setdefault("kind", "reported")
    kwargs.setdefault("event", "capture")
    return ControlObservation.objects.create(
        article=article,
        place=place,
        side=side,
        observed_on=dt.date(2016, 11, 6),
        sentence_start=start,
        sentence_end=len(article.text) if end == -1 else end + 1,
        **kwargs,
    )
