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

API = "org.factcheck.claims.api."
DELIVERY = "org.factcheck.claims.delivery."


def route(name, function, event, writes, package=API):
    """(name, function, handler class, event file, writes): function X runs package + XHandler."""
    return name, function + "Function", package + function + "Handler", event, writes


ROUTES = [  # reads first (see warm())
    route("get claim", "GetClaim", "get-claim.json", False),
    route("list by status", "ListClaims", "get-claims.json", False),
    route("list verdicts", "ListVerdicts", "get-verdicts.json", False),
    route("get claimreview", "GetClaimReview", "get-claimreview.json", False),
    route("list keys", "ListKeys", "get-keys.json", False),
    route("list changes", "ListChanges", "get-changes.json", False),
    route("list subscriptions", "ListSubscriptions", "get-subscriptions.json", False),
    route("authorizer", "Authorizer", "authorizer-request.json", False, "org.factcheck.claims.auth."),
    route("create claim", "CreateClaim", "post-claims.json", True),
    route("update claim", "UpdateClaim", "patch-claim.json", True),
    route("add appearance", "AddAppearance", "post-appearance.json", True),
    route("publish verdict", "PublishVerdict", "post-verdict.json", True),
    route("import article", "ImportArticle", "post-articles.json", True),
    route("create key", "CreateKey", "post-keys.json", True),
    route("revoke key", "RevokeKey", "delete-key.json", True),
    # Webhooks. The fixture's one subscription is keyed by its claim only, so the events as
    # their files have them meet none: the notifier's Queries of the match index find no
    # candidate (nothing sent), the delivery's subscription is gone (a GetItem, the message
    # dropped); neither writes. With the fixture's claim, subscription and a current time,
    # the notifier matches it and enqueues one delivery (SQS SendMessageBatch) and the
    # delivery signs, POSTs to run.py's receiver and records the outcome (an UpdateItem).
    route("notifier (no match)", "Notifier", "notifier-stream.json", False, DELIVERY),
    route("delivery (dropped)", "Delivery", "delivery-queue.json", False, DELIVERY),
    route("notifier (match)", "Notifier", "notifier-stream.json", False, DELIVERY),
    route("delivery (send)", "Delivery", "delivery-queue.json", True, DELIVERY),
]

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
