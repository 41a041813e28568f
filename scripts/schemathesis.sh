#!/usr/bin/env bash
# Schemathesis against the development server: openapi.yaml, an admin dev key, every
# check, a fixed seed and a bounded number of examples. Run by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
PORT=$port PROJECT_ROOT=$PWD TABLE_NAME=claims-schemathesis DEV_KEYS_FILE=$work/keys.json \
  java -XX:TieredStopAtLevel=1 -cp "local/target/classes:local/target/dependency/*" org.factcheck.claims.local.LocalApi \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  grep -q "Claims API ready at" "$work/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "Claims API ready at" "$work/server.log" || { echo "the development server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
admin=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["admin"])' "$work/keys.json")
status=0
.venv/bin/schemathesis run openapi.yaml \
  --url "http://127.0.0.1:$port" \
  --header "Authorization: Bearer $admin" \
  --checks all \
  --seed "${SCHEMATHESIS_SEED:-20261129}" \
  --max-examples "${SCHEMATHESIS_EXAMPLES:-30}" \
  --generation-database none \
  --workers 1 \
  --no-color "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log (last 40 lines) ---" >&2
  tail -40 "$work/server.log" >&2
fi
exit "$status"
