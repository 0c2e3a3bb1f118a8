"""Template injection through `manage.py export_map`.

The export renders with folium, i.e. Jinja. Article text, titles, outlets, URLs, quotes,
speakers, roles, actor, place, campaign and front-line names come from untrusted feeds; each
holds every payload of tests/ops/template_payloads.py (88: Jinja, Django, JS template literals,
other engines, quote and </script> breakouts). The export must show each one as the same text,
run nothing (no file appears in the canary directory, no `id` output), never crash, and write
an HTML document whose only elements are the ones the export itself writes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import Actor, Article, Campaign, CampaignSource, FrontLine, Statement
from places.models import Place
from tests.ops.conftest import PYTHON, ROOT
from tests.ops.template_payloads import COMMAND_OUTPUT, payloads
from tests.ops.test_xss_browser import FIND_INJECTED
from tests.ops.world import build_world

# Every element the exported page itself is made of; a payload turned into markup adds others.
EXPORT_ELEMENTS = {"html", "head", "title", "meta", "style", "script", "body", "div"}


@pytest.fixture
def canary():
    """An empty directory the payloads try to write into (short, absolute, under /tmp)."""
    path = Path(tempfile.mkdtemp(prefix="cm-canary-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def plant(payload: str, n: int) -> None:
    """One article with the payload in every text field that reaches the export."""
    row = build_world(payload, n=n)
    Article.objects.filter(pk=row["article"].pk).update(
        outlet=f"{payload} outlet", url=f"https://example.org/{n}?q={payload}"
    )


def exported_texts() -> set[str]:
    """Every stored text the export shows, read back from the database."""
    texts = set(Place.objects.values_list("name", flat=True))
    texts |= set(Actor.objects.values_list("name", flat=True))
    texts |= set(Campaign.objects.values_list("name", flat=True))
    for row in FrontLine.objects.values_list("name", "source_note"):
        texts |= set(row)
    for row in Statement.objects.values_list("quote", "speaker_name", "speaker_role"):
        texts |= set(row)
    for row in Article.objects.values_list("title", "outlet", "url"):
        texts |= set(row)
    texts |= {source.sentence for source in CampaignSource.objects.select_related("article")}
    return {t for t in texts if t}


class ExportedPage(HTMLParser):
    """Element names, and the text of each script element with its type."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: set[str] = set()
        self.scripts: list[tuple[str, str]] = []
        self._script_type: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.add(tag)
        if tag == "script":
            self._script_type = dict(attrs).get("type") or "text/javascript"
            self.scripts.append((self._script_type, ""))

    def handle_data(self, data):
        if self._script_type is not None:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script_type = None

    def data_strings(self) -> set[str]:
        """Every string inside the JSON data blocks."""
        found: set[str] = set()

        def walk(value):
            if isinstance(value, str):
                found.add(value)
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        for kind, text in self.scripts:
            if kind == "application/json":
                walk(json.loads(text))
        return found


def assert_inert(html: str, canary: Path, texts: set[str]) -> None:
    assert sorted(p.name for p in canary.iterdir()) == [], (
        "a payload ran and wrote into the canary directory"
    )
    assert COMMAND_OUTPUT not in html, "a payload ran `id`"
    page = ExportedPage(html)
    assert page.elements <= EXPORT_ELEMENTS, (
        f"payload markup in the page: {page.elements - EXPORT_ELEMENTS}"
    )
    shown = page.data_strings()
    missing = sorted(t for t in texts if t not in shown)
    assert not missing, f"{len(missing)} stored texts not shown verbatim, e.g. {missing[:5]}"
    for kind, code in page.scripts:
        if kind != "application/json":
            assert "__tpl" not in code and "alert(1)" not in code and "touch " not in code, (
                "payload text inside executable script"
            )


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_the_export_command_shows_every_payload_as_text_and_runs_none(
    tmp_path, canary, subprocess_env
):
    corpus = payloads(canary)
    for n, payload in enumerate(corpus):
        plant(payload, n)
    texts = exported_texts()
    assert all(any(p in t for t in texts) for p in corpus)
    out = tmp_path / "map.html"
    # Run from the canary directory, so relative paths in a payload would land there too.
    result = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), "export_map", str(out)],
        check=False,
        cwd=canary,
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert f"{len(corpus)} statements" in result.stdout
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert_inert(html, canary, texts)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "template",
    [
        "{{ 7*7 }}",
        "{{ cycler.__init__.__globals__.os.system('touch CANARY/cycler') }}",
        "{% debug %}",
        "{{ x|nosuchfilter }}",
        "${7*7}",
        "</script><script>window.__tpl=1</script>",
        '<script src="conflictmap-inline:export.js"></script> conflictmap-inline:',
    ],
)
def test_each_kind_of_payload_alone_stays_text(tmp_path, canary, template, monkeypatch):
    monkeypatch.chdir(canary)
    plant(template.replace("CANARY", str(canary)), 0)
    out = tmp_path / "map.html"
    call_command("export_map", str(out), verbosity=0)
    assert_inert(out.read_text(encoding="utf-8"), canary, exported_texts())


# Text of every popup and tooltip bound on the exported map (popups are DOM nodes built by
# export.js).
BOUND_TEXTS = """() => {
  const map = Object.values(window).find((value) => value instanceof L.Map);
  const texts = [];
  // Content is a string, an element, or a function building it for its layer (lazy popups).
  const text = (content, layer) => {
    if (typeof content === 'function') return text(content(layer), layer);
    return typeof content === 'string' ? content : (content && content.textContent) || '';
  };
  map.eachLayer((layer) => {
    if (layer.getPopup && layer.getPopup()) texts.push(text(layer.getPopup().getContent(), layer));
    if (layer.getTooltip && layer.getTooltip()) {
      texts.push(text(layer.getTooltip().getContent(), layer));
    }
  });
  return texts;
}"""


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.django_db
def test_the_exported_map_shows_every_payload_in_its_popups_and_runs_none(tmp_path, canary, page):
    corpus = payloads(canary)
    for n, payload in enumerate(corpus):
        plant(payload, n)
    out = tmp_path / "map.html"
    call_command("export_map", str(out), verbosity=0)
    dialogs, requested = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith("file:")
            else (requested.append(route.request.url), route.abort())
        ),
    )
    page.goto(out.as_uri())
    page.wait_for_selector(".cm-statement")
    page.locator(".cm-statement").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    opened = popup.evaluate("node => node.textContent")
    assert any(f"{payload} will fall" in opened for payload in corpus), opened

    assert (dialogs, requested, page.script_errors) == ([], [], [])
    assert page.evaluate("window.__tpl === undefined && window.__xss === undefined")
    assert page.evaluate(FIND_INJECTED)["bad"] == []
    bound = "\n".join(page.evaluate(BOUND_TEXTS))
    for n, payload in enumerate(corpus):
        for text in (
            f"{payload} will fall",
            f"{payload} speaker",
            f"{payload} role",
            f"{payload} offensive {n}",
            f"{payload} line {n}",
            f"{payload} source",
            f"{payload} #{n}",
            f"{payload} outlet",
        ):
            assert text in bound, f"{text!r} is not shown as text on the exported map"
    assert sorted(p.name for p in canary.iterdir()) == []
