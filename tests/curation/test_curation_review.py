"""The review queue: grouping, one-click decisions, bulk by surface form and country context."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from articles.models import Mention
from articles.review import REVIEW_THRESHOLD, decide, review_groups
from places.geoparser.confidence import load_reliability, review_threshold
from places.models import Place

pytestmark = pytest.mark.django_db

REVIEW = "admin:articles_mention_review"


@pytest.fixture
def queue(make):
    """Two Syrian articles that say "Raqqa" ambiguously, and one Iraqi-context article."""
    city = make.place("Raqqa", 39.008, 35.953, country_code="SY")
    governorate = make.place(
        "Raqqa Governorate", 38.9, 35.9, country_code="SY", kind=Place.Kind.ADMIN
    )
    syria = make.place("Syria", 38.0, 35.0, country_code="SY", kind=Place.Kind.COUNTRY)
    iraq = make.place("Iraq", 44.0, 33.0, country_code="IQ", kind=Place.Kind.COUNTRY)
    # The geoparser stores log-scores: 7.20 vs 7.12 is a near tie.
    candidates = [{"place_id": city.pk, "score": 7.20}, {"place_id": governorate.pk, "score": 7.12}]
    mentions = []
    for title in ("First", "Second"):
        article = make.article(
            f"Forces in Syria advanced. They reached Raqqa at dawn. {title} report.", title
        )
        make.mention(article, "Syria", status=Mention.Status.RESOLVED, place=syria, confidence=0.95)
        mentions.append(make.mention(article, "Raqqa", candidates=candidates))
    iraqi = make.article("Troops in Iraq said Raqqa was next.", "Iraqi")
    make.mention(iraqi, "Iraq", status=Mention.Status.RESOLVED, place=iraq, confidence=0.95)
    mentions.append(make.mention(iraqi, "Raqqa", candidates=candidates))
    low = make.article("Shelling hit Kobani overnight.", "Kobani")
    mentions.append(make.mention(low, "Kobani", status=Mention.Status.UNRESOLVED, confidence=0.0))
    return {"city": city, "governorate": governorate, "mentions": mentions}


def test_it_groups_doubtful_mentions_by_surface_form_and_country_most_frequent_first(queue):
    groups = review_groups()
    assert [(g.text, g.context, g.count) for g in groups] == [
        ("Raqqa", "SY", 2),
        ("Kobani", "", 1),
        ("Raqqa", "IQ", 1),
    ]
    assert [c.place for c in groups[0].candidates] == [queue["city"], queue["governorate"]]
    assert groups[0].candidates[0].score == pytest.approx(
        0.52, abs=0.005
    )  # its share of the probability
    assert groups[0].candidates[1].score == pytest.approx(0.48, abs=0.005)
    # Confident resolved mentions are not in the queue; low-confidence ones are.
    stricter = {(g.text, g.context): g.count for g in review_groups(threshold=0.99)}
    assert stricter[("Syria", "SY")] == 2  # resolved at 0.95: below a 0.99 threshold
    assert ("Syria", "SY") not in {(g.text, g.context) for g in groups}


def test_it_shows_the_queue_with_sentences_and_candidates(queue, curator, login, client):
    login(curator)
    page = client.get(reverse(REVIEW)).content.decode()
    assert "They reached <mark>Raqqa</mark> at dawn." in page
    assert page.index("“Raqqa”") < page.index("“Kobani”")
    assert "0.52" in page and "Raqqa Governorate" in page
    assert 'id="review-data"' in page


def test_it_escapes_surface_text_and_sentences(make, curator, login, client):
    article = make.article("He said <img src=x onerror=alert(1)> was taken.")
    make.mention(article, "<img src=x onerror=alert(1)>")
    login(curator)
    page = client.get(reverse(REVIEW)).content.decode()
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_it_accepts_a_candidate_for_the_whole_group_only(queue, curator, login, client):
    login(curator)
    group = review_groups()[0]
    response = client.post(
        reverse(REVIEW),
        {"group": group.ident, "scope": "group", "accept_place": queue["governorate"].pk},
    )
    assert response.status_code == 302
    first, second, iraqi, _kobani = (Mention.objects.get(pk=m.pk) for m in queue["mentions"])
    for mention in (first, second):
        assert mention.status == Mention.Status.CONFIRMED and mention.place == queue["governorate"]
        assert mention.decided_by == curator and mention.decided_at is not None
    # Same surface form, other country context: untouched.
    assert iraqi.status == Mention.Status.AMBIGUOUS and iraqi.place is None
    assert LogEntry.objects.filter(user=curator, object_id=str(first.pk)).exists()


def test_it_applies_a_decision_to_a_single_mention(queue, curator, login, client):
    login(curator)
    group = review_groups()[0]
    one = group.mentions[0]
    client.post(reverse(REVIEW), {"group": group.ident, "scope": str(one.pk), "action": "reject"})
    statuses = sorted(
        Mention.objects.filter(pk__in=[m.pk for m in group.mentions]).values_list(
            "status", flat=True
        )
    )
    assert statuses == [Mention.Status.AMBIGUOUS, Mention.Status.REJECTED]


def test_it_marks_not_a_place(queue, curator, login, client):
    login(curator)
    kobani = next(g for g in review_groups() if g.text == "Kobani")
    client.post(reverse(REVIEW), {"group": kobani.ident, "scope": "group", "action": "reject"})
    mention = Mention.objects.get(pk=queue["mentions"][3].pk)
    assert mention.status == Mention.Status.REJECTED and mention.place is None
    assert all(g.text != "Kobani" for g in review_groups())


def test_it_chooses_another_place_by_search(queue, make, curator, login, client):
    tabqa = make.place("Tabqa", 38.55, 35.84, country_code="SY")
    tabqa.add_name("Al-Thawrah")
    login(curator)
    found = client.get(reverse("admin:articles_mention_review_places"), {"q": "al thawrah"}).json()[
        "results"
    ]
    assert [r["id"] for r in found] == [tabqa.pk]
    group = review_groups()[0]
    client.post(
        reverse(REVIEW),
        {"group": group.ident, "scope": "group", "action": "choose", "query": found[0]["label"]},
    )
    assert set(Mention.objects.filter(place=tabqa).values_list("status", flat=True)) == {
        Mention.Status.CONFIRMED
    }
    assert Mention.objects.filter(place=tabqa).count() == 2


def test_it_creates_a_new_place_that_joins_the_gazetteer(queue, curator, login, client):
    login(curator)
    kobani = next(g for g in review_groups() if g.text == "Kobani")
    client.post(
        reverse(REVIEW),
        {
            "group": kobani.ident,
            "scope": "group",
            "action": "create",
            "name": "Kobani",
            "lat": "36.89",
            "lon": "38.35",
            "kind": "settlement",
            "country_code": "sy",
        },
    )
    place = Place.objects.get(name="Kobani")
    assert place.curated and place.country_code == "SY" and place.source == Place.Source.CURATOR
    assert place in Place.objects.matching("KOBANI")  # found by its normalised alias key
    mention = Mention.objects.get(pk=queue["mentions"][3].pk)
    assert mention.place == place and mention.status == Mention.Status.CONFIRMED


def test_it_refuses_a_new_place_with_bad_coordinates(queue, curator, login, client):
    login(curator)
    kobani = next(g for g in review_groups() if g.text == "Kobani")
    response = client.post(
        reverse(REVIEW),
        {
            "group": kobani.ident,
            "action": "create",
            "name": "Kobani",
            "lat": "136.89",
            "lon": "38.35",
        },
        follow=True,
    )
    assert not Place.objects.filter(name="Kobani").exists()
    assert "Nothing changed" in response.content.decode()


def test_it_keeps_staff_decisions_when_the_geocoder_runs_again(queue, curator):
    geocoding = pytest.importorskip("articles.geocoding")
    first, second, *_ = queue["mentions"]
    decide([first], place=queue["governorate"], user=curator)
    decide([second], place=None, user=curator)
    geocoding.geocode_articles(redo=True)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Mention.Status.CONFIRMED and first.place == queue["governorate"]
    assert second.status == Mention.Status.REJECTED and second.place is None


def test_it_makes_a_place_created_in_review_findable_by_the_geoparser(
    queue, curator, login, client
):
    from places.geoparser import get_geoparser

    login(curator)
    kobani = next(g for g in review_groups() if g.text == "Kobani")
    client.post(
        reverse(REVIEW),
        {
            "group": kobani.ident,
            "scope": "group",
            "action": "create",
            "name": "Kobani",
            "lat": "36.89",
            "lon": "38.35",
            "kind": "settlement",
            "country_code": "SY",
        },
    )
    place = Place.objects.get(name="Kobani")
    found = [
        t for t in get_geoparser().parse("Shelling hit Kobani overnight.") if t.text == "Kobani"
    ]
    assert found and found[0].place_id == place.pk


def test_it_teaches_later_mentions_with_a_confirmed_decision(queue, make, curator):
    geocoding = pytest.importorskip("articles.geocoding")
    first = queue["mentions"][0]
    queue["governorate"].add_name("Raqqa")  # both places are now candidates for "Raqqa"
    decide([first], place=queue["governorate"], user=curator)
    later = make.article("Air strikes hit Raqqa again on Tuesday.", "Later")
    geocoding.geocode_articles([later])
    mention = Mention.objects.get(article=later, text="Raqqa")
    assert mention.place == queue["governorate"]
    assert mention.status == Mention.Status.RESOLVED


def test_it_confirms_or_rejects_mentions_from_the_mention_list(queue, make, curator, login, client):
    article = make.article("Shelling hit Raqqa. Later, Raqqa was quiet.", "List")
    located = make.mention(
        article, "Raqqa", status=Mention.Status.RESOLVED, place=queue["city"], confidence=0.7
    )
    login(curator)
    url = reverse("admin:articles_mention_changelist")
    ids = [located.pk, queue["mentions"][3].pk]  # one with a place, one without
    client.post(url, {"action": "confirm_current_place", "_selected_action": ids})
    located.refresh_from_db()
    assert located.status == Mention.Status.CONFIRMED and located.place == queue["city"]
    assert Mention.objects.get(pk=ids[1]).status == Mention.Status.UNRESOLVED
    client.post(url, {"action": "mark_not_a_place", "_selected_action": [ids[1]]})
    assert Mention.objects.get(pk=ids[1]).status == Mention.Status.REJECTED


def test_a_place_far_from_its_articles_other_places_tops_the_queue(
    queue, make, curator, login, client
):
    """A Goma story's "Congo" put in the Republic of the Congo (1,500 km off, capped below the
    threshold) outranks the two near-tie "Raqqa" mentions that sit where their article is."""
    goma = make.place("Goma", 29.22, -1.68, country_code="CD")
    brazzaville = make.place("Congo", 15.28, -4.26, country_code="CG", kind=Place.Kind.COUNTRY)
    article = make.article("Rebels entered Goma on Monday. Congo's army fled the city.", "Goma")
    make.mention(article, "Goma", status=Mention.Status.RESOLVED, place=goma, confidence=0.95)
    make.mention(
        article, "Congo", status=Mention.Status.RESOLVED, place=brazzaville, confidence=0.7
    )
    groups = review_groups()
    assert [g.text for g in groups[:2]] == ["Congo", "Raqqa"]
    assert groups[0].risk > groups[1].risk > 0
    login(curator)
    page = client.get(reverse(REVIEW)).content.decode()
    assert page.index("“Congo”") < page.index("“Raqqa”") < page.index("“Kobani”")


def test_the_default_threshold_follows_the_reliability_table(make, curator, login, client):
    """The queue takes the bands right less than four times in five on some corpus."""
    table = [("a", 0.9, 1.0, 100, 97), ("a", 0.8, 0.9, 100, 83), ("b", 0.7, 0.8, 50, 38)]
    assert review_threshold(table) == 0.8
    assert review_threshold([*table, ("b", 0.8, 0.9, 5, 1)]) == 0.8  # too few readings to count
    assert review_threshold([*table, ("b", 0.8, 0.9, 50, 30)]) == 0.9
    assert review_threshold(load_reliability()) == REVIEW_THRESHOLD
    article = make.article("Shelling hit Kobani and Tal Abyad overnight.", "Kobani")
    for name, confidence in (("Kobani", REVIEW_THRESHOLD - 0.05), ("Tal Abyad", 0.9)):
        place = make.place(name, 38.4, 36.9, country_code="SY")
        make.mention(
            article, name, status=Mention.Status.RESOLVED, place=place, confidence=confidence
        )
    login(curator)
    page = client.get(reverse(REVIEW)).content.decode()
    assert "“Kobani”" in page and "“Tal Abyad”" not in page
