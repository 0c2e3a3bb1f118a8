"""Precision, recall and F1 of extraction per kind over the hand-annotated gold set."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.extraction import SEED_ACTORS, ActorDictionary, default_dictionary
from articles.extraction.evaluation import (
    FIRST_BATCH,
    GOLD_DIR,
    KINDS,
    actor_key_for,
    batch_number,
    control_disagreements,
    evaluate,
    role_key,
)
from places.evaluation import reliability_rows


class Command(BaseCommand):
    help = (
        "Score extraction (actors, statements with speaker/role/actor, campaigns with attackers, "
        "targets and dates) against the annotated articles in tests/gold/ and print precision, "
        "recall and F1."
    )
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--gold", type=Path, default=GOLD_DIR, help="folder of NN-slug.txt + NN-slug.json"
        )
        parser.add_argument(
            "--actors",
            choices=("fixture", "db"),
            default="fixture",
            help="actor dictionary: the seed fixture (reproducible, default) or the database",
        )
        parser.add_argument(
            "--places",
            action="store_true",
            help="resolve campaign targets with the geoparser and score place accuracy on "
            "the articles whose annotation lists places (needs the gazetteer loaded)",
        )
        parser.add_argument(
            "--show-errors", action="store_true", help="print each disagreement with the gold"
        )
        parser.add_argument("--json", action="store_true", help="print the scores as JSON")
        parser.add_argument(
            "--forces-as-state",
            action="store_true",
            help="count a state's national armed forces and the state as one actor when "
            "comparing sides (a looser view reported beside the strict default)",
        )
        parser.add_argument(
            "--exclude",
            action="append",
            default=[],
            metavar="FOLDER",
            help="skip a sub-folder of --gold (repeatable); the regression set is tests/gold "
            "without the batches written for the newest measurements",
        )
        parser.add_argument(
            "--regression-set",
            action="store_true",
            help="score only the regression set: skip every batch folder from heldout10 on "
            "(each was written to judge one round of rules and is development data or blind)",
        )

    def handle(self, *args, **options):
        if not options["gold"].is_dir():
            raise CommandError(f"{options['gold']} is not a folder")
        dictionary = (
            ActorDictionary.from_fixture(SEED_ACTORS)
            if options["actors"] == "fixture"
            else default_dictionary()
        )
        geoparser = None
        if options["places"]:
            from articles.management.commands.extract import load_geoparser

            geoparser = load_geoparser()
            if geoparser is None:
                raise CommandError(
                    "--places needs the gazetteer: run `manage.py bootstrap_data` first"
                )
        show = options["show_errors"]

        self._actor_key = actor_key_for(dictionary, forces_as_state=options["forces_as_state"])

        def on_article(name: str, data: dict, gold: dict) -> None:
            if show:
                self._show_errors(name, data, gold)

        report = evaluate(
            options["gold"],
            dictionary=dictionary,
            geoparser=geoparser,
            on_article=on_article,
            exclude=tuple(options["exclude"]) + self._batches(options),
            actor_key=self._actor_key,
        )
        for error in report.errors:
            self.stderr.write(self.style.ERROR(error))
        if options["json"]:
            scores = {
                k: {
                    "precision": round(s.precision, 3),
                    "recall": round(s.recall, 3),
                    "f1": round(s.f1, 3),
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                }
                for k, s in report.scores.items()
            }
            if report.places.gold:
                scores["places"] = self._place_json(report.places)
            self.stdout.write(json.dumps(scores, indent=1))
            return
        self.stdout.write(f"{report.articles} articles, {report.chars:,} characters")
        self.stdout.write(f"{'kind':<20} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
        for kind in KINDS:
            s = report.scores[kind]
            line = (
                f"{kind:<20} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp}/{s.fp}/{s.fn}"
            )
            self.stdout.write(self.style.SUCCESS(line) if s.f1 >= 0.9 else self.style.WARNING(line))
        if report.places.gold:
            self._write_places(report.places, show)

    @staticmethod
    def _batches(options) -> tuple[str, ...]:
        """With --regression-set, the batch folders of --gold to skip."""
        if not options["regression_set"]:
            return ()
        return tuple(
            folder.name
            for folder in options["gold"].iterdir()
            if folder.is_dir() and (number := batch_number(folder.name)) and number >= FIRST_BATCH
        )

    @staticmethod
    def _place_json(score) -> dict:
        return {
            "accuracy": round(score.accuracy, 3),
            "precision": round(score.precision, 3),
            "gold": score.gold,
            "found": score.found,
            "right": score.right,
            "confident_wrong": score.confident_wrong,
            "confident_spurious": score.confident_spurious,
            "reliability": [
                {"confidence": label, "readings": n, "right": round(share, 3) if n else None}
                for label, n, share in reliability_rows(score)
            ],
        }

    def _write_places(self, score, show: bool) -> None:
        if show:
            for error in score.errors:
                self.stdout.write(error)
        self.stdout.write(
            f"places: accuracy {score.accuracy:.3f} ({score.right}/{score.gold} gold places "
            f"right within 161 km and country; {score.found} found), precision "
            f"{score.precision:.3f}; confidence >= 0.9 and wrong: {score.confident_wrong} "
            f"in the wrong place, {score.confident_spurious} not a gold place"
        )
        self.stdout.write("confidence   readings  share right")
        for label, n, share in reliability_rows(score):
            self.stdout.write(f"{label:<12} {n:>8}  {share:.3f}" if n else f"{label:<12} {n:>8}  -")

    def _show_errors(self, name: str, data: dict, gold: dict) -> None:
        key = self._actor_key  # as the scorer compares them: by identity
        predicted_actors = {a["name"] for a in data["actors"]}
        predicted_keys = {key(a) for a in predicted_actors}
        gold_keys = {key(a) for a in gold["actors"]}
        for missing in sorted(a for a in gold["actors"] if key(a) not in predicted_keys):
            self.stdout.write(f"{name}: actor missed: {missing}")
        for extra in sorted(a for a in predicted_actors if key(a) not in gold_keys):
            mentions = next(a["mentions"] for a in data["actors"] if a["name"] == extra)
            self.stdout.write(f"{name}: actor extra: {extra} {[m['text'] for m in mentions]}")
        for g in gold["statements"]:
            p = next(
                (
                    s
                    for s in data["statements"]
                    if " ".join(s["quote"].split())
                    .casefold()
                    .startswith(" ".join(g["quote"].split()).casefold())
                ),
                None,
            )
            if p is None:
                self.stdout.write(f"{name}: statement missed: {g['quote'][:50]!r}")
            elif (p["speaker"], role_key(p["role"]), p["actor"]) != (
                g["speaker"],
                role_key(g["role"]),
                g["actor"],
            ):
                self.stdout.write(
                    f"{name}: statement {g['quote'][:30]!r}: got {p['speaker']!r}/{p['role']!r}/"
                    f"{p['actor']!r}, gold {g['speaker']!r}/{g['role']!r}/{g['actor']!r}"
                )
        gold_quotes = [" ".join(g["quote"].split()).casefold() for g in gold["statements"]]
        for p in data["statements"]:
            if not any(" ".join(p["quote"].split()).casefold().startswith(q) for q in gold_quotes):
                self.stdout.write(f"{name}: statement extra: {p['quote'][:50]!r}")
        self.stdout.write(f"{name}: campaigns got {_campaign_rows(data)}")
        self.stdout.write(f"{name}: campaigns gold {_campaign_rows(gold)}")
        for label, article in (("got", data), ("gold", gold)):
            for row in _control_rows(article):
                self.stdout.write(f"{name}: control {label} {row}")
        # Parsed by census scripts: "<article>: control-diff <label> <JSON>" (evaluation.py)
        for line in control_disagreements(data, gold, key):
            self.stdout.write(f"{name}: control-diff {line}")


def _campaign_rows(article: dict) -> list[tuple]:
    """The fields of each campaign that --show-errors compares, one tuple per campaign."""
    fields = ("name", "actors", "targets", "started_on", "date_precision")
    return [tuple(c[f] for f in fields) for c in article["campaigns"]]


def _control_rows(article: dict) -> list[tuple]:
    """Each control observation as --show-errors prints it."""
    fields = ("place", "side", "event", "kind", "claimant", "date", "date_precision")
    return [tuple(c.get(f) for f in fields) for c in article.get("control", [])]
