#!/usr/bin/env bash
# The whole test suite from a fresh machine: installs what is missing, starts a private local Kafka
# broker (unless NEWSMON_KAFKA_BOOTSTRAP points at a cluster) and a private PostgreSQL server
# (installed from Debian's packages when missing), lints and type-checks, runs every test, stops both.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

export NEWSMON_HOME="$PWD/.newsmon-test"
cleanup=()
trap 'for step in "${cleanup[@]}"; do $step >/dev/null 2>&1 || true; done' EXIT
if [ -z "${NEWSMON_KAFKA_BOOTSTRAP:-}" ]; then
  .venv/bin/newsmon broker stop >/dev/null 2>&1 || true
  .venv/bin/newsmon postgres stop >/dev/null 2>&1 || true
  rm -rf "$NEWSMON_HOME"
  echo "local Kafka broker at $(.venv/bin/newsmon broker start)"
  cleanup+=(".venv/bin/newsmon broker stop")
fi
# The store tests run against a real PostgreSQL server too: Debian's, installed when missing, as a
# private cluster of this test run (NEWSMON_TEST_POSTGRES=postgresql://... uses another one).
if [ -z "${NEWSMON_TEST_POSTGRES:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "test: installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  NEWSMON_TEST_POSTGRES=$(.venv/bin/newsmon postgres start)
  export NEWSMON_TEST_POSTGRES
  echo "local PostgreSQL at $NEWSMON_TEST_POSTGRES"
  cleanup+=(".venv/bin/newsmon postgres stop")
fi

.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest -p no:cacheprovider "$@"
