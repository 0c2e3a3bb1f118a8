"""Poison articles can't block the queue (issue 11, finding 3).

A 50 MB article is stored whole but geocoded and extracted only up to ARTICLE_PROCESS_LIMIT_BYTES,
cut at a paragraph or sentence end, with a note; an article that is slow to process (one giant
paragraph of capitalised tokens, no sentence ends) is stopped by its time budget, marked failed
with its error and nothing half-stored; afterwards a one-article ingest processes the new article
without waiting behind either of them, and failed articles are retried only when asked.
"""

from __future__ import annotations

import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Actor, ActorMention, Article, CampaignSource, Mention, Statement
from tests.ops.corpus import article_text, make_places, pathological_text

pytestmark = pytest.mark.django_db

FIFTY_MB = 50_000_000  # under the ingest's 50 MiB file limit
# The extractor needs minutes for a megabyte of this text (quadratic campaign search in one
# endless sentence: 200 kB took 10.7 s on the 2-core test machine), so a budget of a few seconds
# is exceeded on any machine, while a normal article takes milliseconds.
SHORT_BUDGET = 3


def _header(title: str, url: str) -> str:
    return f"Title: {title}\nDate: 2016-11-06\nURL: {url}\nOutlet: Poison Wire\n\n"


def write_huge_article(folder, size: int = FIFTY_MB):
    """Ordinary news paragraphs (real place names, quotes) repeated to `size` bytes."""
    block = "\n\n".join(article_text(i)[1] for i in range(400)) + "\n\n"
    header = _header("The never-ending report", "https://example.org/poison/huge")
    body = (block * (size // len(block) + 1))[: size - len(header)]
    body = body[: body.rindex("\n\n")]  # end on a whole paragraph
    path = folder / "huge.txt"
    path.write_text(header + body, encoding="utf-8")
    return path


def write_pathological_article(folder, size: int = 3_000_000, name: str = "poison"):
    path = folder / f"{name}.txt"
    path.write_text(
        _header(f"Wall of names {name}", f"https://example.org/poison/{name}")
        + pathological_text(size),
        encoding="utf-8",
    )
    return path


def write_normal_article(folder, i: int = 7):
    title, body = article_text(i)
    path = folder / f"normal-{i}.txt"
    path.write_text(
        _header(title, f"https://example.org/poison/normal-{i}") + body + "\n", encoding="utf-8"
    )
    return path


def ingest(*args: str) -> tuple[str, str, int]:
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *map(str, args), "-v", "0", stdout=out, stderr=err)
        code = 0
    except CommandError as exc:
        code = exc.returncode
    return out.getvalue(), err.getvalue(), code


def results_of(article: Article) -> int:
    """Rows processing stored for the article (mentions, actor mentions, statements, campaigns)."""
    return (
        Mention.objects.filter(article=article).count()
        + ActorMention.objects.filter(article=article).count()
        + Statement.objects.filter(article=article).count()
        + CampaignSource.objects.filter(article=article).count()
    )


@pytest.fixture
def places():
    call_command("loaddata", "seeds/02_actors.json", verbosity=0)
    return make_places()


def assert_new_article_is_not_held_up(folder, *poison: Article, i: int = 7) -> Article:
    """A one-article ingest finishes and processes the new article; the poison ones stay as they
    were.
    """
    before = {
        a.pk: Article.objects.values(
            "processing_status", "processing_attempts", "extracted_at", "geocoded_at"
        ).get(pk=a.pk)
        for a in poison
    }
    started = time.monotonic()
    out, err, code = ingest(write_normal_article(folder, i))
    elapsed = time.monotonic() - started
    assert code == 0, out + err
    assert "1 new article(s)" in out
    new = Article.objects.get(url=f"https://example.org/poison/normal-{i}")
    assert new.processing_status == Article.ProcessingStatus.PROCESSED
    assert new.extracted_at is not None and new.mentions.exists()
    for article in poison:
        assert (
            Article.objects.values(
                "processing_status", "processing_attempts", "extracted_at", "geocoded_at"
            ).get(pk=article.pk)
            == before[article.pk]
        )
    assert elapsed < 60, f"a one-article ingest took {elapsed:.1f} s"
    return new


def test_a_50_mb_article_is_processed_only_up_to_the_limit_and_blocks_nothing(
    places, tmp_path, settings
):
    path = write_huge_article(tmp_path)
    out, err, code = ingest(path)
    assert code == 0, out + err
    huge = Article.objects.get(url="https://example.org/poison/huge")
    assert len(huge.text) > 49_000_000  # the whole text is kept
    assert huge.processing_status == Article.ProcessingStatus.PROCESSED
    limit = settings.ARTICLE_PROCESS_LIMIT_BYTES
    assert 0.5 * limit < huge.processed_chars <= limit
    # Cut at a paragraph end, never inside a word or sentence.
    assert huge.text[: huge.processed_chars].endswith((".", ".\u201d", "\u201d")), huge.text[
        huge.processed_chars - 40 : huge.processed_chars
    ]
    assert huge.text[huge.processed_chars :].startswith("\n")
    # What was processed is there; nothing beyond the limit.
    ends = list(huge.mentions.values_list("end", flat=True))
    assert len(ends) > 1000 and max(ends) <= huge.processed_chars
    quote_ends = list(huge.statements.values_list("end", flat=True))
    assert len(quote_ends) > 1000 and max(quote_ends) <= huge.processed_chars
    # The user is told, in the command output and on the article.
    assert "only the first" in huge.processing_note and "not processed" in huge.processing_note
    assert f"{huge.pk}" in out and "only the first" in out

    # Then a pathological one (minutes of work in its first megabyte) fails on a short budget...
    settings.ARTICLE_PROCESS_TIME_LIMIT_SECONDS = SHORT_BUDGET
    ingest(write_pathological_article(tmp_path))
    poison = Article.objects.get(url="https://example.org/poison/poison")
    assert poison.processing_status == Article.ProcessingStatus.FAILED and results_of(poison) == 0
    huge.refresh_from_db()
    assert huge.processing_status == Article.ProcessingStatus.PROCESSED
    # ... and the next one-article ingest, with the normal budget, waits behind neither.
    settings.ARTICLE_PROCESS_TIME_LIMIT_SECONDS = 120
    assert_new_article_is_not_held_up(tmp_path, huge, poison)


def test_a_slow_article_fails_on_its_time_budget_with_nothing_half_stored(
    places, tmp_path, settings
):
    settings.ARTICLE_PROCESS_TIME_LIMIT_SECONDS = SHORT_BUDGET
    started = time.monotonic()
    out, err, code = ingest(write_pathological_article(tmp_path), write_normal_article(tmp_path, 3))
    assert time.monotonic() - started < 60
    assert code == 1  # something failed: like skipped files, it is not a clean run
    poison = Article.objects.get(url="https://example.org/poison/poison")
    assert poison.processing_status == Article.ProcessingStatus.FAILED
    assert "time budget" in poison.processing_error and f"{SHORT_BUDGET}" in poison.processing_error
    assert poison.processing_attempts == 1
    assert (poison.geocoded_at, poison.extracted_at) == (None, None)
    assert results_of(poison) == 0, "a failed article's partial results were stored"
    assert not Actor.objects.filter(description__contains=f"in article {poison.pk}").exists()
    assert "failed" in out + err and "time budget" in out + err
    # The normal article of the same run was processed all the same.
    normal = Article.objects.get(url="https://example.org/poison/normal-3")
    assert (
        normal.processing_status == Article.ProcessingStatus.PROCESSED and normal.mentions.exists()
    )

    new = assert_new_article_is_not_held_up(tmp_path, poison)
    assert new.processing_error == "" and new.processing_attempts == 0


def test_failed_articles_are_retried_only_when_asked_and_only_a_few_times(
    places, tmp_path, settings
):
    settings.ARTICLE_PROCESS_TIME_LIMIT_SECONDS = SHORT_BUDGET
    settings.ARTICLE_PROCESS_MAX_ATTEMPTS = 2
    ingest(write_pathological_article(tmp_path, 1_200_000))
    poison = Article.objects.get(url="https://example.org/poison/poison")
    out, _, code = ingest(write_normal_article(tmp_path, 1))
    assert code == 0 and "1 failed article(s) skipped" in out and "--retry-failed" in out
    poison.refresh_from_db()
    assert poison.processing_attempts == 1

    out, err, code = ingest(write_normal_article(tmp_path, 2), "--retry-failed")
    assert code == 1 and "time budget" in out + err
    poison.refresh_from_db()
    assert (poison.processing_status, poison.processing_attempts) == (
        Article.ProcessingStatus.FAILED,
        2,
    )
    # The attempts are used up: even --retry-failed leaves it alone now.
    out, err, code = ingest(write_normal_article(tmp_path, 4), "--retry-failed")
    assert code == 0, out + err
    assert "1 failed article(s) skipped" in out
    poison.refresh_from_db()
    assert poison.processing_attempts == 2
    assert (
        Article.objects.get(url="https://example.org/poison/normal-4").processing_status
        == "processed"
    )


def test_the_geocoding_job_skips_failed_articles_and_keeps_its_own_budget(
    places, tmp_path, settings
):
    settings.ARTICLE_PROCESS_TIME_LIMIT_SECONDS = SHORT_BUDGET
    ingest(write_pathological_article(tmp_path), "--no-process")
    poison = Article.objects.get()
    poison.processing_status, poison.processing_attempts = Article.ProcessingStatus.FAILED, 1
    poison.save(update_fields=["processing_status", "processing_attempts"])
    ingest(write_normal_article(tmp_path, 5), "--no-process")
    out = StringIO()
    call_command("geocode", "--pending", "-v", "0", stdout=out)
    assert "1 articles" in out.getvalue() and "1 failed article(s) skipped" in out.getvalue()
    poison.refresh_from_db()
    assert poison.geocoded_at is None and poison.processing_attempts == 1
    assert Article.objects.get(url="https://example.org/poison/normal-5").geocoded_at is not None


def test_the_celery_tasks_process_new_work_and_skip_failed_articles(places, tmp_path, settings):
    from articles.tasks import ingest_paths_task, process_articles_task

    settings.ARTICLE_PROCESS_TIME_LIMIT_SECONDS = SHORT_BUDGET
    result = ingest_paths_task(
        [str(write_pathological_article(tmp_path)), str(write_normal_article(tmp_path, 6))]
    )
    poison = Article.objects.get(url="https://example.org/poison/poison")
    normal = Article.objects.get(url="https://example.org/poison/normal-6")
    assert poison.processing_status == Article.ProcessingStatus.FAILED and results_of(poison) == 0
    assert normal.processing_status == Article.ProcessingStatus.PROCESSED
    assert result["processed"]["failed"] == 1
    # A redelivered batch holding the failed article leaves it alone.
    again = process_articles_task([poison.pk, normal.pk])
    assert again.get("skipped") is True
    poison.refresh_from_db()
    assert poison.processing_attempts == 1


def test_the_limit_cuts_at_a_sentence_end_and_never_inside_a_character(settings):
    from articles.limits import processing_window

    settings.ARTICLE_PROCESS_LIMIT_BYTES = 100
    text = "Первый абзац. " * 5 + "\n\n" + "Second paragraph, which goes on. " * 10
    window = processing_window(text)
    assert len(text[: window.end].encode()) <= 100
    assert text[: window.end].endswith(". ") or text[: window.end].endswith(".")
    assert window.truncated and "only the first" in window.note
    sentence_free = "x" * 250
    cut = processing_window(sentence_free)
    assert cut.end == 100 and cut.truncated
    assert not processing_window("Short. Text.").truncated
    assert processing_window("é" * 80).end == 50  # 2 bytes each: 50 characters fit in 100 bytes


def test_staff_see_filter_and_retry_failed_articles_and_readers_see_the_note(
    places, tmp_path, settings, client, alice
):
    settings.ARTICLE_PROCESS_TIME_LIMIT_SECONDS = SHORT_BUDGET
    ingest(write_pathological_article(tmp_path, 1_200_000))
    poison = Article.objects.get()
    client.force_login(alice)
    page = client.get("/admin/articles/article/", {"processing_status__exact": "failed"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Wall of names poison" in html and "time budget" in html
    assert "Retry processing" in html
    response = client.post(
        "/admin/articles/article/",
        {"action": "retry_processing", "_selected_action": [poison.pk]},
        follow=True,
    )
    assert response.status_code == 200 and "queued for processing" in response.content.decode()
    poison.refresh_from_db()
    assert (poison.processing_status, poison.processing_attempts, poison.processing_error) == (
        Article.ProcessingStatus.PENDING,
        0,
        "",
    )

    # A truncated article says so on its public page and in the admin (the retried article, still
    # too slow, fails again after the new one).
    settings.ARTICLE_PROCESS_LIMIT_BYTES = 2000
    ingest(write_huge_article(tmp_path, 20_000))
    huge = Article.objects.get(url="https://example.org/poison/huge")
    assert (
        huge.processing_status == Article.ProcessingStatus.PROCESSED
        and huge.processed_chars <= 2000
    )
    public = client.get(f"/articles/{huge.pk}/").content.decode()
    assert "only the first" in public
    admin_page = client.get(f"/admin/articles/article/{huge.pk}/change/").content.decode()
    assert "only the first" in admin_page
