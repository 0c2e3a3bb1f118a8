"""/api/feed.json: the event feed's items, order, keyset paging, filters and errors."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.gis.geos import Point

from articles.models import Actor, Event, Statement
from tests.api.control_fixture import build_war
from tests.map.factory import make_article, make_campaign, make_mention, make_place, make_statement

pytestmark = pytest.mark.django_db


def feed(client, query: str = "") -> dict:
    response = client.get(f"/api/feed.json?{query}")
    assert response.status_code == 200, response.content
    return response.json()


def ids(client, query: str = "") -> list[str]:
    return [item["id"] for item in feed(client, query)["items"]]


def all_pages(client, query: str, limit: int) -> list[str]:
    seen, cursor = [], None
    while True:
        page = feed(client, f"{query}&limit={limit}" + (f"&cursor={cursor}" if cursor else ""))
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            return seen


def test_it_lists_the_seed_statements_campaigns_and_mentions_newest_first(client, seeded):
    items = feed(client)["items"]
    kinds = [item["kind"] for item in items]
    assert kinds.count("statement") == Statement.objects.count() == 4
    assert {"campaign_start", "mentions"} <= set(kinds)
    dates = [item["date"] for item in items]
    assert dates == sorted(dates, reverse=True)
    mosul = next(i for i in items if i["title"] == "Mosul offensive began")
    assert mosul["date"] == "2016-10-17" and mosul is items[-1]
    statement = next(i for i in items if "Brett McGurk" in i["title"])
    assert statement["outlet"] == "Al Jazeera English"
    assert statement["snippet"].startswith('"When it comes to Raqqa')
    assert len(statement["snippet"]) <= 160
    assert statement["url"].endswith("#source") and statement["feature"].startswith("statement-")
    grouped = next(i for i in items if i["kind"] == "mentions")
    assert grouped["title"].startswith("Raqqa") and "mentions" in grouped["title"]
    assert grouped["feature"] == f"place-{seeded.mentions.filter(text='Raqqa')[0].place_id}"


def test_keyset_pages_cover_every_item_once_in_order(client, seeded):
    whole = ids(client, "limit=200")
    assert all_pages(client, "", limit=2) == whole
    assert all_pages(client, "", limit=1) == whole


def test_paging_is_stable_when_newer_items_arrive(client, seeded):
    first = feed(client, "limit=3")
    article = make_article(
        "Shelling hit Newtown today.", published_at=dt.datetime(2017, 1, 1, tzinfo=dt.UTC)
    )
    make_mention(article, make_place("Newtown", 39.1, 36.0))
    rest = all_pages(client, f"cursor={first['next_cursor']}", limit=3)
    assert not set(rest) & {i["id"] for i in first["items"]}
    assert ids(client, "limit=1") == [f"mentions-{article.pk}"]


def test_it_follows_the_window_bbox_and_actor(client, seeded):
    late = make_article(
        'Officials said: "Talks resume in Geneva." Newtown was calm.',
        published_at=dt.datetime(2016, 11, 20, 9, tzinfo=dt.UTC),
    )
    newtown = make_place("Newtown", 39.1, 36.0)
    make_statement(late, "Talks resume in Geneva.", places=[newtown])
    assert ids(client)[0].startswith("statement-")
    before = ids(client, "end=2016-11-19")
    assert all(not i.startswith(f"mentions-{late.pk}") for i in before)
    assert len([i for i in before if i.startswith("statement-")]) == 4
    # Mosul (43.1° E) is outside a box around Raqqa.
    boxed = feed(client, "bbox=38,35,40,37")["items"]
    assert "Mosul offensive began" not in [i["title"] for i in boxed]
    assert all(38 <= i["point"][0] <= 40 for i in boxed)
    sdf = Actor.objects.get(name="Syrian Democratic Forces")
    by_sdf = feed(client, f"actor={sdf.pk}")["items"]
    assert "Euphrates Anger began" in [i["title"] for i in by_sdf]
    assert "Mosul offensive began" not in [i["title"] for i in by_sdf]


def test_a_place_chosen_in_search_keeps_what_relates_to_it(client, seeded):
    late = make_article(
        'Officials said: "Talks resume in Geneva." Newtown was calm.',
        published_at=dt.datetime(2016, 11, 20, 9, tzinfo=dt.UTC),
    )
    newtown = make_place("Newtown", 39.1, 36.0)
    make_mention(late, newtown, "Newtown", start=late.text.index("Newtown"))
    make_statement(late, "Talks resume in Geneva.", places=[newtown])
    titles = [i["title"] for i in feed(client, f"about={newtown.pk}")["items"]]
    assert len(titles) == 2 and titles[1].startswith("Newtown")  # its statement, its mention
    raqqa = seeded.mentions.filter(text="Raqqa")[0].place_id
    about_raqqa = [i["title"] for i in feed(client, f"about={raqqa}")["items"]]
    assert "Euphrates Anger began" in about_raqqa and "Mosul offensive began" not in about_raqqa
    places = client.get(f"/api/places.geojson?about={newtown.pk}").json()["features"]
    assert [f["properties"]["name"] for f in places] == ["Newtown"]
    assert client.get("/api/places.geojson?about=x").status_code == 400


def test_it_counts_corroborating_articles_and_shows_events(client, seeded):
    raqqa = seeded.mentions.filter(text="Raqqa")[0].place
    for n, day in enumerate((5, 7, 20)):
        other = make_article(
            f"Raqqa was shelled ({n}).",
            title=f"Other {n}",
            published_at=dt.datetime(2016, 11, day, 8, tzinfo=dt.UTC),
        )
        make_mention(other, raqqa, "Raqqa")
    Event.objects.create(
        source="acled", source_event_id="SYR9", started_on=dt.date(2016, 11, 6),
        ended_on=dt.date(2016, 11, 6), event_type="Battles", location="Raqqa",
        point=Point(39.0, 35.95, srid=4326), place=raqqa, geo_precision=1, uncertainty_m=2000,
        notes="Clashes <b>north</b> of the city.",
    )  # fmt: skip
    items = feed(client, "start=2016-11-01&end=2016-11-10")["items"]
    mcgurk = next(i for i in items if "Brett McGurk" in i["title"])
    assert mcgurk["corroborating"] == 2  # the articles of the 5th and the 7th, not the 20th
    event = next(i for i in items if i["kind"] == "event")
    assert event["title"] == "Battles at Raqqa" and event["outlet"] == "ACLED"
    assert event["snippet"] == "Clashes <b>north</b> of the city." and event["corroborating"] == 3


@pytest.mark.parametrize(
    "query",
    [
        "cursor=nonsense",
        "cursor=2016-02-30~1~5",
        "cursor=2016-01-01~1~0",
        "cursor=2016-01-01~1~99999999999999999999",
        "limit=201",
        "bbox=40,35,38,36",
        "start=2016-12-01&end=2016-11-01",
        "actor=Nobody",
    ],
)
def test_bad_parameters_are_a_json_400(client, seeded, query):
    response = client.get(f"/api/feed.json?{query}")
    assert response.status_code == 400
    assert response.json()["error"]


def test_the_feed_query_count_does_not_grow_with_the_page(
    client, seeded, django_assert_max_num_queries
):
    raqqa = seeded.mentions.filter(text="Raqqa")[0].place
    for n in range(30):
        article = make_article(f"Raqqa again ({n}).", title=f"A{n}")
        make_mention(article, raqqa, "Raqqa")
        make_campaign(f"Push {n}", targets=[raqqa])
    with django_assert_max_num_queries(16):
        assert len(feed(client, "limit=60")["items"]) == 60


def test_towns_changing_hands_are_listed_with_how_sure_and_their_sentence(client, db):
    war = build_war()
    items = feed(client, "start=2024-05-01&end=2024-05-20")["items"]
    changes = [(i["date"], i["title"]) for i in items if i["kind"] == "control"]
    # Beta's claim for A on 2 May repeats who held it: not a change. First reports are not either.
    assert changes == [
        ("2024-05-14", "Alpha: from Side A to Side B, reported"),
        ("2024-05-12", "Gamma: from Side A to Side B, claimed by a party"),
        ("2024-05-10", "Beta: from Side A to Side B"),
    ]
    alpha = next(i for i in items if i["title"].startswith("Alpha"))
    assert alpha["snippet"] == "Residents said Alpha fell to B on Tuesday."
    assert alpha["url"].startswith(f"/articles/{war['article'].pk}/?start=")
    assert alpha["feature"] == f"control-place-{war['alpha'].pk}" and alpha["layer"] == "control"
    boxed = feed(client, "start=2024-05-01&end=2024-05-20&bbox=39,37,40,38")["items"]
    assert [i["title"] for i in boxed if i["kind"] == "control"] == [
        "Gamma: from Side A to Side B, claimed by a party"
    ]
    only_a = feed(client, f"start=2024-05-01&end=2024-05-20&actor={war['a'].pk}")["items"]
    assert not [i for i in only_a if i["kind"] == "control"]  # A gained nothing
