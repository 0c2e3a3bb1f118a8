"""The apps depend on each other one way only, so each can be read (and tested) from the bottom up.

Layers, lowest first; a module may import its own layer and the layers below it, never above:

0. site infrastructure: `conflictmap` (the package, which loads the Celery app),
   `conflictmap.settings`, `conflictmap.celery`, `conflictmap.jobs` (batching, claiming,
   enqueueing tasks *by name*), `conflictmap.textfiles`, `conflictmap.links`, `conflictmap.bbox`
   (backend-specific bbox query plans), `conflictmap.management.output`, `conflictmap.progress`
   (progress bars and lines). These import no app module, so every app may use them;
1. `places`: gazetteer, names, geoparser (text in, toponyms out), place curation and place
   import/export. What it needs from articles (stop phrases from actor and campaign names) is
   registered from ArticlesConfig.ready() through a hook (places.geoparser.register_stop_phrases);
2. `articles`: ingest, geocoding (stores Mention rows), extraction, the review queue, layer
   import/export, and all the Celery tasks;
3. the site: the rest of `conflictmap` (URLs, views, map, API, export), on top of both apps.

Every import counts, also those inside functions (a lazy import is still a dependency). Because each
edge points down, there is no import cycle between the layers.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INFRASTRUCTURE = (
    "conflictmap.settings",
    "conflictmap.celery",
    "conflictmap.jobs",
    "conflictmap.textfiles",
    "conflictmap.links",
    "conflictmap.bbox",
    "conflictmap.management.output",
    "conflictmap.progress",
)
# Packages whose __init__ belongs to the infrastructure (not the modules inside them).
INFRASTRUCTURE_PACKAGES = ("conflictmap", "conflictmap.management")
LAYERS = {"infrastructure": 0, "places": 1, "articles": 2, "site": 3}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> str | None:
    """The layer of a project module (by dotted name), None for anything else (stdlib,
    Django...).
    """
    top = module.split(".")[0]
    if top in ("places", "articles"):
        return top
    if top != "conflictmap":
        return None
    infra = module in INFRASTRUCTURE_PACKAGES or any(
        module == m or module.startswith(f"{m}.") for m in INFRASTRUCTURE
    )
    return "infrastructure" if infra else "site"


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports; `from a import b` counts as a and as a.b (b may be a module)."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = (
                ".".join([*package[: len(package) - node.level + 1], node.module or ""]).strip(".")
                if node.level
                else node.module
            )
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def project_modules() -> list[Path]:
    return sorted(
        p for app in ("places", "articles", "conflictmap") for p in (ROOT / app).rglob("*.py")
    )


def test_it_finds_the_modules_and_their_imports():
    """The walk itself works: it sees lazy imports inside functions, across every app."""
    modules = {module_name(p): imported_modules(p) for p in project_modules()}
    assert len(modules) > 60
    assert "articles.geocoding" in modules["articles.pipeline"]
    assert "places.geoparser.register_stop_phrases" in modules["articles.apps"]  # inside ready()
    assert layer("conflictmap.jobs") == "infrastructure" and layer("conflictmap.api") == "site"


def dependency_violations() -> list[str]:
    violations = []
    for path in project_modules():
        importer = module_name(path)
        for imported in sorted(imported_modules(path)):
            target = layer(imported)
            if target is not None and LAYERS[target] > LAYERS[layer(importer)]:
                violations.append(f"{importer} ({layer(importer)}) imports {imported} ({target})")
    return violations


def test_every_import_points_down_the_layers():
    assert dependency_violations() == []


def test_places_imports_nothing_from_articles():
    offending = [
        f"{module_name(p)}: {m}"
        for p in sorted((ROOT / "places").rglob("*.py"))
        for m in imported_modules(p)
        if m == "articles" or m.startswith("articles.")
    ]
    assert offending == []


def test_no_module_imports_the_tasks_of_another_app():
    """Jobs are enqueued by task name, so only the tasks module itself knows its functions."""
    importers = [
        module_name(p)
        for p in project_modules()
        if any(
            m == "articles.tasks" or m.startswith("articles.tasks.") for m in imported_modules(p)
        )
    ]
    assert [m for m in importers if not m.startswith("articles.")] == []
