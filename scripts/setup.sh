#!/usr/bin/env bash
# Installs everything newsmon needs into ./.venv (Python >= 3.11) and fetches the Kafka broker's
# jars with Maven. Idempotent: it reinstalls only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "setup: Python >= 3.11 is needed (found $("$python" --version 2>&1))" >&2; exit 1; }
for tool in java mvn; do
  if ! command -v "$tool" >/dev/null; then
    echo "setup: $tool not found; installing it from Debian's packages" >&2
    apt-get update -qq && apt-get install -y -qq default-jdk-headless maven >/dev/null
  fi
done

[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=.venv/.newsmon-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python packages into .venv (log: .venv/pip.log)" >&2
  if ! { .venv/bin/python -m pip install --upgrade pip && .venv/bin/python -m pip install -e '.[test,bench]'; } \
      >.venv/pip.log 2>&1; then
    tail -n 40 .venv/pip.log >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
.venv/bin/python -c 'from pipeline import broker, settings; broker.ensure_jars(settings.Settings.from_env())'
