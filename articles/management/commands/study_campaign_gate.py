"""Score the campaign gate (articles/extraction/campaign_gate.py) leaving each folder out in turn,
beside the rules alone and an oracle gate; writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.extraction import SEED_ACTORS, ActorDictionary
from articles.extraction.campaign_gate_study import pooled, study
from articles.extraction.campaign_role_training import PENALTY, load_cases
from articles.extraction.campaign_roles import WEIGHTS, RoleModel
from articles.extraction.evaluation import DEV_FOLDERS
from articles.management.commands._training_options import add_folder_options


class Command(BaseCommand):
    help = (
        "Extract the --train folders on the geoparser's places once, then score each --held "
        "folder's campaigns with the rules alone, with a gate fitted on the other --train folders, "
        "and with an oracle gate admitting exactly the candidates the gold makes campaigns."
    )
    requires_system_checks: list = []

    def add_arguments(self, parser):
        add_folder_options(parser, WEIGHTS)
        parser.add_argument(
            "--held",
            action="append",
            default=[],
            metavar="FOLDER",
            help="a folder scored (repeatable; default every --train folder)",
        )
        parser.add_argument(
            "--roles",
            type=Path,
            default=WEIGHTS,
            help="the weights whose attacker and target regressions decide the roles",
        )
        parser.add_argument("--penalty", type=float, default=PENALTY, help="the gate's L2 weight")
        parser.add_argument("--admit", type=float, default=0.4, help="the gate's threshold")
        parser.add_argument(
            "--admit-first",
            type=float,
            default=None,
            help="the threshold of an article's likeliest candidate (default --admit)",
        )

    def handle(self, *args, **options):
        from articles.management.commands.extract import load_geoparser

        folders = tuple(options["train"]) or DEV_FOLDERS
        exclude = tuple(options["exclude"])
        held = list(options["held"]) or list(folders)
        if set(folders + tuple(held)) & set(exclude) or not set(held) <= set(folders):
            raise CommandError("--held folders must be --train folders, none excluded")
        geoparser = load_geoparser()
        if geoparser is None:
            raise CommandError("needs the gazetteer (manage.py load_gazetteer)")
        roles = RoleModel.from_json(json.loads(options["roles"].read_text(encoding="utf-8")))
        dictionary = ActorDictionary.from_fixture(SEED_ACTORS)
        cases = load_cases(options["gold"], dictionary, exclude, folders, geoparser)
        rows = study(
            cases, held, roles, options["penalty"], options["admit"], options["admit_first"]
        )
        self.stdout.write(f"{'folder':<12}{'rules':>19}{'gate':>19}{'oracle gate':>19}")
        for row in rows:
            self.stdout.write(f"{row.folder:<12}" + _cells((row.rules, row.learned, row.oracle)))
        self.stdout.write(f"{'pooled':<12}" + _cells(pooled(rows)))


def _cells(scores) -> str:
    return "".join(f"{s.f1:>7.3f} {f'{s.tp}/{s.fp}/{s.fn}':>11}" for s in scores)
