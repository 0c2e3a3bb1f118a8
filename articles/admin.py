"""Admin for feeds, articles, actors, mentions (with the review queue), statements, campaigns,
front lines, and (in articles/event_admin.py) imported events."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminURLFieldWidget
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET
from leaflet.admin import LeafletGeoAdmin

from articles import review
from articles.admin_add import add_article_view, found_view
from articles.importexport import (
    export_campaigns_geojson,
    export_frontlines_geojson,
    import_campaigns_geojson,
    import_frontlines_geojson,
)
from articles.models import (
    Actor,
    ActorAlias,
    ActorMention,
    Article,
    Campaign,
    CampaignSource,
    Feed,
    FrontLine,
    Mention,
    Statement,
)
from conflictmap.links import HttpURLValidator
from places import curation
from places.admin import AdminBasemapMixin, ImportViewMixin, LayerImportForm, export_response
from places.models import Place


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = (
        "title",
        "outlet",
        "published_at",
        "language",
        "processing_status",
        "processing_problem",
        "geocoded_at",
        "extracted_at",
    )
    list_filter = ("processing_status", "outlet", "language")
    search_fields = ("title", "url", "=content_hash")
    date_hierarchy = "published_at"
    readonly_fields = (
        "content_hash",
        "created_at",
        "geocoded_at",
        "extracted_at",
        "processing_status",
        "processing_error",
        "processing_attempts",
        "processed_chars",
        "processing_note",
    )
    formfield_overrides: ClassVar[dict] = {
        models.URLField: {
            "assume_scheme": "https",  # a bare "example.org" is https
            # The "Currently:" link is drawn only for http(s) URLs (Django's default also links
            # ftp).
            "widget": AdminURLFieldWidget(validator_class=HttpURLValidator),
        }
    }
    actions = ("retry_processing",)

    def add_view(self, request, form_url="", extra_context=None):
        # Text, a file or a URL instead of the model form; see articles/admin_add.py.
        return add_article_view(self, request)

    def get_urls(self):
        found = self.admin_site.admin_view(partial(found_view, self))
        return [
            path("<int:pk>/found/", found, name="articles_article_found"),
            *super().get_urls(),
        ]

    def get_queryset(self, request):
        # Only the change form shows the text; an article can be tens of megabytes.
        queryset = super().get_queryset(request)
        match = request.resolver_match
        return queryset if match and match.url_name.endswith("_change") else queryset.defer("text")

    @admin.display(description="error or note")
    def processing_problem(self, obj: Article) -> str:
        text = obj.processing_error or obj.processing_note
        return text if len(text) <= 160 else text[:159] + "\u2026"

    @admin.action(description="Retry processing", permissions=["change"])
    def retry_processing(self, request, queryset):
        """Put failed (or still pending) articles back in the queue with their attempts reset."""
        from articles.queueing import queue_processing

        chosen = queryset.exclude(processing_status=Article.ProcessingStatus.PROCESSED)
        ids = list(chosen.order_by("pk").values_list("pk", flat=True))
        Article.objects.filter(pk__in=ids).update(
            processing_status=Article.ProcessingStatus.PENDING,
            processing_error="",
            processing_attempts=0,
        )
        left = queryset.count() - len(ids)
        if settings.CELERY_BROKER_URL:
            queue_processing(ids)
            how = "the workers will take them up"
        else:
            how = "the next `manage.py ingest` or `manage.py process_articles` run processes them"
        self.message_user(
            request,
            f"{len(ids)} article(s) queued for processing: {how}."
            + (f" {left} processed article(s) left as they are." if left else ""),
            messages.SUCCESS,
        )


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    """Feeds polled by `manage.py poll_feeds` and Celery beat (articles/feeds.py)."""

    list_display = (
        "outlet",
        "url",
        "language",
        "poll_interval_minutes",
        "enabled",
        "last_polled_at",
        "last_items_taken",
        "items_taken_total",
        "error_count",
        "failed_polls",
        "next_poll_at",
    )
    list_filter = ("enabled", "language")
    search_fields = ("outlet", "url")
    formfield_overrides: ClassVar[dict] = ArticleAdmin.formfield_overrides
    readonly_fields = (
        "last_polled_at",
        "next_poll_at",
        "last_items_taken",
        "items_taken_total",
        "failed_polls",
        "errors_of_last_poll",
    )

    @admin.display(description="errors")
    def error_count(self, obj: Feed) -> int:
        return len(obj.last_errors or [])

    @admin.display(description="errors of the last poll")
    def errors_of_last_poll(self, obj: Feed) -> str:
        errors = obj.last_errors or []
        if not errors:
            return "none"
        return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in errors))


# Actors ------------------------------------------------------------------------------------------


class ColourInput(forms.TextInput):
    input_type = "color"


class ActorForm(forms.ModelForm):
    class Meta:
        model = Actor
        fields = "__all__"
        widgets: ClassVar[dict] = {"colour": ColourInput()}

    def clean_colour(self) -> str:
        colour = self.cleaned_data["colour"].lower()
        if (
            len(colour) != 7
            or colour[0] != "#"
            or any(c not in "0123456789abcdef" for c in colour[1:])
        ):
            raise forms.ValidationError("Use a hex colour such as #1f78b4")
        return colour


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1
    fields = ("alias", "case_sensitive")


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    form = ActorForm
    list_display = ("name", "kind", "swatch", "parent")
    list_filter = ("kind",)
    search_fields = ("name", "aliases__alias")
    autocomplete_fields = ("parent",)
    inlines = (ActorAliasInline,)

    @admin.display(description="colour")
    def swatch(self, obj: Actor) -> str:
        return format_html(
            '<span style="display:inline-block;width:1.2em;height:1.2em;background:{};'
            'border:1px solid #999;vertical-align:middle"></span> {}',
            obj.colour,
            obj.colour,
        )


@admin.register(ActorAlias)
class ActorAliasAdmin(admin.ModelAdmin):
    list_display = ("alias", "actor", "case_sensitive")
    search_fields = ("alias", "actor__name")
    autocomplete_fields = ("actor",)


# Mentions and the review queue ---------------------------------------------------------------


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("text", "status", "place", "confidence", "method", "article", "decided_by")
    list_filter = ("status", "method", "is_demonym")
    search_fields = ("text",)
    autocomplete_fields = ("place", "article")
    readonly_fields = ("decided_by", "decided_at", "updated_at", "candidates", "sentence_text")
    list_select_related = ("place", "article", "decided_by")
    change_list_template = "admin/articles/mention/change_list.html"
    actions = ("confirm_current_place", "mark_not_a_place")
    fields = (
        "article",
        "text",
        "start",
        "end",
        "sentence_text",
        "status",
        "place",
        "confidence",
        "method",
        "candidates",
        "geo_precision",
        "qualifier",
        "is_demonym",
        "decided_by",
        "decided_at",
        "updated_at",
    )

    @admin.display(description="sentence")
    def sentence_text(self, obj: Mention) -> str:
        return obj.sentence

    def save_model(self, request, obj, form, change):
        # A status set by staff is a decision the geocoder must keep.
        if obj.status in Mention.STAFF_STATUSES and {"status", "place"} & set(form.changed_data):
            obj.decided_by, obj.decided_at = request.user, timezone.now()
            if obj.status == Mention.Status.REJECTED:
                obj.place = None
        super().save_model(request, obj, form, change)

    @admin.action(
        description="Confirm the selected mentions' current place", permissions=["change"]
    )
    def confirm_current_place(self, request, queryset):
        confirmed = 0
        for place_id in queryset.exclude(place=None).values_list("place", flat=True).distinct():
            place = Place.objects.get(pk=place_id)
            confirmed += review.decide(
                list(queryset.filter(place=place)), place=place, user=request.user
            )
        skipped = queryset.filter(place=None).count()
        self.message_user(
            request,
            f"{confirmed} mention(s) confirmed; {skipped} without a place skipped.",
            messages.SUCCESS,
        )

    @admin.action(description="Mark the selected mentions as not a place", permissions=["change"])
    def mark_not_a_place(self, request, queryset):
        count = review.decide(list(queryset), place=None, user=request.user)
        self.message_user(request, f"{count} mention(s) marked as not a place.", messages.SUCCESS)

    def get_urls(self):
        review = self.admin_site.admin_view(self.review_view)
        search = self.admin_site.admin_view(require_GET(self.place_search_view))
        return [
            path("review/", review, name="articles_mention_review"),
            path("review/places/", search, name="articles_mention_review_places"),
            *super().get_urls(),
        ]

    def _threshold(self, request) -> float:
        try:
            return min(max(float(request.GET.get("threshold", review.REVIEW_THRESHOLD)), 0.0), 1.0)
        except ValueError:
            return review.REVIEW_THRESHOLD

    def review_view(self, request):
        """Doubtful mentions grouped by surface form; each action is one POST to curation."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        threshold = self._threshold(request)
        if request.method == "POST":
            if not self.has_change_permission(request):
                raise PermissionDenied
            self._apply_review(request, threshold)
            return HttpResponseRedirect(request.get_full_path())
        groups = review.review_groups(threshold, limit=50)
        for group in groups:
            group.examples = [self._example(m) for m in group.mentions[:3]]
        context = {
            **self.admin_site.each_context(request),
            "title": "Review queue",
            "opts": self.model._meta,
            "groups": groups,
            "threshold": threshold,
            "can_change": self.has_change_permission(request),
            "map_data": {g.ident: g.map_data() for g in groups},
            "kinds": Place.Kind.choices,
            "total": sum(g.count for g in groups),
        }
        return TemplateResponse(request, "admin/articles/mention/review.html", context)

    @staticmethod
    def _example(mention: Mention) -> tuple[Mention, str, str, str]:
        """The mention's sentence split around the surface text, for highlighting (escaped by
        the template)."""
        text = mention.article.text
        lo = (
            mention.sentence_start
            if mention.sentence_start is not None
            else max(mention.start - 120, 0)
        )
        hi = mention.sentence_end if mention.sentence_end is not None else mention.end + 120
        if not lo <= mention.start < mention.end <= hi:
            lo, hi = max(mention.start - 120, 0), mention.end + 120
        return (
            mention,
            text[lo : mention.start],
            text[mention.start : mention.end],
            text[mention.end : hi],
        )

    def _apply_review(self, request, threshold: float) -> None:
        post = request.POST
        group = review.find_group(post.get("group", ""), threshold)
        if group is None:
            self.message_user(request, "Those mentions were already decided.", messages.WARNING)
            return
        mentions = group.mentions
        if post.get("scope", "group") != "group":
            mentions = [m for m in group.mentions if str(m.pk) == post["scope"]]
            if not mentions:
                self.message_user(request, "That mention was already decided.", messages.WARNING)
                return
        action = "accept" if post.get("accept_place") else post.get("action")
        try:
            if action == "reject":
                count = review.decide(mentions, place=None, user=request.user)
                self.message_user(
                    request,
                    f"{count} mention(s) of “{group.text}” marked as not a place.",
                    messages.SUCCESS,
                )
                return
            if action == "accept":
                place = Place.objects.get(pk=int(post["accept_place"]))
            elif action == "choose":
                place = self._chosen_place(post.get("query", ""))
            elif action == "create":
                place = curation.create_place(
                    post.get("name") or group.text,
                    float(post.get("lon", "")),
                    float(post.get("lat", "")),
                    kind=post.get("kind")
                    if post.get("kind") in Place.Kind.values
                    else Place.Kind.OTHER,
                    country_code=post.get("country_code", ""),
                    aliases=[group.text],
                    user=request.user,
                )
            else:
                self.message_user(request, "Unknown action.", messages.ERROR)
                return
        except (ValueError, Place.DoesNotExist) as exc:
            self.message_user(
                request, f"Nothing changed: {exc or 'choose a place'}", messages.ERROR
            )
            return
        count = review.decide(mentions, place=place, user=request.user)
        self.message_user(
            request, f"{count} mention(s) of “{group.text}” confirmed as {place}.", messages.SUCCESS
        )

    @staticmethod
    def _chosen_place(query: str) -> Place:
        """The place a curator picked in the search box: "… [#123]" from the list, else a unique
        match."""
        query = query.strip()
        if query.endswith("]") and "[#" in query:
            return Place.objects.get(pk=int(query.rsplit("[#", 1)[1][:-1]))
        found = curation.search_places(query, limit=2)
        if len(found) != 1:
            raise ValueError(f"{len(found)} places match “{query}”; pick one from the list")
        return found[0]

    def place_search_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        places = curation.search_places(request.GET.get("q", ""))
        return JsonResponse({"results": [{"id": p.pk, "label": f"{p} [#{p.pk}]"} for p in places]})


@admin.register(ActorMention)
class ActorMentionAdmin(admin.ModelAdmin):
    list_display = ("text", "actor", "article", "start")
    search_fields = ("text", "actor__name")
    autocomplete_fields = ("actor", "article")


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ("__str__", "speaker_name", "speaker_actor", "said_on", "article")
    list_filter = ("date_precision",)
    search_fields = ("quote", "speaker_name", "speaker_role")
    autocomplete_fields = ("article", "speaker_actor", "places")
    date_hierarchy = "said_on"


# Campaigns and front lines -----------------------------------------------------------------------


class CampaignSourceInline(admin.TabularInline):
    model = CampaignSource
    extra = 1
    autocomplete_fields = ("article",)
    fields = ("article", "sentence_start", "sentence_end")


@admin.register(Campaign)
class CampaignAdmin(ImportViewMixin, AdminBasemapMixin, LeafletGeoAdmin):
    import_title, import_form_class, geojson_only = (
        "Import campaigns (GeoJSON)",
        LayerImportForm,
        True,
    )
    list_display = ("name", "status", "started_on", "ended_on", "named")
    list_filter = ("status", "named")
    search_fields = ("name",)
    autocomplete_fields = ("attackers", "opponents", "targets", "origin")
    inlines = (CampaignSourceInline,)
    date_hierarchy = "started_on"
    actions = ("export_geojson",)
    change_list_template = "admin/layer_change_list.html"

    def run_import(self, data: bytes, form: forms.Form, user):
        return import_campaigns_geojson(data, atomic=form.cleaned_data["atomic"])

    @admin.action(description="Export selected campaigns as GeoJSON", permissions=["view"])
    def export_geojson(self, request, queryset):
        return export_response(export_campaigns_geojson(queryset), "geojson", "campaigns")


@admin.register(FrontLine)
class FrontLineAdmin(ImportViewMixin, AdminBasemapMixin, LeafletGeoAdmin):
    import_title, import_form_class, geojson_only = (
        "Import front lines (GeoJSON)",
        LayerImportForm,
        True,
    )
    list_display = (
        "name",
        "valid_from",
        "valid_to",
        "side_a",
        "side_b",
        "approximate",
        "confidence",
    )
    list_filter = (  # only the actors on some line, not all ~1,500
        "approximate",
        ("side_a", admin.RelatedOnlyFieldListFilter),
        ("side_b", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("name", "source_note", "note")
    autocomplete_fields = ("side_a", "side_b", "source_article")
    readonly_fields = ("curator",)
    date_hierarchy = "valid_from"
    actions = ("export_geojson",)
    change_list_template = "admin/layer_change_list.html"
    fieldsets = (
        (None, {"fields": ("name", "geometry", ("valid_from", "valid_to"), ("side_a", "side_b"))}),
        (
            "Source",
            {
                "fields": (
                    "source_article",
                    ("source_sentence_start", "source_sentence_end"),
                    "source_note",
                    "confidence",
                    "approximate",
                    "curator",
                )
            },
        ),
        ("Internal", {"fields": ("note",), "description": "Seen by staff only; never published."}),
    )

    def save_model(self, request, obj, form, change):
        obj.curator = request.user  # the last curator who drew or edited the line
        super().save_model(request, obj, form, change)

    def run_import(self, data: bytes, form: forms.Form, user):
        return import_frontlines_geojson(data, atomic=form.cleaned_data["atomic"], user=user)

    @admin.action(description="Export selected front lines as GeoJSON", permissions=["view"])
    def export_geojson(self, request, queryset):
        return export_response(export_frontlines_geojson(queryset), "geojson", "frontlines")


# Imported events (ACLED, UCDP) and control observations: registered in their own modules.
from articles import control_admin, event_admin  # noqa: E402, F401
