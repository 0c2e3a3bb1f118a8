# The README's two commands. Everything else is set up by them.
.PHONY: run test lint setup setup-test data

PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

run: setup data
	@echo ""
	@echo "Conflict Map is running at http://$(HOST):$(PORT)/"
	@echo "Create an admin user with: .venv/bin/python manage.py createsuperuser"
	@echo ""
	DJANGO_DEBUG=True $(PY) manage.py runserver $(HOST):$(PORT)

# Lint first: a finding fails `make test` (and CI) in seconds, not after the suite.
test: setup-test lint
	scripts/run_tests.sh

lint: setup-test
	@$(PY) -m ruff check . || { echo "make test: 'ruff check .' found the problems above;" \
		"fix them (many with '$(PY) -m ruff check --fix .')" >&2; exit 1; }
	@$(PY) -m ruff format --check . || { echo "make test: the files above are not formatted;" \
		"run '$(PY) -m ruff format .'" >&2; exit 1; }

setup:
	scripts/setup.sh run

setup-test:
	scripts/setup.sh test

# Migrate, load the gazetteer and seeds, ingest and geocode the seed article.
# Each step is idempotent and skips work that is already done.
data:
	$(PY) manage.py bootstrap_data
