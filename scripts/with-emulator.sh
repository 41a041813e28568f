#!/usr/bin/env bash
# Runs a command with a fresh DynamoDB emulator on a free port, then stops it.
# The command sees AWS_ENDPOINT_URL_DYNAMODB (the AWS SDK's standard variable), which
# points at scripts/dynamodb_faults.py in front of the emulator, and DYNAMODB_FAULTS_URL,
# where tests arm its faults. DYNAMODB_FAULTS=off talks to the emulator directly.
set -euo pipefail
cd "$(dirname "$0")/.."
# The emulator takes any credentials; never send real ones to it.
export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local
unset AWS_SESSION_TOKEN AWS_PROFILE
if [ -n "${AWS_ENDPOINT_URL_DYNAMODB:-}" ]; then
  exec "$@"   # an endpoint was given (LocalStack, a shared emulator): use it as it is
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
scripts/emulator.sh start "$port"
proxy_pid=
stop() {
  if [ -n "$proxy_pid" ]; then kill "$proxy_pid" 2>/dev/null || true; fi
  scripts/emulator.sh stop "$port"
}
trap stop EXIT
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$port"
if [ "${DYNAMODB_FAULTS:-on}" != off ]; then
  proxy_port=$(free_port)
  .venv/bin/python scripts/dynamodb_faults.py "$proxy_port" "$AWS_ENDPOINT_URL_DYNAMODB" >".local/faults-$proxy_port.log" 2>&1 &
  proxy_pid=$!
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$proxy_port") 2>/dev/null; then break; fi
    sleep 0.1
  done
  kill -0 "$proxy_pid" 2>/dev/null || { cat ".local/faults-$proxy_port.log" >&2; exit 1; }
  export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$proxy_port"
  export DYNAMODB_FAULTS_URL="http://127.0.0.1:$proxy_port/_faults"
fi
"$@"
