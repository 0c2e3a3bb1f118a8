"""Keep every process's cached geoparser in step with the gazetteer.

Saving or deleting a Place or PlaceName bumps `GazetteerState.revision` (one UPDATE) and drops
this process's cache; other processes notice the new revision within a couple of seconds.
Bulk loaders bypass signals and bump the revision themselves.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from places.models import GazetteerState, Place, PlaceName


@receiver(post_save, sender=Place)
@receiver(post_delete, sender=Place)
@receiver(post_save, sender=PlaceName)
@receiver(post_delete, sender=PlaceName)
def gazetteer_changed(sender, **kwargs) -> None:
    from places.geoparser import invalidate

    GazetteerState.bump()
    invalidate()
