"""Train the campaign role ranker (articles/extraction/campaign_roles.py) on the annotated articles
and write its weights; with --cv, estimate it on each development folder left out of training."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from articles.extraction import SEED_ACTORS, ActorDictionary
from articles.extraction.campaign_role_training import (
    PENALTY,
    cross_validate,
    load_cases,
    model_json,
    train,
)
from articles.extraction.campaign_roles import WEIGHTS
from articles.extraction.evaluation import DEV_FOLDERS, actor_key_for
from articles.management.commands._training_options import add_folder_options

KINDS = ("campaigns", "campaign_attackers", "campaign_targets", "matched_attackers")


class Command(BaseCommand):
    help = (
        "Fit the campaign attacker and target ranker on annotated articles (the seed actor "
        "fixture, as evaluate_extraction uses) and write its weights; --cv instead scores, per "
        "training folder, a model trained without it."
    )
    requires_system_checks: list = []

    def add_arguments(self, parser):
        add_folder_options(parser, WEIGHTS)
        parser.add_argument(
            "--cv",
            action="store_true",
            help="leave each training folder out in turn and score it (F1 of the rules alone → "
            "with the model; matched_attackers: the attackers of matched campaigns alone), write "
            "nothing",
        )
        parser.add_argument(
            "--places",
            action="store_true",
            help="the gate learns from the articles extracted on the geoparser's places (the "
            "candidates it meets in ingest and in evaluate_extraction --places), and --cv scores "
            "on them; the roles still learn from the rule stages' own places",
        )
        parser.add_argument("--penalty", type=float, default=PENALTY, help="L2 weight")
        parser.add_argument(
            "--drop",
            type=float,
            default=0.4,
            help="a side the rules chose goes below this (leave-one-folder-out over heldout10…17 "
            "chose 0.4 over 0.2 once the article-wide deeds were features)",
        )
        parser.add_argument(
            "--add",
            type=float,
            default=0.5,
            help="another side joins from this (leave-one-folder-out over heldout20…37 with "
            "--places and the deed balance cues: attackers pooled 0.501 at 0.5, 0.489 at 0.6, "
            "0.500 at 0.45)",
        )
        parser.add_argument(
            "--add-target",
            type=float,
            default=0.5,
            help="another place joins from this (1.0: never; leave-one-folder-out over "
            "heldout20…37 with --places: targets pooled 0.521 at 1.0, 0.524 at 0.6, 0.527 at 0.5, "
            "0.526 at 0.45)",
        )
        parser.add_argument(
            "--admit",
            type=float,
            default=0.4,
            help="an attacked place no campaign targets becomes one from this (campaign_gate; "
            "1.0: never; leave-one-folder-out over heldout20…39 with --places, the scene "
            "features and no headline/lead filter: campaigns pooled 0.715 at 0.35, 0.717 at "
            "0.375, 0.718 at 0.4)",
        )
        parser.add_argument(
            "--admit-first",
            type=float,
            default=0.3,
            help="the article's likeliest gate candidate becomes a campaign from this "
            "(leave-one-folder-out, study_campaign_gate: campaigns pooled heldout45…54 0.629 "
            "at 0.4, 0.646 at 0.3; heldout39…44 0.648, 0.650)",
        )
        parser.add_argument(
            "--fill",
            type=float,
            default=0.25,
            help="a campaign the rules gave no attacker gets the likeliest side from this "
            "(leave-one-folder-out over heldout10…20: 0.25 gained on heldout20, 0.15 lost on four)",
        )

    def handle(self, *args, **options):
        gold = options["gold"]
        if not gold.is_dir():
            raise CommandError(f"{gold} is not a folder")
        folders = tuple(options["train"]) or DEV_FOLDERS
        exclude = tuple(options["exclude"])
        if set(folders) & set(exclude):
            raise CommandError("a folder cannot be both trained on and excluded")
        thresholds = {
            k: options[k]
            for k in ("penalty", "drop", "add", "add_target", "fill", "admit", "admit_first")
        }
        geoparser = None
        if options["places"]:
            from articles.management.commands.extract import load_geoparser

            geoparser = load_geoparser()
            if geoparser is None:
                raise CommandError("--places needs the gazetteer (manage.py load_gazetteer)")
        dictionary = ActorDictionary.from_fixture(SEED_ACTORS)
        cases = load_cases(gold, dictionary, exclude, folders)
        gate_cases = None
        if geoparser is not None:
            gate_cases = load_cases(gold, dictionary, exclude, folders, geoparser)
        if options["cv"]:
            self.stdout.write(
                f"{'folder':<12}" + "".join(f"{k.removeprefix('campaign_'):>22}" for k in KINDS)
            )
            key = actor_key_for(dictionary)
            rows = cross_validate(cases, list(folders), gate_cases, key, **thresholds)
            for folder, rules, learned in rows:
                cells = "".join(
                    f"{rules.scores[k].f1:>12.3f} → {learned.scores[k].f1:.3f}" for k in KINDS
                )
                self.stdout.write(f"{folder:<12}{cells}")
            return
        model = train(cases, gate_cases=gate_cases, **thresholds)
        command = "manage.py train_campaign_roles " + " ".join(
            (["--places"] if options["places"] else [])
            + [f"--train {f}" for f in folders]
            + [f"--exclude {e}" for e in exclude]
            + [f"--{k.replace('_', '-')} {v}" for k, v in thresholds.items()]
        )
        options["output"].write_text(
            json.dumps(model_json(model, command, list(folders)), indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        examples = sum(len(c.examples["attacker"]) + len(c.examples["target"]) for c in cases)
        self.stdout.write(f"{len(cases)} articles, {examples} examples → {options['output']}")
