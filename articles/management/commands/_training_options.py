"""The options every training command of a learned extraction step shares: which annotated
folders it learns from, which it must never read, and where its weights go."""

from __future__ import annotations

from pathlib import Path

from articles.extraction.evaluation import DEV_FOLDERS, GOLD_DIR


def add_folder_options(parser, weights: Path) -> None:
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="the annotated articles")
    parser.add_argument(
        "--train",
        action="append",
        default=[],
        metavar="FOLDER",
        help="a sub-folder of --gold to learn from (repeatable; default "
        f"{', '.join(DEV_FOLDERS)}; '.' is --gold itself)",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="FOLDER",
        help="a sub-folder of --gold never read (repeatable): the blind batch",
    )
    parser.add_argument("--output", type=Path, default=weights, help="weights file to write")
