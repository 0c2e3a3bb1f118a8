#!/usr/bin/env bash
# Retrain every learned extraction step on the development folders, in pipeline order: each
# step's training extracts the articles with the steps before it as shipped, so a step is
# trained on what it will meet in ingest.
#
#   scripts/train_models.sh [FIRST LAST] [--exclude FOLDER ...]
#
# FIRST/LAST: the numbers of the development folders tests/gold/heldoutFIRST…heldoutLAST
# (default 10 68). Every --exclude FOLDER (a blind batch not yet scored, or kept for the next
# measurement, or a folder of the range held out to check a change) is left out of the range and
# passed to each command, which never reads it. Needs the whole-world
# gazetteer (CONFLICTMAP_DATA_DIR as for `manage.py evaluate_extraction --places`); about
# 15 minutes of CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

first=10
last=68
if [[ $# -ge 2 && $1 =~ ^[0-9]+$ && $2 =~ ^[0-9]+$ ]]; then
    first=$1
    last=$2
    shift 2
fi
excludes=()
excluded=" "
while [[ $# -gt 0 ]]; do
    case $1 in
        --exclude) excludes+=(--exclude "$2"); excluded+="$2 "; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "train_models.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
train=()
for n in $(seq "$first" "$last"); do
    [[ $excluded == *" heldout$n "* ]] || train+=(--train "heldout$n")
done

step() {
    echo "== $1" >&2
    "$PY" manage.py "$@" "${train[@]}" "${excludes[@]}"
}

# The role ranker and the campaign gate (one weights file), then the steps after them.
step train_campaign_roles --places --penalty 1.0 --drop 0.4 --add 0.5 --add-target 0.5 \
    --fill 0.25 --admit 0.4 --admit-first 0.3
step train_campaign_dates --penalty 3.0 --margin 0.4
