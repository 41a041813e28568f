#!/usr/bin/env bash
# Schemathesis against a running development server (BASE_URL, DEV_KEYS from
# scripts/with-dev-server.sh): openapi.yaml, an admin dev key, every check, a fixed seed,
# schema-valid and schema-violating data alike (mode all) and at least 100 examples per
# operation. Settings that a schema cannot state: schemathesis.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
admin=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["admin"])' "$DEV_KEYS")
exec .venv/bin/schemathesis run openapi.yaml \
  --url "$BASE_URL" \
  --header "Authorization: Bearer $admin" \
  --checks all \
  --mode all \
  --seed "${SCHEMATHESIS_SEED:-20261129}" \
  --max-examples "${SCHEMATHESIS_EXAMPLES:-100}" \
  --generation-database none \
  --workers 1 \
  --no-color "$@"
