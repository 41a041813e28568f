#!/usr/bin/env bash
# Starts or stops the local DynamoDB emulator (moto's server) on 127.0.0.1.
#   scripts/emulator.sh start PORT   -> prints nothing, returns once it answers
#   scripts/emulator.sh stop PORT
set -euo pipefail
cd "$(dirname "$0")/.."
action=$1
port=$2
pidfile=.local/moto-$port.pid
mkdir -p .local

case "$action" in
  start)
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      kill "$(cat "$pidfile")" 2>/dev/null || true   # a leftover from an interrupted run
      sleep 0.5
    fi
    .venv/bin/python scripts/dynamodb_emulator.py "$port" >".local/moto-$port.log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 100); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then exit 0; fi
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        echo "error: the DynamoDB emulator did not start; see .local/moto-$port.log" >&2
        cat ".local/moto-$port.log" >&2
        exit 1
      fi
      sleep 0.1
    done
    echo "error: the DynamoDB emulator did not answer on port $port within 10 s" >&2
    exit 1
    ;;
  stop)
    if [ -f "$pidfile" ]; then
      kill "$(cat "$pidfile")" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    ;;
  *)
    echo "usage: $0 start|stop PORT" >&2
    exit 2
    ;;
esac
