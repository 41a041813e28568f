#!/usr/bin/env bash
# Exercises every route of the Claims API the way a fact-checker's and a newsroom's
# session would, and checks every answer, so it doubles as a smoke test:
#
#   make run                                   # in another terminal
#   samplerequests/exercise.sh                 # BASE_URL defaults to http://127.0.0.1:3000
#   BASE_URL=http://127.0.0.1:3071 samplerequests/exercise.sh
#
# API keys: FACTCHECKER_KEY and READER_KEY (and ADMIN_KEY, for the /keys steps) if set, else the dev keys `make run` writes to
# .local/dev-keys.json (DEV_KEYS=path overrides; the one in the current directory is
# tried first, then the one in this script's repository; the first the server accepts
# is used). Statements and Idempotency-Keys carry
# a per-run id, so the script can run again and again against the same server.
# Needs bash, curl and python3 only. Exits 1 at the first unexpected answer.
set -euo pipefail

BASE_URL=${BASE_URL:-http://127.0.0.1:3000}
BASE_URL=${BASE_URL%/}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
run=$(python3 -c 'import time; print(time.time_ns())')
# Lists by `since` start a little before this run, in case the server's clock is behind.
started=$(python3 -c 'import datetime as d; t = d.datetime.now(d.timezone.utc) - d.timedelta(seconds=5); print(t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000))')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
body=$tmp/body
headers=$tmp/headers
step=0
status=

fail() {
  echo "exercise.sh: FAILED at step $step: $*" >&2
  if [ -s "$body" ]; then
    echo "--- response body (first 2000 bytes) ---" >&2
    head -c 2000 "$body" >&2
    echo >&2
  fi
  exit 1
}

# call "heading" EXPECTED METHOD PATH [curl options...]
# EXPECTED is one status or several separated by |. Prints the step and its status;
# the response is left in $body and $headers.
call() {
  local heading=$1 expected=$2 method=$3 path=$4
  shift 4
  step=$((step + 1))
  : >"$body"
  : >"$headers"
  status=$(curl -sS -o "$body" -D "$headers" -w '%{http_code}' -X "$method" "$@" "$BASE_URL$path" 2>"$tmp/curl.err") || true
  printf '%2d. %-66s %s\n' "$step" "$heading" "$status"
  if [ "$status" = 000 ]; then
    fail "cannot reach $BASE_URL ($(tr -d '\n' <"$tmp/curl.err")). Is the server running (make run)?"
  fi
  case "|$expected|" in
    *"|$status|"*) ;;
    *) fail "$method $path: expected HTTP $expected, got $status" ;;
  esac
}

# Request bodies go through a file, so curl sends them byte for byte.
json_type=(-H "Content-Type: application/json")
json_body() { printf '%s' "$1" >"$tmp/request.json"; }

# header NAME: a header of the last response (case-insensitive), without CR.
header() {
  awk -v name="$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]')" '
    { line = $0; sub(/\r$/, "", line); i = index(line, ":") }
    i > 0 && tolower(substr(line, 1, i - 1)) == name { v = substr(line, i + 1); sub(/^[ \t]+/, "", v); print v; exit }
  ' "$headers"
}

# field PATH: a member of the last JSON response, by a dotted path (items.0.id); JSON
# for objects, arrays, booleans and null, the plain value for strings and numbers.
field() {
  python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
for p in sys.argv[2].split(".") if sys.argv[2] else []:
    d = d[int(p)] if isinstance(d, list) else d[p]
print(d if isinstance(d, (str, int, float)) and not isinstance(d, bool) else json.dumps(d))
' "$body" "$1"
}

# item_ids: the ids of a page's items, one a line; has_item ID: whether ID is among them.
item_ids() { python3 -c 'import json, sys; [print(i["id"]) for i in json.load(open(sys.argv[1]))["items"]]' "$body"; }
has_item() { python3 -c 'import json, sys; sys.exit(sys.argv[2] not in [i["id"] for i in json.load(open(sys.argv[1]))["items"]])' "$body" "$1"; }

# expect ACTUAL WANTED what: an assertion about the last response.
expect() { [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"; }

# listed "heading" ID query-parameters...: GET /claims with the reader's key until ID
# is on the first page. The indexes are eventually consistent in DynamoDB, so a claim
# written a moment ago may take a moment to appear (at once with the local emulator).
listed() {
  local heading=$1 id=$2 tries=0
  shift 2
  local args=()
  for parameter in "$@"; do args+=(--data-urlencode "$parameter"); done
  while :; do
    call "$heading" 200 GET /claims -G "${args[@]}" -H "Authorization: Bearer $READER_KEY"
    has_item "$id" && return 0
    tries=$((tries + 1))
    [ "$tries" -lt 10 ] || fail "claim $id is not listed by GET /claims?$*"
    echo "    claim $id is not listed yet; asking again"
    step=$((step - 1))
    sleep 1
  done
}

# ---------------------------------------------------------------------------------------
# API keys
try_keys() {
  local file=$1
  [ -f "$file" ] || return 1
  local keys
  keys=$(python3 -c 'import json, sys; k = json.load(open(sys.argv[1])); print(k["reader"], k["factchecker"], k.get("admin", ""))' "$file" 2>/dev/null) || return 1
  local reader factchecker admin
  read -r reader factchecker admin <<<"$keys"
  local code
  code=$(curl -sS -o /dev/null -w '%{http_code}' -G --data-urlencode limit=1 \
         -H "Authorization: Bearer $reader" "$BASE_URL/claims" 2>/dev/null) || true
  [ "$code" = 200 ] || return 1
  READER_KEY=$reader FACTCHECKER_KEY=$factchecker ADMIN_KEY=${ADMIN_KEY:-$admin}
}
if [ -z "${READER_KEY:-}" ] || [ -z "${FACTCHECKER_KEY:-}" ]; then
  if [ -n "${DEV_KEYS:-}" ]; then candidates=("$DEV_KEYS"); else candidates=("$PWD/.local/dev-keys.json" "$(dirname "$here")/.local/dev-keys.json"); fi
  found=
  for file in "${candidates[@]}"; do
    if try_keys "$file"; then found=$file; break; fi
  done
  [ -n "$found" ] || {
    echo "exercise.sh: no API key that $BASE_URL accepts. Set READER_KEY and FACTCHECKER_KEY (make run prints them)," >&2
    echo "             or DEV_KEYS=path/to/.local/dev-keys.json of the running server (tried: ${candidates[*]})." >&2
    exit 1
  }
  echo "Using the development keys in $found"
fi
reader=(-H "Authorization: Bearer $READER_KEY")
checker=(-H "Authorization: Bearer $FACTCHECKER_KEY")
echo "Exercising $BASE_URL (run $run)"

speaker='{"name": "Jane Example", "title": "Mayor of Exampleville", "type": "Person"}'
statement_a="The new bus lanes cut average commute times in Exampleville by 40 percent in their first year (run $run)."
statement_b="Exampleville has more electric buses per resident than any other city in the state (run $run)."
statement_c="Ridership on city buses doubled after fares were cut to one dollar (run $run)."
claim_a=$(cat <<EOF
{"statement": "$statement_a",
 "speaker": $speaker,
 "appearances": [{"outlet": "Exampleville Gazette", "url": "https://news.example/gazette/bus-lanes-$run",
                  "headline": "Mayor hails bus lanes", "publishedAt": "2026-03-04T08:15:00+01:00"}],
 "claimDate": "2026-03-03", "topics": ["transport", "local government"],
 "context": "Said at a press conference opening the second phase of the bus lanes."}
EOF
)

# ---------------------------------------------------------------------------------------
echo "== Fact-checker: submit and check claims"

json_body '{"statement": "x", "speaker": {"name": "y"}, "appearances": [{"outlet": "z"}]}'
call "POST /claims without an API key (401)" 401 POST /claims "${json_type[@]}" --data-binary @"$tmp/request.json"
expect "$(header WWW-Authenticate)" Bearer "WWW-Authenticate"

call "POST /claims with a newsroom's reader key (403)" 403 POST /claims "${reader[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"

json_body "$claim_a"
call "POST /claims with an Idempotency-Key (201)" 201 POST /claims "${checker[@]}" "${json_type[@]}" \
  -H "Idempotency-Key: exercise-$run-claim-a" --data-binary @"$tmp/request.json"
id_a=$(field id)
etag_a1=$(header ETag)
expect "$etag_a1" "\"$id_a.1\"" "ETag of the new claim"
expect "$(field status)" UNVERIFIED "status of the new claim"
case "$(header Location)" in */claims/"$id_a") ;; *) fail "Location: $(header Location)" ;; esac
echo "    claim A: $id_a  ETag: $etag_a1"

call "POST /claims again, same key and body: the stored answer (201)" 201 POST /claims "${checker[@]}" "${json_type[@]}" \
  -H "Idempotency-Key: exercise-$run-claim-a" --data-binary @"$tmp/request.json"
expect "$(header Idempotent-Replayed)" true "Idempotent-Replayed"
expect "$(field id)" "$id_a" "id of the replayed claim"

json_body "${claim_a/Mayor hails bus lanes/Mayor praises bus lanes}"
call "POST /claims, same key, another body (422)" 422 POST /claims "${checker[@]}" "${json_type[@]}" \
  -H "Idempotency-Key: exercise-$run-claim-a" --data-binary @"$tmp/request.json"

json_body "$(cat <<EOF
{"statement": "  $(printf '%s' "$statement_a" | tr '[:lower:]' '[:upper:]')  ", "speaker": {"name": "jane   example"},
 "appearances": [{"outlet": "Exampleville Radio"}]}
EOF
)"
call "POST /claims, the same claim in other case and spacing (409)" 409 POST /claims "${checker[@]}" "${json_type[@]}" \
  -H "Idempotency-Key: exercise-$run-claim-a-again" --data-binary @"$tmp/request.json"
expect "$(field existingClaimId)" "$id_a" "existingClaimId of the duplicate"

json_body "$(cat <<EOF
{"statement": "$statement_b", "speaker": $speaker,
 "appearances": [{"outlet": "Exampleville Gazette", "url": "https://news.example/gazette/electric-buses-$run"}]}
EOF
)"
call "POST /claims, a second claim by the same speaker (201)" 201 POST /claims "${checker[@]}" "${json_type[@]}" \
  -H "Idempotency-Key: exercise-$run-claim-b" --data-binary @"$tmp/request.json"
id_b=$(field id)
etag_b=$(header ETag)

call "GET /claims/{id} (200)" 200 GET "/claims/$id_a" "${reader[@]}"
expect "$(header ETag)" "$etag_a1" "ETag"
expect "$(field statement)" "$statement_a" "statement"

call "GET /claims/{id} with If-None-Match: the current ETag (304)" 304 GET "/claims/$id_a" "${reader[@]}" \
  -H "If-None-Match: $etag_a1"
[ ! -s "$body" ] || fail "a 304 must have no body"

call "GET /claims/{id} of an unknown claim (404)" 404 GET /claims/01ARZ3NDEKTSV4RRFFQ69G5FAV "${reader[@]}"

json_body "{\"outlet\": \"Channel 5 Example News\", \"url\": \"https://news.example/ch5/bus-lanes-$run\", \"headline\": \"Do the bus lanes work?\"}"
call "POST /claims/{id}/appearances with If-Match (201)" 201 POST "/claims/$id_a/appearances" "${checker[@]}" "${json_type[@]}" \
  -H "If-Match: $etag_a1" -H "Idempotency-Key: exercise-$run-appearance" --data-binary @"$tmp/request.json"
etag_a2=$(header ETag)
expect "$etag_a2" "\"$id_a.2\"" "ETag after the new appearance"
expect "$(field appearances.1.outlet)" "Channel 5 Example News" "the new appearance"

call "POST the same appearance again, new key: nothing to add (200)" 200 POST "/claims/$id_a/appearances" "${checker[@]}" "${json_type[@]}" \
  -H "Idempotency-Key: exercise-$run-appearance-again" --data-binary @"$tmp/request.json"
expect "$(field version)" 2 "version after a repeated appearance"

call "GET /claims/{id} with If-None-Match: the old ETag (200)" 200 GET "/claims/$id_a" "${reader[@]}" \
  -H "If-None-Match: $etag_a1"
expect "$(header ETag)" "$etag_a2" "ETag"

json_body '{"status": "IN_REVIEW"}'
call "PATCH /claims/{id} without If-Match (428)" 428 PATCH "/claims/$id_a" "${checker[@]}" "${json_type[@]}" \
  --data-binary @"$tmp/request.json"

call "PATCH /claims/{id} with If-Match: * (428: a blind overwrite)" 428 PATCH "/claims/$id_a" "${checker[@]}" "${json_type[@]}" \
  -H "If-Match: *" --data-binary @"$tmp/request.json"

call "PATCH /claims/{id} with a stale If-Match (412)" 412 PATCH "/claims/$id_a" "${checker[@]}" "${json_type[@]}" \
  -H "If-Match: $etag_a1" --data-binary @"$tmp/request.json"
expect "$(field currentETag)" "$etag_a2" "currentETag of the 412"

call "PATCH /claims/{id} to IN_REVIEW with If-Match (200)" 200 PATCH "/claims/$id_a" "${checker[@]}" "${json_type[@]}" \
  -H "If-Match: $etag_a2" --data-binary @"$tmp/request.json"
etag_a3=$(header ETag)
expect "$(field status)" IN_REVIEW "status"
expect "$etag_a3" "\"$id_a.3\"" "ETag after the status change"

verdict=$(cat <<EOF
{"rating": "MOSTLY_FALSE", "textualRating": "Overstated",
 "summary": "The city's own transport report shows average commute times on the bus-lane corridors fell by 14 percent in the first year, not 40 percent; the 40 percent figure is the drop at peak hour on a single route.",
 "evidence": [{"url": "https://data.example/exampleville/transport-report-2026", "title": "Exampleville transport report 2026"},
              {"url": "https://data.example/exampleville/route-7-peak-times"}],
 "reviewUrl": "https://factcheck.example/reviews/bus-lanes-$run"}
EOF
)
json_body "$verdict"
call "POST /claims/{id}/verdicts without If-Match (428)" 428 POST "/claims/$id_a/verdicts" "${checker[@]}" "${json_type[@]}" \
  --data-binary @"$tmp/request.json"

call "POST /claims/{id}/verdicts with If-Match: publish (201)" 201 POST "/claims/$id_a/verdicts" "${checker[@]}" "${json_type[@]}" \
  -H "If-Match: $etag_a3" -H "Idempotency-Key: exercise-$run-verdict" --data-binary @"$tmp/request.json"
etag_a4=$(header ETag)
expect "$etag_a4" "\"$id_a.4\"" "ETag after the verdict"
expect "$(field revision)" 1 "revision of the first verdict"
expect "$(field rating)" MOSTLY_FALSE "rating"

call "GET /claims/{id}/verdicts (200)" 200 GET "/claims/$id_a/verdicts" "${reader[@]}"
expect "$(field items.0.revision)" 1 "revision of the listed verdict"
expect "$(field nextCursor)" null "nextCursor of the verdict history"

call "GET /claims/{id}/claimreview (200, application/ld+json)" 200 GET "/claims/$id_a/claimreview" "${reader[@]}"
case "$(header Content-Type)" in application/ld+json*) ;; *) fail "Content-Type: $(header Content-Type)" ;; esac
expect "$(field '@type')" ClaimReview "@type"
expect "$(field claimReviewed)" "$statement_a" "claimReviewed"
expect "$(field reviewRating.ratingValue)" 2 "ratingValue of MOSTLY_FALSE"
expect "$(field reviewRating.alternateName)" Overstated "alternateName"
expect "$(field itemReviewed.author.@type)" Person "@type of the claim's author"
expect "$(field itemReviewed.author.jobTitle)" "Mayor of Exampleville" "jobTitle of the claim's author"

call "GET /claims/{id}/claimreview with If-None-Match (304)" 304 GET "/claims/$id_a/claimreview" "${reader[@]}" \
  -H "If-None-Match: $etag_a4"

call "GET /claims/{id}/claimreview of an unrated claim (404)" 404 GET "/claims/$id_b/claimreview" "${reader[@]}"

# The change feed serves events once they are 15 s old (CHANGES_SETTLE_SECONDS): this
# run's own changes may not be there yet, so the steps check the page, not its events.
call "GET /changes: the oldest events first (200)" 200 GET "/changes?limit=5" "${reader[@]}"
feed_cursor=$(field nextCursor)
[ "$feed_cursor" != null ] || fail "nextCursor of the change feed is always set"
case "$(field hasMore)" in true | false) ;; *) fail "hasMore: $(field hasMore)" ;; esac
ids_in_order=$(python3 -c 'import json, sys; ids = [e["id"] for e in json.load(open(sys.argv[1]))["items"]]; print(ids == sorted(ids))' "$body")
expect "$ids_in_order" True "events oldest first"
call "GET /changes?after=<nextCursor>&type=claim.created (200)" 200 GET "/changes?after=$feed_cursor&type=claim.created" "${reader[@]}"
call "GET /changes?type=claim.deleted: no such event type (400)" 400 GET "/changes?type=claim.deleted" "${reader[@]}"

json_body "$(cat <<EOF
{"url": "https://news.example/ledger/council-transport-debate-$run", "outlet": "The Exampleville Ledger",
 "headline": "Council debates the bus lanes", "publishedAt": "2026-03-05T18:00:00+01:00",
 "claims": [
   {"statement": "$statement_a", "speaker": $speaker},
   {"statement": "$statement_c", "speaker": {"name": "Sam Sample", "title": "City council member"},
    "appearances": [{"outlet": "Exampleville Radio", "url": "https://news.example/radio/fares-$run"}],
    "topics": ["transport", "fares"]}
 ]}
EOF
)"
call "POST /articles: one claim linked, one created (201)" 201 POST /articles "${checker[@]}" "${json_type[@]}" \
  -H "Idempotency-Key: exercise-$run-article" --data-binary @"$tmp/request.json"
expect "$(field claims.0.result)" linked "result of the repeated claim"
expect "$(field claims.0.id)" "$id_a" "id of the linked claim"
expect "$(field claims.1.result)" created "result of the new claim"
id_c=$(field claims.1.id)

call "POST /articles again, same key and body: the stored answer (201)" 201 POST /articles "${checker[@]}" "${json_type[@]}" \
  -H "Idempotency-Key: exercise-$run-article" --data-binary @"$tmp/request.json"
expect "$(header Idempotent-Replayed)" true "Idempotent-Replayed"
expect "$(field claims.1.id)" "$id_c" "id of the created claim"

json_body '{"status": "RETRACTED", "reason": "Misattributed: the figure was given by the transport department, not by the mayor."}'
call "PATCH /claims/{id} to RETRACTED with a reason (200)" 200 PATCH "/claims/$id_b" "${checker[@]}" "${json_type[@]}" \
  -H "If-Match: $etag_b" --data-binary @"$tmp/request.json"
expect "$(field status)" RETRACTED "status"
expect "$(field retraction.reason)" "Misattributed: the figure was given by the transport department, not by the mayor." "retraction.reason"
etag_b=$(header ETag)

json_body '{"status": "IN_REVIEW"}'
call "PATCH a retracted claim (409)" 409 PATCH "/claims/$id_b" "${checker[@]}" "${json_type[@]}" \
  -H "If-Match: $etag_b" --data-binary @"$tmp/request.json"

# ---------------------------------------------------------------------------------------
echo "== Newsroom: what has been checked?"

call "GET /claims/{id}: the article is now an appearance (200)" 200 GET "/claims/$id_a" "${reader[@]}"
expect "$(header ETag)" "\"$id_a.5\"" "ETag after the article was linked"
expect "$(field appearances.2.outlet)" "The Exampleville Ledger" "the article's appearance"
expect "$(field status)" RATED "status"

call "GET /claims?speaker=Jane Example&limit=1 (200, page 1)" 200 GET /claims -G "${reader[@]}" \
  --data-urlencode "speaker=Jane Example" --data-urlencode limit=1
page1=$(item_ids)
cursor=$(field nextCursor)
[ "$cursor" != null ] || fail "page 1 of the speaker's claims has no nextCursor"
call "GET /claims?speaker=Jane Example&limit=1&cursor=... (200, page 2)" 200 GET /claims -G "${reader[@]}" \
  --data-urlencode "speaker=Jane Example" --data-urlencode limit=1 --data-urlencode "cursor=$cursor"
page2=$(item_ids)
[ -n "$page2" ] && [ "$page2" != "$page1" ] || fail "page 2 ($page2) should hold another claim than page 1 ($page1)"

call "GET /claims with a cursor for another query (400)" 400 GET /claims -G "${reader[@]}" \
  --data-urlencode "speaker=Sam Sample" --data-urlencode "cursor=$cursor"
expect "$(field errors.0.parameter)" cursor "the invalid parameter"

call "GET /claims?since= a year out of range (400)" 400 GET /claims -G "${reader[@]}" \
  --data-urlencode "since=+999999999-12-31T23:59:59-01:00"
expect "$(field errors.0.parameter)" since "the invalid parameter"

listed "GET /claims?outlet=exampleville gazette (200, normalised match)" "$id_a" "outlet=exampleville gazette" limit=20
listed "GET /claims?status=RATED&speaker=Jane Example (200)" "$id_a" status=RATED "speaker=Jane Example"
has_item "$id_b" && fail "the retracted claim $id_b is listed as RATED"
listed "GET /claims?status=RETRACTED (200)" "$id_b" status=RETRACTED limit=20
listed "GET /claims?rating=MOSTLY_FALSE (200)" "$id_a" rating=MOSTLY_FALSE limit=20
listed "GET /claims?since=<start of this run> (200)" "$id_c" "since=$started" limit=100
has_item "$id_a" || fail "claim $id_a, changed in this run, is not listed since $started"

# ---------------------------------------------------------------------------------------
echo "== Newsroom: webhook subscriptions"

hook='https://93.184.215.14/factcheck-hook'
json_body "{\"url\": \"$hook\", \"events\": [\"verdict.published\", \"verdict.revised\", \"claim.retracted\"],
 \"filter\": {\"speakers\": [\"Jane Example\"], \"ratings\": [\"FALSE\", \"MOSTLY_FALSE\"]}, \"description\": \"Exercise desk $run\"}"
call "POST /subscriptions without an API key (401)" 401 POST /subscriptions "${json_type[@]}" --data-binary @"$tmp/request.json"
call "POST /subscriptions: verdicts on Jane Example's false claims (201)" 201 POST /subscriptions "${reader[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"
expect "$(header Cache-Control)" no-store "Cache-Control of the response holding the secret"
expect "$(field status)" ACTIVE "status of a new subscription"
subscription=$(field id)
secret=$(field secret)
case "$secret" in whsec_*) ;; *) fail "the signing secret is not a whsec_ secret" ;; esac

call "GET /subscriptions/{id}: no secret, delivery fields (200)" 200 GET "/subscriptions/$subscription" "${reader[@]}"
expect "$(field consecutiveFailures)" 0 "consecutive failures of a new subscription"
expect "$(field lastDelivery)" null "last delivery of a new subscription"
grep -q whsec_ "$body" && fail "GET /subscriptions/{id} shows the secret"
call "GET /subscriptions: the key's own (200)" 200 GET /subscriptions -G --data-urlencode limit=100 "${reader[@]}"
has_item "$subscription" || fail "subscription $subscription is not listed for its key"
call "GET /subscriptions/{id} with another key (404)" 404 GET "/subscriptions/$subscription" "${checker[@]}"
call "DELETE /subscriptions/{id} with another key (404)" 404 DELETE "/subscriptions/$subscription" "${checker[@]}"

call "POST /subscriptions/{id}/secret: rotate (200)" 200 POST "/subscriptions/$subscription/secret" "${reader[@]}"
[ "$(field secret)" != "$secret" ] || fail "the rotated secret is the old one"
[ "$(field previousSecretExpiresAt)" != null ] || fail "no previousSecretExpiresAt after a rotation"

json_body '{"status": "PAUSED"}'
call "PATCH /subscriptions/{id}: pause (200)" 200 PATCH "/subscriptions/$subscription" "${reader[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"
expect "$(field status)" PAUSED "status after pausing"
json_body '{"status": "ACTIVE", "filter": {"claimIds": ["'"$id_a"'"]}}'
call "PATCH /subscriptions/{id}: resume, follow one claim (200)" 200 PATCH "/subscriptions/$subscription" "${reader[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"
expect "$(field status)" ACTIVE "status after resuming"
expect "$(field filter.claimIds.0)" "$id_a" "the new filter"

for url in 'https://169.254.169.254/latest/meta-data/' 'https://10.0.0.8/hook' 'https://[fd00:ec2::254]/' 'https://no-such-host.invalid/hook' 'https://93.184.215.14:22/'; do
  json_body "{\"url\": \"$url\", \"events\": [\"claim.created\"]}"
  call "POST /subscriptions to $url (422)" 422 POST /subscriptions "${reader[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"
  expect "$(field errors.0.pointer)" /url "the refused member"
done
for url in 'https://user:pw@93.184.215.14/' 'ftp://93.184.215.14/' 'https://93.184.215.14/#x'; do
  json_body "{\"url\": \"$url\", \"events\": [\"claim.created\"]}"
  call "POST /subscriptions to $url (400)" 400 POST /subscriptions "${reader[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"
  expect "$(field errors.0.pointer)" /url "the refused member"
done
json_body '{"url": "'"$hook"'", "events": ["claim.deleted"], "filter": {"ratings": ["WRONG"]}}'
call "POST /subscriptions with an unknown event type and rating (400)" 400 POST /subscriptions "${reader[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"
expect "$(field errors.0.pointer)" /events/0 "the unknown event type"

# The development server lets a receiver on 127.0.0.1 subscribe; a deployed stack does not.
json_body '{"url": "http://127.0.0.1:8999/hook", "events": ["claim.created"]}'
case "$BASE_URL" in
  http://127.0.0.1:* | http://localhost:*)
    call "POST /subscriptions to a local receiver, http on 127.0.0.1 (201)" 201 POST /subscriptions "${reader[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"
    call "DELETE /subscriptions/{id}: the local one (204)" 204 DELETE "/subscriptions/$(field id)" "${reader[@]}" ;;
  *)
    call "POST /subscriptions to http://127.0.0.1 on a deployed stack (400)" 400 POST /subscriptions "${reader[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json" ;;
esac

call "DELETE /subscriptions/{id} (204)" 204 DELETE "/subscriptions/$subscription" "${reader[@]}"
call "DELETE /subscriptions/{id} again (404)" 404 DELETE "/subscriptions/$subscription" "${reader[@]}"

# ---------------------------------------------------------------------------------------
echo "== Admin: API keys"
if [ -z "${ADMIN_KEY:-}" ]; then
  echo "    no ADMIN_KEY (nor an admin dev key): the /keys steps are skipped"
else
  admin=(-H "Authorization: Bearer $ADMIN_KEY")
  json_body "{\"owner\": \"Exercise newsroom $run\", \"role\": \"reader\"}"
  call "POST /keys with a fact-checker's key (403)" 403 POST /keys "${checker[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"

  call "POST /keys: a reader key for a newsroom (201)" 201 POST /keys "${admin[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"
  expect "$(header Cache-Control)" no-store "Cache-Control of the response holding the key"
  expect "$(field role)" reader "role of the new key"
  new_key=$(field key)
  new_key_id=$(field keyId)
  case "$new_key" in fck_"$new_key_id"_*) ;; *) fail "the key does not carry its id $new_key_id" ;; esac

  call "GET /claims with the new key (200)" 200 GET /claims -G --data-urlencode limit=1 -H "Authorization: Bearer $new_key"

  call "GET /keys: the new key listed first, without its secret (200)" 200 GET /keys -G --data-urlencode limit=5 "${admin[@]}"
  expect "$(field items.0.keyId)" "$new_key_id" "the newest key"
  grep -qF "${new_key#fck_"$new_key_id"_}" "$body" && fail "GET /keys shows a key's secret"

  # Revoked before its first use, so no authorizer decision for it is cached (a used key
  # keeps working up to the authorizer cache time, 300 s by default: docs/security.md).
  json_body "{\"owner\": \"Exercise leaver $run\", \"role\": \"factchecker\"}"
  call "POST /keys: a key that is revoked at once (201)" 201 POST /keys "${admin[@]}" "${json_type[@]}" --data-binary @"$tmp/request.json"
  revoked_key=$(field key)
  revoked_id=$(field keyId)
  call "DELETE /keys/{keyId} (204)" 204 DELETE "/keys/$revoked_id" "${admin[@]}"
  call "DELETE /keys/{keyId} again: still revoked (204)" 204 DELETE "/keys/$revoked_id" "${admin[@]}"
  call "GET /claims with the revoked key (401)" 401 GET /claims -G --data-urlencode limit=1 -H "Authorization: Bearer $revoked_key"
  expect "$(header WWW-Authenticate)" Bearer "WWW-Authenticate"
  call "GET /keys: the key shows as revoked (200)" 200 GET /keys -G --data-urlencode limit=5 "${admin[@]}"
  python3 -c 'import json, sys; k = [i for i in json.load(open(sys.argv[1]))["items"] if i["keyId"] == sys.argv[2]]; sys.exit(not (k and k[0]["revoked"] and k[0]["revokedAt"]))' \
    "$body" "$revoked_id" || fail "key $revoked_id is not listed as revoked"
  call "DELETE /keys/{keyId} of an unknown key (404)" 404 DELETE /keys/01ARZ3NDEKTSV4RRFFQ69G5FAV "${admin[@]}"
  call "DELETE /keys/{keyId}: the newsroom's key, to clean up (204)" 204 DELETE "/keys/$new_key_id" "${admin[@]}"
fi

echo "exercise.sh: all $step steps passed"
