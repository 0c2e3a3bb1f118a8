from django.apps import AppConfig


class ConflictMapConfig(AppConfig):
    name = "conflictmap"
    verbose_name = "Conflict Map site"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from articles.models import Article, Mention
        from conflictmap.api import forget_last_modified
        from places.models import Place

        # Saves in this process show on the map at once; other workers see them within
        # api.LAST_MODIFIED_TTL (and the ETag, computed from the body, is never stale).
        for model in (Place, Mention, Article):
            post_save.connect(
                forget_last_modified,
                sender=model,
                dispatch_uid=f"map-lastmod-save-{model.__name__}",
            )
            post_delete.connect(
                forget_last_modified, sender=model, dispatch_uid=f"map-lastmod-del-{model.__name__}"
            )
