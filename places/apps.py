from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = "Places and gazetteer"

    def ready(self) -> None:
        # Bump the gazetteer revision on every Place/PlaceName change (cached geoparsers rebuild).
        from places import signals  # noqa: F401
