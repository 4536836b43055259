#!/usr/bin/env bash
# Figures: seed N articles into a fresh SQLite database, then time each page type.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
DB=$(mktemp -d /tmp/webzine-bench.XXXXXX)
trap 'rm -rf "$DB"' EXIT
export SQLITE_PATH="$DB/bench.sqlite3" MEDIA_ROOT="$DB/media"
.venv/bin/python manage.py migrate --noinput --verbosity 0
start=$EPOCHREALTIME
.venv/bin/python manage.py seed_demo --articles "$N"
end=$EPOCHREALTIME
.venv/bin/python -c "print(f'seed_demo --articles $N: {$end - $start:.1f} s')"
.venv/bin/python bench/pages.py
