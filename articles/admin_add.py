"""The admin's "Add article": pasted text, an uploaded text or HTML file, or a URL to download.

The article is read (and downloaded) while the form is validated, so any problem is a form error
and nothing is stored; it is then stored through articles/ingest.py's `store` (same dedupe and
date order as `manage.py ingest`: the date given here, else a `Date:` header, the page's date,
the dateline) and processed at once, and the curator lands on a page listing what was found.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from articles.fetch import HTML_TYPES, FetchError, fetch
from articles.models import Article
from conflictmap.links import validate_http_url
from conflictmap.textfiles import TextDecodeError, decode_text, looks_binary

if TYPE_CHECKING:
    from articles.ingest import Candidate

# articles.ingest is imported where it is used: it imports the whole extraction package, which
# every process would otherwise load at start-up through the admin (~0.17 s of CPU, a third of
# Django's set-up, in `geoparse` and the workers that never add an article by hand).

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")


class AddArticleForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
        required=False,
        help_text="Paste the article; optional 'Title:', 'Date:', 'URL:' lines, then a blank line",
    )
    file = forms.FileField(required=False, help_text="Or upload a .txt or .html file")
    url = forms.URLField(
        label="URL",
        required=False,
        assume_scheme="https",
        validators=[validate_http_url],
        help_text="Or give the article's address: the page is downloaded and its text extracted",
    )
    title = forms.CharField(max_length=500, required=False, help_text="Default: from the source")
    outlet = forms.CharField(max_length=200, required=False)
    published = forms.DateField(
        required=False,
        help_text="YYYY-MM-DD. Default: a 'Date:' line, the page's date, or the dateline "
        "('KYIV, May 14 (Reuters) -')",
    )
    language = forms.CharField(max_length=8, initial="en")

    def clean(self):
        from articles.ingest import IngestReport, SkipItem, publication_date

        data = super().clean()
        sources = [name for name in ("text", "file", "url") if data.get(name)]
        if len(sources) != 1:
            raise forms.ValidationError("Give exactly one of: pasted text, a file or a URL.")
        try:
            candidate = self._candidate(sources[0], data)
        except (SkipItem, FetchError) as exc:
            raise forms.ValidationError(f"Could not read the article: {exc}") from None
        candidate.title = data.get("title") or candidate.title
        candidate.outlet = data.get("outlet") or candidate.outlet
        candidate.language = data.get("language") or "en"
        given = data.get("published")
        self.report = IngestReport()
        self.published = (
            dt.datetime.combine(given, dt.time(12), tzinfo=dt.UTC)
            if given
            else publication_date(candidate, self.report, None)
        )
        if self.published is None:
            raise forms.ValidationError(
                "No publication date found: give one in the date field, or start the text with "
                "a 'Date: YYYY-MM-DD' line or a dateline ('KYIV, May 14 (Reuters) -')."
            )
        self.candidate = candidate
        return data

    def _candidate(self, source: str, data: dict) -> Candidate:
        from articles.ingest import MAX_BYTES, SkipItem, html_candidate, parse_txt

        if source == "text":
            return next(parse_txt(Path("pasted text"), data["text"]))
        if source == "url":
            page = fetch(data["url"], max_bytes=settings.FEED_MAX_PAGE_BYTES, accept=HTML_TYPES)
            candidate = html_candidate(page.body, data["url"])
            candidate.url = data["url"]
            return candidate
        upload = data["file"]
        name = upload.name.lower()
        if upload.size > MAX_BYTES:
            raise SkipItem(f"the file is too large ({upload.size:,} bytes)")
        raw = upload.read()
        if name.endswith(HTML_SUFFIXES):
            return html_candidate(raw, upload.name)
        if not name.endswith(TEXT_SUFFIXES) or looks_binary(raw):
            raise SkipItem("upload a plain-text (.txt) or HTML (.html) file")
        try:
            return next(parse_txt(Path(upload.name), decode_text(raw)))
        except TextDecodeError as exc:
            raise SkipItem(str(exc)) from None

    def save(self) -> Article | None:
        """Store the article; a duplicate (same text or URL) is a form error, nothing stored."""
        from articles.ingest import store

        store(self.candidate, self.report, self.published)
        if not self.report.created:
            same = Q(content_hash=Article.hash_text(self.candidate.text))
            if self.candidate.url:
                same |= Q(url=self.candidate.url)
            twin = Article.objects.filter(same).only("pk", "title").first()
            problem = "; ".join(self.report.skipped) or "this article is already stored"
            link = (
                format_html(
                    ' (<a href="{}">{}</a>)',
                    reverse("admin:articles_article_change", args=[twin.pk]),
                    twin.title,
                )
                if twin
                else ""
            )
            self.add_error(None, format_html("Not stored: {}{}", problem, link))
            return None
        return Article.objects.get(pk=self.report.created[0])


def add_article_view(model_admin, request):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = AddArticleForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        article = form.save()
        if article is not None:
            from articles.pipeline import process_articles

            process_articles([article.pk])
            request.session["added_article_warnings"] = form.report.warnings
            return HttpResponseRedirect(reverse("admin:articles_article_found", args=[article.pk]))
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Add article",
        "opts": model_admin.model._meta,
        "form": form,
    }
    return TemplateResponse(request, "admin/articles/article/add_article.html", context)


def found_view(model_admin, request, pk: int):
    """What processing found in one article, each item linked to its admin page for review."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    article = get_object_or_404(Article.objects.defer("text"), pk=pk)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"Found in “{article.title}”",
        "opts": model_admin.model._meta,
        "article": article,
        "warnings": request.session.pop("added_article_warnings", []),
        "mentions": article.mentions.select_related("place").order_by("start"),
        "actor_mentions": article.actor_mentions.select_related("actor").order_by("start"),
        "statements": article.statements.select_related("speaker_actor").order_by("start"),
        "campaigns": sorted(
            {s.campaign for s in article.campaign_sources.select_related("campaign")},
            key=lambda campaign: campaign.name,
        ),
    }
    return TemplateResponse(request, "admin/articles/article/found.html", context)
