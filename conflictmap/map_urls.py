from django.urls import path

from conflictmap import api, views

urlpatterns = [
    path("", views.map_page, name="map"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("articles/<int:pk>/", views.article_page, name="article"),
    path("api/places.geojson", api.places, name="api-places"),
    path("api/mentions.geojson", api.mentions, name="api-mentions"),
    path("api/campaigns.geojson", api.campaigns, name="api-campaigns"),
    path("api/frontlines.geojson", api.frontlines, name="api-frontlines"),
    path("api/statements.geojson", api.statements, name="api-statements"),
    path("api/events.geojson", api.events, name="api-events"),
    path("api/actors.json", api.actors, name="api-actors"),
    path("api/articles.json", api.articles, name="api-articles"),
    path("api/search.json", api.search, name="api-search"),
    path("api/feed.json", api.feed_items, name="api-feed"),
]
