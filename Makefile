# Webzine: `make run` serves the demo site, `make test` runs lint and the whole suite.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
ARTICLES ?= 120
BENCH_ARTICLES ?= 100000

.PHONY: install browser-deps migrate demo static run serve lint format test test-fast bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium for the browser tests (Playwright drives it; it downloads no browser).
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "Chromium is missing: sudo apt-get install chromium (browser tests will be skipped)"; \
		fi \
	fi

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py seed_demo --articles $(ARTICLES)

static: install
	$(PY) manage.py collectstatic --noinput --verbosity 0

run: demo static serve

# Gunicorn, with the mail worker (django-tasks' db_worker) beside it; both stop together.
serve:
	$(PY) manage.py db_worker --queue-name '*' & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(VENV)/bin/gunicorn webzine.wsgi --bind $(HOST):$(PORT) --workers 3 --access-logfile -

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: install browser-deps lint
	$(VENV)/bin/pytest

# Without the browser tests, for a quick loop.
test-fast: install
	$(VENV)/bin/pytest -m "not browser"

# Figures: loading BENCH_ARTICLES demo articles into a fresh database.
bench: static
	bash bench/run.sh $(BENCH_ARTICLES)

clean:
	rm -rf $(VENV) staticfiles
