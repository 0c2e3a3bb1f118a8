"""Train the learned chooser of campaign start dates (articles/extraction/campaign_date_choice.py)
on the annotated articles and write its weights; with --cv, estimate it on each development folder
left out of training."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.extraction import SEED_ACTORS, ActorDictionary
from articles.extraction.campaign_date_choice import WEIGHTS
from articles.extraction.campaign_date_training import (
    PENALTY,
    cross_validate,
    load_cases,
    model_json,
    train,
)
from articles.extraction.evaluation import DEV_FOLDERS, Score
from articles.management.commands._training_options import add_folder_options

# Margins --cv compares besides --margin.
CV_MARGINS = (0.0, 0.1, 0.2, 0.3, 0.35, 0.4, 0.5)


class Command(BaseCommand):
    help = (
        "Fit the chooser of campaign start dates on annotated articles (extracted with the "
        "shipped role ranker and the chooser off, on the geoparser's places) and write its "
        "weights; --cv instead scores, per training folder, a model trained without it."
    )
    requires_system_checks: list = []

    def add_arguments(self, parser):
        add_folder_options(parser, WEIGHTS)
        parser.add_argument(
            "--cv",
            action="store_true",
            help="leave each training folder out in turn and score it (campaign_dates F1 and the "
            "share of matched campaigns dated right, rules alone → with the model, per margin), "
            "write nothing",
        )
        parser.add_argument(
            "--held",
            action="append",
            default=[],
            metavar="FOLDER",
            help="with --cv, the folders left out in turn (repeatable; default every --train "
            "folder); each is scored by a model trained on all the other --train folders",
        )
        parser.add_argument("--penalty", type=float, default=PENALTY, help="L2 weight")
        parser.add_argument(
            "--margin",
            type=float,
            default=0.4,
            help="another candidate replaces the rules' date when its probability exceeds the "
            "rules' by more than this (leave-one-folder-out over heldout20…37, trained on the "
            "rest of heldout10…37: rules 0.536, 0.2 0.530, 0.3 0.540, 0.4 0.539, 0.5 0.539; "
            "under 0.4 a regression-set campaign took its war's start, at 0.4 none changed)",
        )
        parser.add_argument(
            "--cache",
            type=Path,
            help="a file of extracted cases: read when it exists, else written (while iterating "
            "on features; delete it when extraction changes)",
        )
        parser.add_argument(
            "--no-places",
            action="store_true",
            help="extract on the rule stages' own places instead of the geoparser's",
        )

    def handle(self, *args, **options):
        gold = options["gold"]
        if not gold.is_dir():
            raise CommandError(f"{gold} is not a folder")
        folders = tuple(options["train"]) or DEV_FOLDERS
        exclude = tuple(options["exclude"])
        if set(folders) & set(exclude):
            raise CommandError("a folder cannot be both trained on and excluded")
        geoparser = None
        if not options["no_places"]:
            from articles.management.commands.extract import load_geoparser

            geoparser = load_geoparser()
            if geoparser is None:
                raise CommandError("the geoparser needs the gazetteer; or pass --no-places")
        dictionary = ActorDictionary.from_fixture(SEED_ACTORS)
        cases = load_cases(gold, dictionary, exclude, folders, geoparser, options["cache"])
        if options["cv"]:
            held = list(options["held"]) or list(folders)
            self._cv(cases, held, options["penalty"], options["margin"])
            return
        model = train(cases, options["penalty"], options["margin"])
        command = "manage.py train_campaign_dates " + " ".join(
            [f"--train {f}" for f in folders]
            + [f"--exclude {e}" for e in exclude]
            + [f"--penalty {options['penalty']}", f"--margin {options['margin']}"]
            + (["--no-places"] if options["no_places"] else [])
        )
        options["output"].write_text(
            json.dumps(model_json(model, command, list(folders)), indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        self.stdout.write(f"{len(cases)} articles → {options['output']}")

    def _cv(self, cases, folders, penalty, margin) -> None:
        margins = sorted({margin, *CV_MARGINS})
        rows = cross_validate(cases, folders, penalty, margins)
        self.stdout.write(
            f"{'folder':<12}{'dates F1':>18}{'matched right':>22}   (margin {margin})"
        )
        pooled = {m: (Score(), Score()) for m in [None, *margins]}
        for folder, rules, learned in rows:
            for m, report in [(None, rules), *zip(margins, learned, strict=True)]:
                for into, kind in zip(pooled[m], ("campaign_dates", "matched_dates"), strict=True):
                    s = report.scores[kind]
                    into.tp, into.fp, into.fn = into.tp + s.tp, into.fp + s.fp, into.fn + s.fn
            dates = rules.scores["campaign_dates"], learned[margins.index(margin)].scores
            self.stdout.write(
                f"{folder:<12}{dates[0].f1:>10.3f} → {dates[1]['campaign_dates'].f1:.3f}"
                f"{rules.scores['matched_dates'].recall:>14.3f} → "
                f"{dates[1]['matched_dates'].recall:.3f}"
            )
        for m in [None, *margins]:
            dates, right = pooled[m]
            label = "rules" if m is None else f"margin {m}"
            self.stdout.write(
                f"pooled {label:<12} dates F1 {dates.f1:.3f} ({dates.tp}/{dates.fp}/{dates.fn}), "
                f"matched right {right.recall:.3f} ({right.tp}/{right.tp + right.fn})"
            )
