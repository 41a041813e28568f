"""The routes `make bench` measures, and each one's event: the file in events/ with the
fixture's data, made so that every call succeeds however often it is sent."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT_CLAIM_ID, EVENT_KEY_ID = "01H6B3K9M2Q7R4S8T0V5W1X3Y6", "01H6B3K9M2Q7R4S8T0V5W1X3Y8"

API = "org.factcheck.claims.api."
DELIVERY = "org.factcheck.claims.delivery."
ROUTES = [  # name, function, handler class, event file, writes; reads first (see warm())
    ("get claim", "GetClaimFunction", API + "GetClaimHandler", "get-claim.json", False),
    ("list by status", "ListClaimsFunction", API + "ListClaimsHandler", "get-claims.json", False),
    ("list verdicts", "ListVerdictsFunction", API + "ListVerdictsHandler", "get-verdicts.json", False),
    ("get claimreview", "GetClaimReviewFunction", API + "GetClaimReviewHandler", "get-claimreview.json", False),
    ("list keys", "ListKeysFunction", API + "ListKeysHandler", "get-keys.json", False),
    ("list changes", "ListChangesFunction", API + "ListChangesHandler", "get-changes.json", False),
    ("list subscriptions", "ListSubscriptionsFunction", API + "ListSubscriptionsHandler", "get-subscriptions.json", False),
    ("authorizer", "AuthorizerFunction", "org.factcheck.claims.auth.AuthorizerHandler", "authorizer-request.json", False),
    ("create claim", "CreateClaimFunction", API + "CreateClaimHandler", "post-claims.json", True),
    ("update claim", "UpdateClaimFunction", API + "UpdateClaimHandler", "patch-claim.json", True),
    ("add appearance", "AddAppearanceFunction", API + "AddAppearanceHandler", "post-appearance.json", True),
    ("publish verdict", "PublishVerdictFunction", API + "PublishVerdictHandler", "post-verdict.json", True),
    ("import article", "ImportArticleFunction", API + "ImportArticleHandler", "post-articles.json", True),
    ("create key", "CreateKeyFunction", API + "CreateKeyHandler", "post-keys.json", True),
    ("revoke key", "RevokeKeyFunction", API + "RevokeKeyHandler", "delete-key.json", True),
    # Webhooks: the fixture has no subscriptions, so the notifier's event matches none (a Query
    # of the match index, nothing sent) and the delivery's subscription is gone (a GetItem,
    # the message dropped). Neither writes.
    ("notifier", "NotifierFunction", DELIVERY + "NotifierHandler", "notifier-stream.json", False),
    ("delivery", "DeliveryFunction", DELIVERY + "DeliveryHandler", "delivery-queue.json", False),
]


def set_header(event, name, value):
    for headers, v in (("headers", value), ("multiValueHeaders", [value])):
        if value is None:
            (event.get(headers) or {}).pop(name, None)
        else:
            event.setdefault(headers, {})[name] = v


def event_for(route, fixture, path):
    """The route's event file with the fixture's data; "BENCHSEQ" is made unique per call (Fresh.java)."""
    name, file = route[0], route[3]
    # Update claim changes the first claim and publish verdict the last (If-Match follows each);
    # appearances go round the others (BENCHCLAIM, Fresh.java).
    claim = {"update claim": fixture["claimIds"][0], "add appearance": "BENCHCLAIM"}.get(name, fixture["claimId"])
    text = (ROOT / "events" / file).read_text().replace(EVENT_CLAIM_ID, claim)
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
