"""Users per role and small factories for the curation tests."""

from __future__ import annotations

import datetime as dt
from importlib import import_module
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.db import connection

from articles.models import Article, Mention
from places.models import Place


def role(name: str) -> Group:
    """A role group from the roles migration. Transactional tests flush the tables between
    tests, so the migration's function is re-run when the group is missing."""
    if not Group.objects.filter(name=name).exists():
        roles = import_module("conflictmap.migrations.0001_roles")
        roles.create_roles(apps, SimpleNamespace(connection=connection))
    return Group.objects.get(name=name)


@pytest.fixture
def curator(django_user_model):
    user = django_user_model.objects.create_user(
        "dora", "dora@example.org", "dora-password-1", is_staff=True
    )
    user.groups.add(role("curator"))
    return user


@pytest.fixture
def viewer(django_user_model):
    user = django_user_model.objects.create_user(
        "vic", "vic@example.org", "vic-password-1", is_staff=True
    )
    user.groups.add(role("viewer"))
    return user


class Factory:
    @staticmethod
    def place(name: str, lon: float, lat: float, **kwargs) -> Place:
        kwargs.setdefault("kind", Place.Kind.SETTLEMENT)
        kwargs.setdefault("source", Place.Source.CURATOR)
        place = Place.objects.create(name=name, point=Place.make_point(lon, lat), **kwargs)
        place.add_name(name, preferred=True)
        return place

    @staticmethod
    def article(text: str, title: str = "Test article", **kwargs) -> Article:
        kwargs.setdefault("published_at", dt.datetime(2016, 11, 6, 12, tzinfo=dt.UTC))
        kwargs.setdefault("outlet", "Test Wire")
        return Article.objects.create(title=title, text=text, **kwargs)

    @staticmethod
    def mention(article: Article, surface: str, *, occurrence: int = 0, **kwargs) -> Mention:
        start = -1
        for _ in range(occurrence + 1):
            start = article.text.index(surface, start + 1)
        kwargs.setdefault("status", Mention.Status.AMBIGUOUS)
        kwargs.setdefault("confidence", 0.4)
        # The sentence: from the previous full stop to the next one.
        sentence_start = article.text.rfind(". ", 0, start)
        sentence_start = 0 if sentence_start == -1 else sentence_start + 2
        sentence_end = article.text.find(".", start)
        sentence_end = len(article.text) if sentence_end == -1 else sentence_end + 1
        return Mention.objects.create(
            article=article,
            start=start,
            end=start + len(surface),
            text=surface,
            sentence_start=sentence_start,
            sentence_end=sentence_end,
            **kwargs,
        )


@pytest.fixture
def make():
    return Factory


MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


@pytest.fixture
def login(client):
    """Log a user in through ModelBackend (the first configured backend only throttles logins)."""

    def _login(user):
        client.force_login(user, backend=MODEL_BACKEND)
        return client

    return _login
