from django.urls import path

from conflictmap import api, views

urlpatterns = [
    path("", views.map_page, name="map"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("articles/<int:pk>/", views.article_page, name="article"),
    path("changes/", views.changes_page, name="changes"),
    path("api/places.geojson", api.places, name="api-places"),
    path("api/mentions.geojson", api.mentions, name="api-mentions"),
    path("api/campaigns.geojson", api.campaigns, name="api-campaigns"),
    path("api/frontlines.geojson", api.frontlines, name="api-frontlines"),
    path("api/statements.geojson", api.statements, name="api-statements"),
    path("api/events.geojson", api.events, name="api-events"),
    path("api/control.geojson", api.control, name="api-control"),
    path("api/changes.geojson", api.changes, name="api-changes"),
    path("api/timeline.json", api.timeline, name="api-timeline"),
    path("api/actors.json", api.actors, name="api-actors"),
    path("api/articles.json", api.articles, name="api-articles"),
    path("api/search.json", api.search, name="api-search"),
    path("api/labels.json", api.labels, name="api-labels"),
    path("api/place_sources.json", api.place_sources_view, name="api-place_sources"),
    path("api/feed.json", api.feed_items, name="api-feed"),
    path("api/countries.json", api.countries, name="api-countries"),
]
