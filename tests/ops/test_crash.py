"""Crash safety: SIGKILL the geocoding and the ingest job at several points, re-run, and
nothing is lost, duplicated, or overwritten (staff decisions stay exactly as they were)."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable

import pytest
from django.contrib.auth import get_user_model

from articles.models import Article, Mention
from tests.ops.conftest import PYTHON, ROOT
from tests.ops.corpus import (
    make_articles,
    make_places,
    mention_rows,
    mention_set,
    pending_counts,
    staff_snapshot,
    write_article_files,
)

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def run_until(
    args: list[str], env: dict, condition: Callable[[], bool], timeout: float = 120
) -> bool:
    """Run manage.py `args`; SIGKILL it the moment `condition()` holds. True if it was killed
    while still running (a real crash), False if it finished first."""
    process = subprocess.Popen(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            if condition():
                process.send_signal(signal.SIGKILL)
                process.wait(10)
                return process.returncode == -signal.SIGKILL
            time.sleep(0.005)
        pytest.fail(f"manage.py {' '.join(args)} ran longer than {timeout}s")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        if process.stderr:
            process.stderr.close()


def run(args: list[str], env: dict) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,  # the assertion below shows the output
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def confirm_by_staff(article_id: int, place_id: int) -> int:
    """A curator's decision on the first place name of an article: must survive every run."""
    from tests.ops.corpus import PLACES

    curator = get_user_model().objects.get_or_create(
        username="curator", defaults={"is_staff": True}
    )[0]
    article = Article.objects.get(pk=article_id)
    start, name = min((article.text.index(n), n) for n, *_ in PLACES if n in article.text)
    mention = Mention.objects.create(
        article=article,
        start=start,
        end=start + len(name),
        text=name,
        place_id=place_id,
        status=Mention.Status.CONFIRMED,
        confidence=1.0,
        method="staff",
        decided_by=curator,
    )
    return mention.pk


def span_of(pk: int) -> tuple:
    return Mention.objects.values_list("article__content_hash", "start", "end").get(pk=pk)


def check_partial_run(golden: set[tuple], staff: int) -> None:
    """After a crash: committed batches are complete, uncommitted ones left nothing behind."""
    done = set(
        Article.objects.filter(geocoded_at__isnull=False).values_list("content_hash", flat=True)
    )
    stored = mention_set()
    machine = {m for m in stored if m[:3] != span_of(staff)}
    assert machine <= golden, "a crashed run stored mentions a full run does not"
    assert {m for m in golden if m[0] in done} <= stored, "a geocoded article lost mentions"
    assert all(m[0] in done for m in machine), "mentions of an uncommitted batch survived the crash"
    rows = mention_rows()
    assert len(rows) == len(set(rows)), "duplicate mentions"


def test_it_loses_and_duplicates_no_mention_when_geocoding_is_killed(subprocess_env):
    places = make_places()
    ids = make_articles(600)
    staff = confirm_by_staff(ids[3], places["Erbil"])
    before_staff = staff_snapshot(staff)

    # The reference: one uninterrupted run.
    run(["geocode", "-v", "0"], subprocess_env)
    golden = mention_set()
    assert len(golden) > 1500, "the corpus should produce several mentions per article"
    Mention.objects.exclude(pk=staff).delete()
    Article.objects.update(geocoded_at=None)

    crashes = 0
    for fraction in (0.0, 0.2, 0.45, 0.7, 0.9):
        threshold = max(1, int(len(ids) * fraction))
        crashes += run_until(
            ["geocode", "-v", "0"],
            subprocess_env,
            lambda threshold=threshold: (
                Article.objects.filter(geocoded_at__isnull=False).count() >= threshold
            ),
        )
        check_partial_run(golden, staff)
        assert staff_snapshot(staff) == before_staff
    assert crashes >= 3, (
        f"only {crashes} of 5 runs were killed mid-way; the kill points missed the job"
    )

    run(["geocode", "-v", "0"], subprocess_env)
    assert mention_set() == golden
    assert staff_snapshot(staff) == before_staff
    assert not Article.objects.filter(geocoded_at__isnull=True).exists()


def test_it_loses_and_duplicates_no_article_when_ingest_is_killed(subprocess_env, tmp_path):
    places = make_places()
    n = 300
    folder = tmp_path / "articles"
    write_article_files(folder, n)
    ingest = ["ingest", str(folder), "-v", "0"]

    # A curator already worked on one article (ingested earlier, one place decision made).
    run(["ingest", str(folder / "article-00007.txt"), "--no-process", "-v", "0"], subprocess_env)
    kept = Article.objects.get()
    staff = confirm_by_staff(kept.pk, places["Erbil"])
    before_staff = staff_snapshot(staff)

    # The reference: one uninterrupted run; then back to just the curated article, unprocessed.
    run(ingest, subprocess_env)
    golden_articles = set(Article.objects.values_list("content_hash", "url", "title"))
    golden = mention_set()
    assert len(golden_articles) == n and len(golden) > 600
    Article.objects.exclude(pk=kept.pk).delete()
    Mention.objects.exclude(pk=staff).delete()
    Article.objects.update(geocoded_at=None, extracted_at=None)

    crashes = 0
    kill_points = [
        lambda: Article.objects.count() >= 3,  # while storing
        lambda: Article.objects.count() >= n // 2,
        lambda: Article.objects.filter(geocoded_at__isnull=False).count() >= 40,  # while geocoding
        lambda: (
            Article.objects.filter(extracted_at__isnull=False).count() >= 60
        ),  # while extracting
        lambda: Article.objects.filter(extracted_at__isnull=False).count() >= n - 40,
    ]
    for condition in kill_points:
        crashes += run_until(ingest, subprocess_env, condition)
        hashes = list(Article.objects.values_list("content_hash", flat=True))
        assert len(hashes) == len(set(hashes)) <= n
        assert mention_set() - golden == set(), "a crashed run stored mentions a full run does not"
        assert staff_snapshot(staff) == before_staff
    assert crashes >= 3, f"only {crashes} of {len(kill_points)} runs were killed mid-way"

    run(ingest, subprocess_env)
    assert set(Article.objects.values_list("content_hash", "url", "title")) == golden_articles
    assert pending_counts() == (n, n, n), "a re-run must finish what the killed runs left"
    assert mention_set() == golden
    rows = mention_rows()
    assert len(rows) == len(set(rows)), "duplicate mentions"
    assert staff_snapshot(staff) == before_staff
