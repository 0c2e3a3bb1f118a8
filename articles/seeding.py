"""New rows of the seed actor table for a database that loaded an older one.

`bootstrap_data` loads the seed fixtures once: loading them again would undo curators' edits to
seeded rows. The actor table grows between releases, though, so an existing install adds the
actors and aliases it lacks, by natural key, and leaves every row it has as it is.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core import serializers
from django.db import transaction

from .models import Actor, ActorAlias


def add_missing_actors(fixture: Path) -> tuple[int, int]:
    """Add the fixture's actors the database lacks, with their aliases; (actors, aliases) added.
    Aliases of actors the database already has are left alone: a curator may have removed one."""
    text = fixture.read_text(encoding="utf-8")
    known_actors = set(Actor.objects.values_list("name", flat=True))
    rows = json.loads(text)
    if all(r["fields"]["name"] in known_actors for r in rows if r["model"] == "articles.actor"):
        # The usual case on every `make run`: nothing to add, so no deserialising (a natural-key
        # lookup per row, some 3,500 queries).
        return 0, 0
    known_aliases = set(ActorAlias.objects.values_list("alias", flat=True))
    added_actors: list = []
    new_ids: set[int] = set()
    added_aliases = 0
    with transaction.atomic():
        for item in serializers.deserialize("json", text, handle_forward_references=True):
            row = item.object
            if isinstance(row, Actor) and row.name not in known_actors:
                row.pk = None
                item.save()
                added_actors.append(item)
                known_actors.add(row.name)
                new_ids.add(row.pk)
            elif (
                isinstance(row, ActorAlias)
                and row.alias not in known_aliases
                and row.actor_id in new_ids
            ):
                row.pk = None
                item.save()
                known_aliases.add(row.alias)
                added_aliases += 1
        for item in added_actors:
            if item.deferred_fields:  # a parent listed after its member
                item.save_deferred_fields()
    return len(added_actors), added_aliases
