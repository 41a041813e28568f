#!/usr/bin/env bash
# Runs a command with a fresh DynamoDB emulator on a free port, then stops it.
# The command sees AWS_ENDPOINT_URL_DYNAMODB (the AWS SDK's standard variable).
set -euo pipefail
cd "$(dirname "$0")/.."
# The emulator takes any credentials; never send real ones to it.
export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local
unset AWS_SESSION_TOKEN AWS_PROFILE
if [ -n "${AWS_ENDPOINT_URL_DYNAMODB:-}" ]; then
  exec "$@"   # an endpoint was given (LocalStack, a shared emulator): use it as it is
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
scripts/emulator.sh start "$port"
trap 'scripts/emulator.sh stop "$port"' EXIT
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$port"
"$@"
