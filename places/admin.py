"""Place admin: map widget for any geometry, aliases inline, alias search, merge, import/export."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import path, reverse
from leaflet.admin import LeafletGeoAdmin

from places import curation
from places.importexport import FORMATS, ImportFileError, export_places, import_places
from places.models import Place, PlaceName
from places.normalize import name_key

MAX_IMPORT_BYTES = 50 * 1024 * 1024
CONTENT_TYPES = {
    "geojson": "application/geo+json",
    "csv": "text/csv; charset=utf-8",
    "kml": "application/vnd.google-earth.kml+xml",
}


class AdminBasemapMixin:
    """Draw the offline country borders under every admin map (there are no tiles offline),
    open each map around its object, and place a point by clicking the map."""

    class Media:
        js = ("admin_extra/basemap.js", "admin_extra/place_map.js")


class PlaceNameInline(admin.TabularInline):
    model = PlaceName
    extra = 1
    fields = ("name", "key", "language", "preferred", "kind")
    readonly_fields = ("key",)


class HasMentionsFilter(admin.SimpleListFilter):
    title = "has mentions"
    parameter_name = "has_mentions"

    def lookups(self, request, model_admin):
        return (("yes", "Yes"), ("no", "No"))

    def queryset(self, request, queryset):
        # Mentions belong to the articles app; reach them through the reverse relation, so this
        # app imports nothing from it.
        mentions = queryset.model._meta.get_field("mentions").related_model
        mentioned = Exists(mentions.objects.filter(place=OuterRef("pk")))
        if self.value() == "yes":
            return queryset.filter(mentioned)
        if self.value() == "no":
            return queryset.exclude(mentioned)
        return queryset


class MergeForm(forms.Form):
    survivor = forms.ModelChoiceField(
        queryset=Place.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text="The place that keeps everything",
    )

    confirm_distance = forms.BooleanField(
        required=False, label="They are one place, however far apart their points are"
    )

    def __init__(self, *args, places=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = places
        self.spread = curation.farthest_pair(list(places))

    @property
    def too_far(self) -> bool:
        return bool(self.spread) and self.spread[0] > curation.MERGE_CONFIRM_KM

    def clean(self):
        data = super().clean()
        if self.too_far and not data.get("confirm_distance"):
            raise forms.ValidationError(
                f"These places are {self.spread[0]:.1f} km apart (more than "
                f"{curation.MERGE_CONFIRM_KM:.0f} km): tick the box to confirm they are one place."
            )
        return data


def merge_map_data(form: MergeForm, places) -> dict:
    """The places and their largest distance for admin_extra/merge_map.js (via json_script)."""
    spread = form.spread
    return {
        "basemap": static("basemap/countries.geojson"),
        "places": [{"id": p.pk, "name": str(p), "lat": p.lat, "lon": p.lon} for p in places],
        "farthest": [spread[1], spread[2]] if spread else None,
        "distance_label": f"{spread[0]:.1f} km" if spread else "",
    }


class LayerImportForm(forms.Form):
    file = forms.FileField(help_text="A GeoJSON FeatureCollection, WGS84 coordinates only")
    atomic = forms.BooleanField(required=False, help_text="Import nothing if any row is bad")


class ImportForm(LayerImportForm):
    file = forms.FileField(
        help_text="GeoJSON, CSV (wkt or lat/lon columns) or KML, WGS84 coordinates only"
    )
    format = forms.ChoiceField(
        choices=[("auto", "Detect")] + [(f, f.upper()) for f in FORMATS], initial="auto"
    )

    field_order = ("file", "format", "atomic")


class ImportViewMixin:
    """An "Import" page in a model's admin: upload, import, report bad rows, back to the list if all
    went in.

    Subclasses set `import_title` and implement `run_import(data, form, user)` returning an import
    report.
    """

    import_title = ""
    import_form_class = ImportForm
    geojson_only = False

    def get_urls(self):
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}_import"
        return [
            path("import/", self.admin_site.admin_view(self.import_view), name=name),
            *super().get_urls(),
        ]

    def run_import(self, data: bytes, form: forms.Form, user):
        raise NotImplementedError

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        report = None
        form = self.import_form_class(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_IMPORT_BYTES:
                form.add_error(
                    "file", f"Files over {MAX_IMPORT_BYTES // 1024 // 1024} MB are refused"
                )
            else:
                try:
                    report = self.run_import(upload.read(), form, request.user)
                except ImportFileError as exc:
                    form.add_error("file", str(exc))
                else:
                    level = messages.SUCCESS if report.ok else messages.WARNING
                    self.message_user(request, f"{upload.name}: {report.summary()}", level)
                    if report.ok:
                        opts = self.model._meta
                        return HttpResponseRedirect(
                            reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
                        )
        context = {
            **self.admin_site.each_context(request),
            "title": self.import_title,
            "form": form,
            "report": report,
            "opts": self.model._meta,
            "geojson_only": self.geojson_only,
        }
        return TemplateResponse(request, "admin/import_form.html", context)


def export_response(text: str, fmt: str, stem: str) -> HttpResponse:
    ext = "geojson" if fmt == "geojson" else fmt
    response = HttpResponse(text, content_type=CONTENT_TYPES.get(fmt, "application/octet-stream"))
    response["Content-Disposition"] = f'attachment; filename="{stem}.{ext}"'
    return response


@admin.register(Place)
class PlaceAdmin(ImportViewMixin, AdminBasemapMixin, LeafletGeoAdmin):
    import_title = "Import places"
    list_display = (
        "name",
        "kind",
        "country_code",
        "feature_code",
        "source",
        "curated",
        "population",
    )
    list_filter = ("kind", "curated", "source", HasMentionsFilter, "country_code")
    search_fields = ("name", "source_id")
    inlines = (PlaceNameInline,)
    readonly_fields = ("created_at", "updated_at")
    list_per_page = 50
    show_full_result_count = False  # the gazetteer is large; skip the extra COUNT(*)
    actions = ("merge_places", "export_geojson", "export_csv", "export_kml", "mark_curated")
    change_list_template = "admin/places/place/change_list.html"
    fieldsets = (
        (None, {"fields": ("name", "kind", "curated", "country_code", "admin1", "population")}),
        ("Map", {"fields": ("point", "geometry")}),
        (
            "Source",
            {
                "fields": (
                    "source",
                    "source_id",
                    "geonameid",
                    "feature_class",
                    "feature_code",
                    "created_at",
                    "updated_at",
                )
            },
        ),
    )

    def get_search_results(self, request, queryset, search_term):
        """Also find places by any alias or its normalised key ("Ar-Raqqah" finds Raqqa)."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        term = search_term.strip()
        if term:
            # Ids first through the indexed alias key: an OR'ed subquery would scan every place.
            ids = set(
                PlaceName.objects.filter(key__in={name_key(term), term}).values_list(
                    "place_id", flat=True
                )[:500]
            )
            if term.isdigit():
                ids.update(Place.objects.filter(geonameid=int(term)).values_list("pk", flat=True))
            if ids:
                results = results | queryset.filter(pk__in=ids)
        return results, may_have_duplicates

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        curation.bump_gazetteer()  # new names join the geoparser's gazetteer without a restart

    # Actions -------------------------------------------------------------------------------------

    @admin.action(description="Merge selected places…", permissions=["change", "delete"])
    def merge_places(self, request, queryset):
        places = queryset.order_by("-curated", "-population", "pk")
        if places.count() < 2:
            self.message_user(request, "Choose at least two places to merge.", messages.WARNING)
            return None
        form = MergeForm(
            request.POST if "apply" in request.POST else None,
            places=places,
            initial={"survivor": places.first()},
        )
        if form.is_valid():
            survivor = form.cleaned_data["survivor"]
            result = curation.merge_places(
                survivor, [p for p in places if p.pk != survivor.pk], user=request.user
            )
            self.message_user(request, result.summary(), messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge places",
            "form": form,
            "places": places,
            "merge_map": merge_map_data(form, places),
            "confirm_km": curation.MERGE_CONFIRM_KM,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/places/place/merge.html", context)

    def _export(self, queryset, fmt: str):
        return export_response(export_places(fmt, queryset), fmt, "places")

    @admin.action(description="Export selected places as GeoJSON", permissions=["view"])
    def export_geojson(self, request, queryset):
        return self._export(queryset, "geojson")

    @admin.action(description="Export selected places as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        return self._export(queryset, "csv")

    @admin.action(description="Export selected places as KML", permissions=["view"])
    def export_kml(self, request, queryset):
        return self._export(queryset, "kml")

    @admin.action(description="Mark selected places as curated", permissions=["change"])
    def mark_curated(self, request, queryset):
        count = queryset.update(curated=True)
        self.message_user(request, f"{count} place(s) marked curated.", messages.SUCCESS)

    def run_import(self, data: bytes, form: forms.Form, user):
        upload = form.cleaned_data["file"]
        return import_places(
            data, form.cleaned_data["format"], name=upload.name, atomic=form.cleaned_data["atomic"]
        )


@admin.register(PlaceName)
class PlaceNameAdmin(admin.ModelAdmin):
    list_display = ("name", "place", "key", "language", "preferred", "kind")
    list_filter = ("kind", "preferred")
    search_fields = ("name", "key")
    autocomplete_fields = ("place",)
    readonly_fields = ("key",)
    show_full_result_count = False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        curation.bump_gazetteer()
