#!/usr/bin/env bash
# Runs a command with a fresh DynamoDB emulator on a free port, then stops it; when
# AWS_ENDPOINT_URL_DYNAMODB is already set (LocalStack, a shared emulator), uses that instead.
# The command sees AWS_ENDPOINT_URL_DYNAMODB (the AWS SDK's standard variable) pointing at
# scripts/dynamodb_faults.py in front of it, and DYNAMODB_FAULTS_URL, where tests arm
# DynamoDB's failures. DYNAMODB_FAULTS=off leaves the proxy out (make bench). AWS_ENDPOINT_URL_SQS
# names the emulator itself (its SQS and DynamoDB Streams, for webhook delivery).
set -euo pipefail
cd "$(dirname "$0")/.."
# The emulator takes any credentials; never send real ones to it.
export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local
unset AWS_SESSION_TOKEN AWS_PROFILE
mkdir -p .local
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=
proxy_pid=
stop() {
  if [ -n "$proxy_pid" ]; then kill "$proxy_pid" 2>/dev/null || true; fi
  if [ -n "$port" ]; then scripts/emulator.sh stop "$port"; fi
}
trap stop EXIT
if [ -z "${AWS_ENDPOINT_URL_DYNAMODB:-}" ]; then
  port=$(free_port)
  scripts/emulator.sh start "$port"
  export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$port"
fi
# moto serves SQS and DynamoDB Streams on the same port (webhook delivery); never through the fault proxy.
export AWS_ENDPOINT_URL_SQS="${AWS_ENDPOINT_URL_SQS:-$AWS_ENDPOINT_URL_DYNAMODB}"
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
