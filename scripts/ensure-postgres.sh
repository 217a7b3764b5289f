#!/usr/bin/env bash
# The integration tests need PostgreSQL on 127.0.0.1:5432 (trust auth, database `test`).
# Start the machine's cluster if it is down; fail loudly if it cannot be reached.
set -euo pipefail
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "› starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 >/dev/null || { echo "PostgreSQL is not reachable on 127.0.0.1:5432: the integration tests cannot run." >&2; exit 1; }
