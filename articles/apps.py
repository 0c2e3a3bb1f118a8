from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles and extraction"

    def ready(self) -> None:
        # The geoparser (places, which imports nothing from this app) skips actor and campaign
        # names.
        from articles.geocoding import knowledge_base_stop_phrases
        from places.geoparser import register_stop_phrases

        register_stop_phrases(knowledge_base_stop_phrases)
