"""An install that loaded an older seed actor table gains the new actors on the next
`bootstrap_data`, and keeps what its curators changed."""

from __future__ import annotations

import json

import pytest

from articles.models import Actor, ActorAlias
from articles.seeding import add_missing_actors


def _fixture(tmp_path, rows):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def _actor(name, parent=None, colour="#112233"):
    fields = {"name": name, "kind": "armed_group", "colour": colour, "description": ""}
    fields["parent"] = [parent] if parent else None
    return {"model": "articles.actor", "fields": fields}


def _alias(actor, alias):
    return {
        "model": "articles.actoralias",
        "fields": {"actor": [actor], "alias": alias, "case_sensitive": True},
    }


@pytest.mark.django_db
def test_new_actors_and_their_aliases_are_added_and_curated_rows_kept(tmp_path):
    curated = Actor.objects.create(name="Old Front", colour="#abcdef")  # a curator's colour
    rows = [
        _actor("Old Front", colour="#000000"),
        _alias("Old Front", "OF-deleted-by-curator"),
        _actor("Member Brigade", parent="New Alliance"),  # parent listed after its member
        _actor("New Alliance"),
        _alias("New Alliance", "NA-X"),
    ]
    added = add_missing_actors(_fixture(tmp_path, rows))
    assert added == (2, 1)
    curated.refresh_from_db()
    assert curated.colour == "#abcdef"
    assert not ActorAlias.objects.filter(alias="OF-deleted-by-curator").exists()
    assert Actor.objects.get(name="Member Brigade").parent.name == "New Alliance"
    assert ActorAlias.objects.get(alias="NA-X").actor.name == "New Alliance"
    assert add_missing_actors(_fixture(tmp_path, rows)) == (0, 0)  # idempotent
