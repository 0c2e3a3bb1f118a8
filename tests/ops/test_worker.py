"""Celery workers against a real Redis: `--queue` enqueues, `celery -A conflictmap worker`
does the work, and two workers on the same articles produce exactly one set of mentions."""

from __future__ import annotations

import subprocess
import time
import uuid

import pytest

from articles.models import Article, Feed, Mention
from tests.articles.feed_server import FeedServer, article_body, page_html, rss
from tests.ops.conftest import PYTHON, ROOT
from tests.ops.corpus import (
    make_articles,
    make_places,
    mention_rows,
    mention_set,
    pathological_text,
    write_article_files,
)

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


class Workers:
    def __init__(self, env: dict, log_dir):
        self.env = env
        self.queue = env["CELERY_QUEUE"]
        self.log_dir = log_dir
        self.processes: list[tuple[subprocess.Popen, object]] = []
        self.started = 0  # numbers each worker's log, also after a killed one is dropped

    def start(self, count: int = 1, extra: tuple[str, ...] = ()) -> None:
        for i in range(self.started, self.started + count):
            self.started += 1
            # Closed in stop(): the worker writes to it for the whole test.
            log = open(self.log_dir / f"worker-{i}.log", "w")  # noqa: SIM115
            process = subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "celery",
                    "-A",
                    "conflictmap",
                    "worker",
                    "--pool",
                    "solo",
                    "--loglevel",
                    "INFO",
                    "-Q",
                    self.queue,
                    "-n",
                    f"ops{i}-{self.queue}@%h",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                    *extra,
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            self.processes.append((process, log))

    def logs(self) -> str:
        return "\n".join(p.read_text() for p in sorted(self.log_dir.glob("worker-*.log")))

    def wait_until_idle(self, timeout: float = 180) -> None:
        """Until the queue is empty and no message is being worked on (late acks)."""
        import redis

        client = redis.Redis.from_url(self.env["CELERY_BROKER_URL"])
        deadline = time.monotonic() + timeout
        # A message a worker has just popped is in neither the queue nor "unacked" for a moment:
        # idle only once both stay empty for a second.
        idle_polls = 0
        while time.monotonic() < deadline:
            for process, _ in self.processes:
                assert process.poll() is None, f"a worker died:\n{self.logs()[-3000:]}"
            idle = client.llen(self.queue) == 0 and client.hlen("unacked") == 0
            idle_polls = idle_polls + 1 if idle else 0
            if idle_polls >= 5:
                return
            time.sleep(0.2)
        pytest.fail(f"workers did not drain the queue in {timeout}s:\n{self.logs()[-3000:]}")

    def stop(self) -> None:
        for process, _log in self.processes:
            process.terminate()
        for process, log in self.processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
            log.close()


@pytest.fixture
def workers(redis_url, subprocess_env, tmp_path):
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    env = {
        **subprocess_env,
        "CELERY_BROKER_URL": redis_url,
        "CELERY_QUEUE": f"ops-{uuid.uuid4().hex[:8]}",
    }
    pool = Workers(env, tmp_path)
    yield pool
    pool.stop()


def manage(args: list[str], env: dict) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def reference_mentions(env: dict) -> set[tuple]:
    """The mentions a synchronous `geocode` writes; then forgotten, so the workers start from
    nothing."""
    manage(["geocode", "-v", "0"], env)
    golden = mention_set()
    Mention.objects.all().delete()
    Article.objects.update(geocoded_at=None)
    return golden


def assert_no_task_failed(workers: Workers) -> None:
    logs = workers.logs()
    assert "succeeded" in logs, logs[-3000:]
    for marker in ("raised unexpected", "Traceback", "] ERROR/"):
        assert marker not in logs, logs[-3000:]


def test_it_geocodes_queued_articles_in_a_real_worker(workers, subprocess_env):
    make_places()
    make_articles(100)
    golden = reference_mentions(subprocess_env)

    out = manage(["geocode", "--queue"], workers.env)
    assert "Queued 100 article(s) in 5 task(s)" in out
    # Nothing happens until a worker runs: the command only enqueued.
    assert not Mention.objects.exists()
    workers.start(1)
    workers.wait_until_idle()
    assert not Article.objects.filter(geocoded_at__isnull=True).exists()
    assert mention_set() == golden
    assert_no_task_failed(workers)


def test_it_ingests_and_processes_queued_files_with_two_workers(workers, subprocess_env, tmp_path):
    make_places()
    folder = tmp_path / "incoming"
    write_article_files(folder, 60)
    workers.start(2)
    out = manage(["ingest", str(folder), "--queue"], workers.env)
    assert "Queued 60 file(s) in 3 task(s)" in out
    workers.wait_until_idle()
    assert Article.objects.count() == 60
    unextracted = list(
        Article.objects.filter(extracted_at__isnull=True).values_list(
            "title", "processing_status", "processing_error"
        )
    )
    assert not unextracted, f"{unextracted}\n{workers.logs()[-3000:]}"
    assert not Article.objects.filter(geocoded_at__isnull=True).exists()
    assert Mention.objects.count() > 120
    rows = mention_rows()
    assert len(rows) == len(set(rows))
    assert_no_task_failed(workers)


def test_it_writes_no_duplicates_when_two_workers_geocode_the_same_articles(
    workers, subprocess_env
):
    make_places()
    make_articles(120)
    golden = reference_mentions(subprocess_env)

    workers.start(2)
    # `--all` re-geocodes even finished articles, so every batch is queued three times over and
    # both workers hit the same articles at the same moment.
    for _ in range(3):
        manage(["geocode", "--all", "--queue"], workers.env)
    workers.wait_until_idle()
    rows = mention_rows()
    assert len(rows) == len(set(rows)) == len(golden)
    assert mention_set() == golden
    assert not Article.objects.filter(geocoded_at__isnull=True).exists()
    assert_no_task_failed(workers)
    # Both workers took part.
    logs = [p.read_text() for p in sorted(workers.log_dir.glob("worker-*.log"))]
    assert all("succeeded" in log for log in logs)


def test_it_refuses_to_queue_without_a_broker(subprocess_env):
    result = subprocess.run(
        [PYTHON, "manage.py", "geocode", "--queue"],
        cwd=ROOT,
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "--queue needs a broker: set CELERY_BROKER_URL" in result.stderr


def test_it_finishes_the_work_of_a_worker_killed_mid_task(workers, subprocess_env, tmp_path):
    """SIGKILL a worker while it geocodes: its unacknowledged task comes back after the visibility
    timeout (or, had the kill caught a message between queue and "unacked", the sweep sends its
    articles again), a second worker finishes it, and nothing is lost or written twice."""
    import os
    import signal

    make_places()
    make_articles(600)
    golden = reference_mentions(subprocess_env)

    workers.env["CELERY_VISIBILITY_TIMEOUT"] = "3"
    manage(["geocode", "--queue"], workers.env)
    workers.start(1)
    victim, log = workers.processes[0]
    deadline = time.monotonic() + 120
    while not Mention.objects.exists():
        assert time.monotonic() < deadline, workers.logs()[-3000:]
        time.sleep(0.02)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(10)
    log.close()
    workers.processes.remove((victim, log))
    done_at_kill = Article.objects.filter(geocoded_at__isnull=False).count()
    assert done_at_kill < 600, "the worker finished before it was killed; the test proved nothing"

    # Celery beat sends again what the broker may have lost in the kill (articles/queueing.py).
    workers.env["STALLED_SWEEP_SECONDS"] = "1"
    workers.start(1, extra=("--beat", "--schedule", str(tmp_path / "beat-schedule")))
    todo = Article.objects.filter(geocoded_at__isnull=True)
    wait_for(lambda: not todo.exists(), "every article geocoded", workers, timeout=90)
    workers.wait_until_idle(timeout=60)
    unfinished = list(
        Article.objects.filter(geocoded_at__isnull=True).values_list(
            "pk", "processing_status", "processing_attempts", "processing_error"
        )
    )
    assert not unfinished, (
        f"{len(unfinished)} not geocoded: {unfinished[:5]}\n{workers.logs()[-4000:]}"
    )
    rows = mention_rows()
    assert len(rows) == len(set(rows)) == len(golden)
    assert mention_set() == golden


def test_it_sends_again_articles_whose_queued_message_the_broker_lost(
    workers, subprocess_env, tmp_path
):
    """Messages that vanish from Redis (a worker killed between taking a message and recording it
    as unacknowledged) are not waited for forever: once the queue is empty, beat's sweep queues
    the articles still not done again, and they are geocoded exactly once."""
    import redis

    make_places()
    make_articles(60)
    golden = reference_mentions(subprocess_env)
    workers.env["CELERY_VISIBILITY_TIMEOUT"] = "2"
    workers.env["STALLED_SWEEP_SECONDS"] = "1"
    out = manage(["geocode", "--queue"], workers.env)
    assert "Queued 60 article(s) in 3 task(s)" in out
    client = redis.Redis.from_url(workers.env["CELERY_BROKER_URL"])
    lost = client.lpop(workers.queue)  # one batch of twenty lost, two still queued
    assert lost and client.llen(workers.queue) == 2

    workers.start(1, extra=("--beat", "--schedule", str(tmp_path / "beat-schedule")))
    todo = Article.objects.filter(geocoded_at__isnull=True)
    wait_for(lambda: not todo.exists(), "the lost batch geocoded", workers, timeout=90)
    workers.wait_until_idle(timeout=60)
    rows = mention_rows()
    assert len(rows) == len(set(rows)) == len(golden)
    assert mention_set() == golden
    assert "articles.requeue_stalled" in workers.logs()
    assert_no_task_failed(workers)


def test_a_poison_article_fails_in_the_worker_and_later_work_goes_through(
    workers, subprocess_env, tmp_path
):
    """A pathological article runs out of its time budget inside a real worker (the alarm works in
    the worker process), is marked failed with nothing stored, and neither the files queued with it
    nor those queued later wait behind it; a redelivered or later batch does not retry it."""
    make_places()
    workers.env["ARTICLE_PROCESS_TIME_LIMIT_SECONDS"] = "3"
    folder = tmp_path / "incoming"
    write_article_files(folder, 4)
    (folder / "article-00002-poison.txt").write_text(
        "Title: Wall of names\nDate: 2016-11-06\nURL: https://example.org/ops/poison\n\n"
        + pathological_text(1_200_000),
        encoding="utf-8",
    )
    workers.start(1)
    manage(["ingest", str(folder), "--queue"], workers.env)
    workers.wait_until_idle()
    poison = Article.objects.get(url="https://example.org/ops/poison")
    assert poison.processing_status == Article.ProcessingStatus.FAILED, workers.logs()[-3000:]
    assert "time budget of 3 s" in poison.processing_error and poison.processing_attempts == 1
    assert not Mention.objects.filter(article=poison).exists() and poison.geocoded_at is None
    others = Article.objects.exclude(pk=poison.pk)
    assert others.count() == 4
    assert set(others.values_list("processing_status", flat=True)) == {
        Article.ProcessingStatus.PROCESSED
    }

    later = tmp_path / "later"
    write_article_files(later, 6)  # four duplicates and two new files
    manage(["ingest", str(later), "--queue"], workers.env)
    workers.wait_until_idle()
    assert Article.objects.filter(processing_status=Article.ProcessingStatus.PROCESSED).count() == 6
    poison.refresh_from_db()
    assert (poison.processing_status, poison.processing_attempts) == (
        Article.ProcessingStatus.FAILED,
        1,
    )
    logs = workers.logs()
    assert "succeeded" in logs and "raised unexpected" not in logs, logs[-3000:]


def wait_for(condition, what: str, workers: Workers, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"no {what} after {timeout}s:\n{workers.logs()[-3000:]}"
        time.sleep(0.2)


def test_beat_polls_each_due_feed_once_per_interval(workers, tmp_path):
    """A worker with embedded Celery beat (-B) ticking every second polls the enabled feed once,
    processes its articles, leaves it alone until its interval has run out, then polls it again;
    a disabled feed is never fetched."""
    make_places()
    server = FeedServer()
    try:
        items = []
        for i in (1, 2):  # dated by the page: the items carry no date
            title, body = article_body(i)
            server.add(f"/news/{i}.html", page_html(title, body, published="2024-05-14"))
            items.append((title, server.url(f"/news/{i}.html"), None))
        server.add("/feed.xml", rss(items), "application/rss+xml")
        server.add("/off.xml", rss(items), "application/rss+xml")
        feed = Feed.objects.create(url=server.url("/feed.xml"), outlet="Beat", language="en")
        Feed.objects.create(url=server.url("/off.xml"), outlet="Off", enabled=False)

        workers.env["FEED_POLL_TICK_SECONDS"] = "1"
        workers.start(1, extra=("--beat", "--schedule", str(tmp_path / "beat-schedule")))
        processed = Article.objects.filter(processing_status=Article.ProcessingStatus.PROCESSED)
        wait_for(lambda: processed.count() == 2, "processed feed articles", workers)
        feed.refresh_from_db()
        assert (feed.last_items_taken, feed.items_taken_total, feed.last_errors) == (2, 2, [])
        assert Mention.objects.filter(article__in=processed).exists()

        time.sleep(3)  # three more ticks: the hour-long interval has not run out
        assert server.requests["/feed.xml"] == 1 and server.requests["/off.xml"] == 0
        Feed.objects.filter(pk=feed.pk).update(next_poll_at=feed.last_polled_at)
        wait_for(lambda: server.requests["/feed.xml"] == 2, "second poll", workers)
        wait_for(
            lambda: Feed.objects.get(pk=feed.pk).next_poll_at > feed.next_poll_at,
            "second poll recorded",
            workers,
        )
        assert Article.objects.count() == 2 and server.requests["/news/1.html"] == 1
        assert_no_task_failed(workers)
    finally:
        server.close()
