# The README's two commands. Everything else is set up by them.
.PHONY: run test setup setup-test data

PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

run: setup data
	@echo ""
	@echo "Conflict Map is running at http://$(HOST):$(PORT)/"
	@echo "Create an admin user with: .venv/bin/python manage.py createsuperuser"
	@echo ""
	DJANGO_DEBUG=True $(PY) manage.py runserver $(HOST):$(PORT)

test: setup-test
	scripts/run_tests.sh

setup:
	scripts/setup.sh run

setup-test:
	scripts/setup.sh test

# Migrate, load the gazetteer and seeds, ingest and geocode the seed article.
# Each step is idempotent and skips work that is already done.
data:
	$(PY) manage.py bootstrap_data
