#!/usr/bin/env bash
# `make run`: the emulator (unless AWS_ENDPOINT_URL_DYNAMODB points elsewhere), then
# the development server. Ctrl-C or SIGTERM stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
# The emulator takes any credentials; never send real ones to it.
export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local
unset AWS_SESSION_TOKEN AWS_PROFILE
source scripts/java-env.sh
port=${DYNAMODB_PORT:-8000}
if [ -z "${AWS_ENDPOINT_URL_DYNAMODB:-}" ]; then
  scripts/emulator.sh start "$port"
  export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$port"
  echo "DynamoDB emulator (moto) at $AWS_ENDPOINT_URL_DYNAMODB"
  stop_emulator() { scripts/emulator.sh stop "$port"; }
else
  echo "Using DynamoDB at $AWS_ENDPOINT_URL_DYNAMODB"
  stop_emulator() { :; }
fi
server_pid=
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  stop_emulator
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
export PROJECT_ROOT=$PWD
java -XX:TieredStopAtLevel=1 -cp "local/target/classes:local/target/dependency/*" org.factcheck.claims.local.LocalApi &
server_pid=$!
wait "$server_pid"
