"""What is attacked and where the attack came from, read from the parse: "from X" is the origin (the
arrow's tail), kept apart from the target, unless X is the side the place is taken from."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract

MONDAY = dt.date(2015, 3, 23)


def _campaigns(text: str, dictionary) -> list[tuple[str, list[str], str | None]]:
    result = extract(text, published=MONDAY, dictionary=dictionary)
    return [(c.name, c.targets, c.origin) for c in result.campaigns]


@pytest.mark.parametrize(("text", "expected"), [
    ("The assault on Gwoza began on Monday, when troops pushed south from Bama, military sources said.",
     ("Gwoza offensive", ["Gwoza"], "Bama")),
    ("M23 rebels launched an assault on Kanyabayonga after they pushed north from Kibirizi, residents said.",
     ("Kanyabayonga offensive", ["Kanyabayonga"], "Kibirizi")),
])
def test_the_place_an_attack_comes_from_is_its_origin_not_its_target(dictionary, text, expected):
    assert _campaigns(text, dictionary) == [expected]


@pytest.mark.parametrize("text", [
    "Afghan troops launched an offensive to retake Kunduz from the Taliban on Monday, officials said.",
    "Government forces began a push to recapture Fallujah from Islamic State fighters, the army said.",
])
def test_the_side_a_place_is_taken_from_is_no_origin(dictionary, text):
    campaigns = _campaigns(text, dictionary)
    assert campaigns and all(origin is None for _, _, origin in campaigns)
