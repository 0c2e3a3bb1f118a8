"""Admin for control observations: the review list with each source sentence beside its row
(the place highlighted), one-click accept and reject per row and in bulk, and the change form
for correcting side, place and date. Registered from articles/admin.py.

Accepting makes an observation *assessed* (a curator's judgement) and records who and when;
rejecting keeps it out of the map. Only users with the change permission see the buttons or
reach the views.
"""

from __future__ import annotations

import re

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.db.models.functions import Substr
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST
from leaflet.admin import LeafletGeoAdmin

from articles.control import ControlObservation
from places.admin import AdminBasemapMixin

Status = ControlObservation.Status


def decide(queryset, status: str, user) -> int:
    """Accept (the observation becomes assessed) or reject the rows; the number changed."""
    changes = {"status": status, "curator": user, "decided_at": timezone.now()}
    if status == Status.ACCEPTED:
        changes["kind"] = ControlObservation.Kind.ASSESSED
    return queryset.update(**changes)


def highlighted_sentence(observation: ControlObservation) -> str:
    """The source sentence as escaped text, the place's name marked where it occurs."""
    sentence = getattr(observation, "source_text", None) or observation.sentence
    if not sentence:
        return escape(observation.source_file or "")
    names = [observation.place.name] if observation.place_id else []
    if observation.place_id:
        names += [n.name for n in observation.place.names.all()]
    for name in sorted(set(names), key=len, reverse=True):
        found = re.search(re.escape(name), sentence, re.IGNORECASE)
        if found:
            before, hit, after = (
                sentence[: found.start()],
                found.group(),
                sentence[found.end() :],
            )
            return format_html("{}<mark>{}</mark>{}", before, hit, after)
    return escape(sentence)


@admin.register(ControlObservation)
class ControlObservationAdmin(AdminBasemapMixin, LeafletGeoAdmin):
    # Four columns, so the place, what is said of it, the sentence and the buttons fit beside
    # each other on a laptop's screen (nine squeezed the sentence to a few words a line and
    # pushed the buttons behind a horizontal scroll). The review column shows the status.
    list_display = ("where", "observation", "source", "decision")
    # Only the sides some observation names: the seed alone has ~1,500 actors.
    list_filter = (
        "status",
        "kind",
        "event",
        ("side", admin.RelatedOnlyFieldListFilter),
        "observed_on",
        "date_precision",
    )
    list_select_related = ("place", "side", "article")

    class Media:
        css = {"all": ("admin_extra/control_review.css",)}

    search_fields = ("place__name", "area_name", "side__name", "article__title")
    autocomplete_fields = ("place", "side", "claimant", "article")
    date_hierarchy = "observed_on"
    readonly_fields = ("source_sentence", "curator", "decided_at", "created_at")
    actions = ("accept_selected", "reject_selected")
    fieldsets = (
        (
            "Who holds what, when",
            {"fields": ("place", "area", "area_name", "side", "event", "kind", "claimant")},
        ),
        ("Date", {"fields": ("observed_on", "date_precision")}),
        ("Review", {"fields": ("status", "curator", "decided_at")}),
        (
            "Source",
            {
                "fields": (
                    "source_sentence",
                    "article",
                    "sentence_start",
                    "sentence_end",
                    "source_file",
                    "source_feature",
                    "source_name",
                    "created_at",
                )
            },
        ),
    )

    @admin.display(description="observation", ordering="observed_on")
    def observation(self, obj: ControlObservation) -> str:
        """Held by the side; the event, kind and day (with its precision) below."""
        return format_html(
            "held by {}<br><small>{} · {} · {} ({})</small>",
            obj.side,
            obj.get_event_display(),
            obj.get_kind_display(),
            date_format(obj.observed_on),
            obj.get_date_precision_display().lower(),
        )

    @admin.display(description="source")
    def source(self, obj: ControlObservation) -> str:
        return format_html('<span class="control-source">{}</span>', highlighted_sentence(obj))

    @admin.display(description="source sentence")
    def source_sentence(self, obj: ControlObservation) -> str:
        return self.source(obj)

    @admin.display(description="review")
    def decision(self, obj: ControlObservation) -> str:
        if not getattr(self, "_can_change", False) or obj.status != Status.PENDING:
            return obj.get_status_display()
        # Buttons of the change list's own form (it carries the CSRF token) posting elsewhere.
        buttons = [
            format_html(
                '<button type="submit" class="button" formmethod="post" formaction="{}">'
                "{}</button>",
                reverse(f"admin:articles_controlobservation_{verb}", args=[obj.pk]),
                label,
            )
            for verb, label in (("accept", "Accept"), ("reject", "Reject"))
        ]
        return mark_safe(" ".join(buttons))  # each part built by format_html

    def get_queryset(self, request):
        """The sentence cut out by the database: an article's whole text is never loaded per row."""
        start = F("sentence_start") + 1
        return (
            super()
            .get_queryset(request)
            .defer("article__text")
            .prefetch_related("place__names")
            .annotate(
                source_text=Substr("article__text", start, F("sentence_end") - F("sentence_start"))
            )
        )

    def changelist_view(self, request, extra_context=None):
        self._can_change = self.has_change_permission(request)
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        decide_one = self.admin_site.admin_view(require_POST(self._decide_one))
        return [
            path(
                "<int:pk>/accept/",
                decide_one,
                {"status": Status.ACCEPTED},
                name="articles_controlobservation_accept",
            ),
            path(
                "<int:pk>/reject/",
                decide_one,
                {"status": Status.REJECTED},
                name="articles_controlobservation_reject",
            ),
            *super().get_urls(),
        ]

    def _decide_one(self, request, pk: int, status: str):
        if not self.has_change_permission(request):
            raise PermissionDenied
        observation = get_object_or_404(ControlObservation, pk=pk)
        decide(ControlObservation.objects.filter(pk=pk), status, request.user)
        verb = "accepted" if status == Status.ACCEPTED else "rejected"
        self.message_user(request, f"{observation} {verb}.", messages.SUCCESS)
        return HttpResponseRedirect(
            request.META.get("HTTP_REFERER")
            or reverse("admin:articles_controlobservation_changelist")
        )

    @admin.action(description="Accept the selected observations (assessed)", permissions=["change"])
    def accept_selected(self, request, queryset):
        count = decide(queryset, Status.ACCEPTED, request.user)
        self.message_user(request, f"{count} observation(s) accepted.", messages.SUCCESS)

    @admin.action(description="Reject the selected observations", permissions=["change"])
    def reject_selected(self, request, queryset):
        count = decide(queryset, Status.REJECTED, request.user)
        self.message_user(request, f"{count} observation(s) rejected.", messages.SUCCESS)

    def save_model(self, request, obj, form, change):
        """A curator's correction is a decision: who and when are recorded."""
        if change and form.changed_data:
            obj.curator, obj.decided_at = request.user, timezone.now()
            if obj.status == Status.ACCEPTED:
                obj.kind = ControlObservation.Kind.ASSESSED
        super().save_model(request, obj, form, change)
