#!/usr/bin/env bash
# The main job: installs what is missing, starts the local Kafka broker and the worker, replays
# seeds/, prints the alerts as they arrive, leaves the enriched records in the SQLite store, and
# stops everything cleanly. Extra arguments replace seeds/ as the files to replay.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
export NEWSMON_HOME="${NEWSMON_HOME:-$PWD/.newsmon}"
mkdir -p "$NEWSMON_HOME"

started_broker=""
if [ -z "${NEWSMON_KAFKA_BOOTSTRAP:-}" ]; then
  newsmon broker status >/dev/null || started_broker=yes
  echo "Kafka: $(newsmon broker start)"
fi
newsmon worker >"$NEWSMON_HOME/worker.log" 2>&1 &
worker=$!
stop() {
  kill -TERM "$worker" 2>/dev/null && wait "$worker" 2>/dev/null || true
  if [ -n "$started_broker" ]; then newsmon broker stop >/dev/null; fi
}
trap stop EXIT
echo "worker: pid $worker, log $NEWSMON_HOME/worker.log"
# Replay once the worker has joined its group: Faust can skip messages that arrive while it is
# still joining (see BENCHMARKS.md / the issue notes), so we do not race it.
for _ in $(seq 600); do
  grep -q '\[^Worker\]: Ready' "$NEWSMON_HOME/worker.log" 2>/dev/null && break
  kill -0 "$worker" 2>/dev/null || { echo "the worker exited; see $NEWSMON_HOME/worker.log" >&2; exit 1; }
  sleep 0.2
done

newsmon replay "${@:-seeds/}"
echo "alerts (stops after ${NEWSMON_TAIL_IDLE:-20}s without a new one):"
newsmon tail --from-beginning --timeout "${NEWSMON_TAIL_IDLE:-20}"
echo "store:"
newsmon stats
