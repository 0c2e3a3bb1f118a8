from django.urls import path

from conflictmap import views

urlpatterns = [
    path("", views.map_page, name="map"),
]
