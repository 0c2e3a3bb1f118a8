"""Merging duplicate places moves everything to the survivor and is logged."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from articles.models import Actor, Campaign, Mention, Statement
from places.curation import merge_places
from places.models import Place

pytestmark = pytest.mark.django_db


@pytest.fixture
def duplicates(make):
    survivor = make.place("Raqqa", 39.008, 35.953, country_code="SY", curated=True)
    survivor.add_name("Ar-Raqqah")
    duplicate = make.place(
        "Ar Raqqah",
        39.01,
        35.95,
        country_code="SY",
        geonameid=172955,
        population=531952,
        source="geonames",
        source_id="172955",
    )
    duplicate.add_name("Rakka")
    duplicate.add_name("Ar-Raqqah")  # also on the survivor: must not be duplicated
    article = make.article("Fighting near Raqqa. Civilians fled Ar Raqqah on Monday.")
    mention = make.mention(
        article, "Ar Raqqah", status=Mention.Status.RESOLVED, place=duplicate, confidence=0.9
    )
    statement = Statement.objects.create(article=article, quote="Civilians fled", start=20, end=34)
    statement.places.add(duplicate)
    campaign = Campaign.objects.create(name="Euphrates Anger")
    campaign.targets.add(duplicate)
    return survivor, duplicate, mention, statement, campaign


def test_it_moves_aliases_mentions_statements_and_campaign_targets(duplicates, curator):
    survivor, duplicate, mention, statement, campaign = duplicates
    duplicate_pk = duplicate.pk
    result = merge_places(survivor, [duplicate], user=curator)
    assert not Place.objects.filter(pk=duplicate_pk).exists()
    names = sorted(survivor.names.values_list("name", flat=True))
    assert names == ["Ar Raqqah", "Ar-Raqqah", "Rakka", "Raqqa"]
    mention.refresh_from_db()
    assert mention.place == survivor and mention.status == Mention.Status.RESOLVED
    assert list(statement.places.all()) == [survivor]
    assert list(campaign.targets.all()) == [survivor]
    survivor.refresh_from_db()
    assert survivor.geonameid == 172955 and survivor.population == 531952
    # The survivor takes over the GeoNames identity, so a gazetteer reload updates it.
    assert (survivor.source, survivor.source_id) == ("geonames", "172955")
    assert "Ar Raqqah" in result.summary()


def test_it_logs_the_merge_on_both_places(duplicates, curator):
    survivor, duplicate, *_ = duplicates
    duplicate_pk = duplicate.pk
    merge_places(survivor, [duplicate], user=curator)
    entries = LogEntry.objects.filter(user=curator)
    assert entries.get(object_id=str(survivor.pk)).change_message.startswith("Merged")
    assert "Merged into Raqqa" in entries.get(object_id=str(duplicate_pk)).change_message


def test_it_merges_from_the_admin_action_with_a_chosen_survivor(duplicates, curator, login, client):
    survivor, duplicate, _mention, *_ = duplicates
    login(curator)
    url = reverse("admin:places_place_changelist")
    ids = [str(survivor.pk), str(duplicate.pk)]
    page = client.post(url, {"action": "merge_places", "_selected_action": ids})
    assert page.status_code == 200 and b"Choose the place that survives" in page.content
    # Keep the GeoNames row this time.
    done = client.post(
        url,
        {
            "action": "merge_places",
            "_selected_action": ids,
            "survivor": duplicate.pk,
            "apply": "Merge",
        },
    )
    assert done.status_code == 302
    assert not Place.objects.filter(pk=survivor.pk).exists()
    assert set(duplicate.names.values_list("name", flat=True)) >= {"Raqqa", "Ar-Raqqah", "Rakka"}
    history = client.get(reverse("admin:places_place_history", args=[duplicate.pk]))
    assert b"Merged" in history.content


def test_it_refuses_the_merge_to_a_viewer(duplicates, viewer, login, client):
    survivor, duplicate, *_ = duplicates
    login(viewer)
    client.post(
        reverse("admin:places_place_changelist"),
        {
            "action": "merge_places",
            "_selected_action": [survivor.pk, duplicate.pk],
            "survivor": survivor.pk,
            "apply": "Merge",
        },
    )
    assert Place.objects.filter(pk=duplicate.pk).exists()


def test_it_finds_a_place_by_any_alias_in_the_admin_search(make, curator, login, client):
    raqqa = make.place("Raqqa", 39.008, 35.953, country_code="SY")
    make.place("Mosul", 43.12, 36.34, country_code="IQ")
    Actor.objects.create(name="Syrian Democratic Forces")
    login(curator)
    response = client.get(reverse("admin:places_place_changelist"), {"q": "Ar-Raqqah"})
    assert list(response.context["cl"].result_list) == [raqqa]
    assert b"Mosul" not in response.content.split(b'id="result_list"')[1]
    mentioned = client.get(reverse("admin:places_place_changelist"), {"has_mentions": "yes"})
    assert list(mentioned.context["cl"].result_list) == []
