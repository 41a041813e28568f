#!/usr/bin/env bash
# Runs a command against a fresh development server (sample data loaded, dev keys made)
# on a free port, then stops the server. The command sees BASE_URL and DEV_KEYS.
# Needs AWS_ENDPOINT_URL_DYNAMODB (scripts/with-emulator.sh sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-env.sh
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
PORT=$port PROJECT_ROOT=$PWD TABLE_SUFFIX=$port DEV_KEYS_FILE=$work/dev-keys.json \
  java -XX:TieredStopAtLevel=1 -cp "local/target/classes:local/target/dependency/*" org.factcheck.claims.local.LocalApi \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  grep -q "Claims API ready at" "$work/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "Claims API ready at" "$work/server.log" || { echo "the development server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
status=0
BASE_URL="http://127.0.0.1:$port" DEV_KEYS="$work/dev-keys.json" "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- development server log (last 40 lines) ---" >&2
  tail -40 "$work/server.log" >&2
fi
exit "$status"
