#!/usr/bin/env bash
# The whole test suite from a fresh machine: installs what is missing, starts a private local Kafka
# broker (unless NEWSMON_KAFKA_BOOTSTRAP points at a cluster), lints and type-checks, runs every test,
# stops the broker.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

export NEWSMON_HOME="$PWD/.newsmon-test"
if [ -z "${NEWSMON_KAFKA_BOOTSTRAP:-}" ]; then
  .venv/bin/newsmon broker stop >/dev/null 2>&1 || true
  rm -rf "$NEWSMON_HOME"
  echo "local Kafka broker at $(.venv/bin/newsmon broker start)"
  trap '.venv/bin/newsmon broker stop >/dev/null' EXIT
fi

.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest -p no:cacheprovider "$@"
