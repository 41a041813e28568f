"""The routes `make bench` measures, and each one's event: the file in events/ with the
fixture's data, made so that every call succeeds however often it is sent."""
import json
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT_CLAIM_ID, EVENT_KEY_ID = "01H6B3K9M2Q7R4S8T0V5W1X3Y6", "01H6B3K9M2Q7R4S8T0V5W1X3Y8"
# The webhook events' claim, subscription, its owner and the stream event's time.
HOOK_CLAIM_ID, HOOK_SUBSCRIPTION_ID = "01H6CZ6N3V8S4Q1M2K5T7W9XYZ", "01H8XGJWBWBAQ4Z4CAMPZ2QJ6R"
HOOK_OWNER_KEY_ID, HOOK_EVENT_TIME = "01H8XGJWBWBAQ4Z4CAMPZ2QJ6K", "2023-07-27T12:00:00.000Z"

# One row a route, reads first (see warm()): its name; its function, XFunction, whose handler
# is org.factcheck.claims.<package>.XHandler; its event file in events/; whether it writes.
# The webhook rows: the fixture's one subscription is keyed by its claim only, so the events
# as their files have them meet none: the notifier's Queries of the match index find no
# candidate (nothing sent), the delivery's subscription is gone (a GetItem, the message
# dropped); neither writes. With the fixture's claim, subscription and a current time, the
# notifier matches it and enqueues one delivery (SQS SendMessageBatch) and the delivery
# signs, POSTs to run.py's receiver and records the outcome (an UpdateItem).
ROUTE_TABLE = """
name                  function           package   event file                writes
get claim             GetClaim           api       get-claim.json            no
list by status        ListClaims         api       get-claims.json           no
list verdicts         ListVerdicts       api       get-verdicts.json         no
get claimreview       GetClaimReview     api       get-claimreview.json      no
list keys             ListKeys           api       get-keys.json             no
list changes          ListChanges        api       get-changes.json          no
list subscriptions    ListSubscriptions  api       get-subscriptions.json    no
authorizer            Authorizer         auth      authorizer-request.json   no
create claim          CreateClaim        api       post-claims.json          yes
update claim          UpdateClaim        api       patch-claim.json          yes
add appearance        AddAppearance      api       post-appearance.json      yes
publish verdict       PublishVerdict     api       post-verdict.json         yes
import article        ImportArticle      api       post-articles.json        yes
create key            CreateKey          api       post-keys.json            yes
revoke key            RevokeKey          api       delete-key.json           yes
notifier (no match)   Notifier           delivery  notifier-stream.json      no
delivery (dropped)    Delivery           delivery  delivery-queue.json       no
notifier (match)      Notifier           delivery  notifier-stream.json      no
delivery (send)       Delivery           delivery  delivery-queue.json       yes
"""


def route(row):
    """(name, function, handler class, event file, writes) from a row of ROUTE_TABLE."""
    name, function, package, event, writes = re.split(r"\s{2,}", row.strip())
    return name, function + "Function", f"org.factcheck.claims.{package}.{function}Handler", event, writes == "yes"


ROUTES = [route(row) for row in ROUTE_TABLE.strip().splitlines()[1:]]

# What a route sends besides DynamoDB: the warm run replays its DynamoDB calls only, so its
# ratio to its own calls is not compared with the target.
NOT_REPLAYED = {"notifier (match)": "SQS SendMessageBatch", "delivery (send)": "HTTP POST to the receiver"}

# The development server's allowance (`make run`), never set in AWS: delivery refuses
# http and loopback addresses otherwise, and the receiver is http://127.0.0.1.
ROUTE_ENV = {"delivery (send)": {"WEBHOOK_ALLOW_LOOPBACK": "true"}}


def set_header(event, name, value):
    for headers, v in (("headers", value), ("multiValueHeaders", [value])):
        if value is None:
            (event.get(headers) or {}).pop(name, None)
        else:
            event.setdefault(headers, {})[name] = v


def event_file(route):
    """The name of the route's own copy of its event: routes may share a file of events/."""
    return re.sub(r"[^a-z0-9]+", "-", route[0]).strip("-") + ".json"


def event_for(route, fixture, path):
    """The route's event file with the fixture's data; "BENCHSEQ" is made unique per call (Fresh.java)."""
    name, file = route[0], route[3]
    # Update claim changes the first claim and publish verdict the last (If-Match follows each);
    # appearances go round the others (BENCHCLAIM, Fresh.java).
    claim = {"update claim": fixture["claimIds"][0], "add appearance": "BENCHCLAIM"}.get(name, fixture["claimId"])
    text = (ROOT / "events" / file).read_text().replace(EVENT_CLAIM_ID, claim)
    if name in NOT_REPLAYED:  # the fixture's subscription, its claim, and an event newer than it
        text = text.replace(HOOK_CLAIM_ID, fixture["claimId"]).replace(HOOK_SUBSCRIPTION_ID, fixture["subscriptionId"])
        text = text.replace(HOOK_OWNER_KEY_ID, fixture["subscriptionOwnerKeyId"])
        now = time.time()  # after the fixture's subscription was created: ms, as Timestamps writes
        text = text.replace(HOOK_EVENT_TIME, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now * 1000) % 1000:03d}Z")
    event = json.loads(text.replace(EVENT_KEY_ID, fixture["revokedKeyId"]))
    body = json.loads(event["body"]) if event.get("body") else None
    set_header(event, "Idempotency-Key", None)  # each call does the work; a replay is another path
    if "If-Match" in (event.get("headers") or {}):
        set_header(event, "If-Match", fixture["etags"][claim])  # the real ETag; Java keeps it current
    if name == "list by status":
        event["queryStringParameters"] = {"status": "IN_REVIEW", "limit": "20"}
        event["multiValueQueryStringParameters"] = {"status": ["IN_REVIEW"], "limit": ["20"]}
    if name == "authorizer":
        set_header(event, "Authorization", "Bearer " + fixture["key"])
    if name == "create claim":
        body["statement"] += " BENCHSEQ"
    if name == "update claim":
        body = {"topics": ["ICC", "BENCHSEQ"]}  # stays in review: every call a real change
    if name == "add appearance":
        body["url"] = "https://www.nbcnews.com/bench/BENCHSEQ"
    if name == "import article":
        body["url"] += "/BENCHSEQ"
        for c in body["claims"]:
            c["statement"] += " BENCHSEQ"
    if body is not None:
        event["body"] = json.dumps(body)
    path.write_text(json.dumps(event))
    return path


def fixture_claims(warm_calls, cold_runs):
    """Enough claims that appearances (at most 19 more per claim) never run out."""
    return max(25, (warm_calls + 2 * cold_runs + 10) // 19 + 3)
