"""The webhook rows of `make bench` (bench/routes.py, bench/run.py): their events and env."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import report  # noqa: E402
import routes  # noqa: E402
import run  # noqa: E402

FIXTURE = {"claimId": "C1", "claimIds": ["C0", "C1"], "revokedKeyId": "K1", "etags": {}, "key": "k",
           "subscriptionId": "S1", "subscriptionOwnerKeyId": "O1"}
NOTIFIER, DELIVERY = "org.factcheck.claims.delivery.NotifierHandler", "org.factcheck.claims.delivery.DeliveryHandler"


def route(name):
    return next(r for r in routes.ROUTES if r[0] == name)


def test_webhook_functions_are_measured_without_and_with_a_matching_subscription():
    assert route("notifier (no match)")[1:3] == route("notifier (match)")[1:3] == ("NotifierFunction", NOTIFIER)
    assert route("delivery (dropped)")[1:3] == route("delivery (send)")[1:3] == ("DeliveryFunction", DELIVERY)
    # Only the send writes (the outcome on the subscription): it runs on copies of the tables.
    assert [route(n)[4] for n in ("notifier (no match)", "delivery (dropped)", "notifier (match)", "delivery (send)")] == [
        False, False, False, True]


def test_webhook_events_are_their_files_records(tmp_path):
    stream = json.loads(routes.event_for(route("notifier (no match)"), FIXTURE, tmp_path / "n.json").read_text())
    assert stream["Records"][0]["eventSource"] == "aws:dynamodb"
    assert stream["Records"][0]["dynamodb"]["NewImage"]["type"]["S"] == "verdict.published"
    assert stream["Records"][0]["dynamodb"]["NewImage"]["claimId"]["S"] == routes.HOOK_CLAIM_ID  # not the fixture's
    sqs = json.loads(routes.event_for(route("delivery (dropped)"), FIXTURE, tmp_path / "d.json").read_text())
    message = json.loads(sqs["Records"][0]["body"])
    assert sqs["Records"][0]["eventSource"] == "aws:sqs"
    assert message["subscriptionId"] == routes.HOOK_SUBSCRIPTION_ID and "headers" not in sqs


def test_the_sending_rows_name_the_fixtures_subscription_and_an_event_newer_than_it(tmp_path):
    stream = json.loads(routes.event_for(route("notifier (match)"), FIXTURE, tmp_path / "n.json").read_text())
    image = stream["Records"][0]["dynamodb"]["NewImage"]
    assert image["claimId"]["S"] == "C1" and json.loads(image["body"]["S"])["data"]["claim"]["id"] == "C1"
    assert image["timestamp"]["S"] > "2026" and image["timestamp"]["S"].endswith("Z")
    sqs = json.loads(routes.event_for(route("delivery (send)"), FIXTURE, tmp_path / "d.json").read_text())
    message = json.loads(sqs["Records"][0]["body"])
    assert (message["subscriptionId"], message["ownerKeyId"], message["claimId"]) == ("S1", "O1", "C1")
    assert sqs["Records"][0]["attributes"]["MessageGroupId"] == "S1#C1"


def test_routes_sharing_an_event_file_get_copies_of_their_own():
    names = {routes.event_file(r) for r in routes.ROUTES}
    assert len(names) == len(routes.ROUTES)
    assert routes.event_file(route("delivery (send)")) == "delivery-send.json"


def test_only_the_delivery_that_sends_may_post_to_loopback():
    assert routes.ROUTE_ENV == {"delivery (send)": {"WEBHOOK_ALLOW_LOOPBACK": "true"}}
    env = run.function_env(run.template(), "t", "k", "s")
    assert env["WEBHOOK_ALLOW_LOOPBACK"] != "true"  # the template's value for every other row


def test_function_env_names_a_delivery_queue_on_the_emulator(monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_SQS", "http://127.0.0.1:4566/")
    env = run.function_env(run.template(), "t", "k", "s")
    assert env["DELIVERY_QUEUE_URL"] == "http://127.0.0.1:4566/123456789012/bench-deliveries.fifo"
    assert (env["TABLE_NAME"], env["KEYS_TABLE_NAME"], env["SUBSCRIPTION_SECRETS_TABLE_NAME"]) == ("t", "k", "s")
    assert run.function_env(run.template(), "t", "k", "s", "http://q/1/x.fifo")["DELIVERY_QUEUE_URL"] == "http://q/1/x.fifo"


def test_the_report_says_what_the_sending_rows_leave_out():
    hooks = {"not_replayed": routes.NOT_REPLAYED, "loopback_allowed": ["delivery (send)"], "receiver_posts": 25,
             "receiver_posts_expected": 25}
    text = "\n".join(report.webhook_notes(hooks))
    assert "SQS SendMessageBatch" in text and "HTTP POST" in text and "WEBHOOK_ALLOW_LOOPBACK=true" in text
    assert "counted 25 POSTs (25 expected)" in text and "No DNS, no TLS" in text
    assert report.webhook_notes(None) == []
    assert report.flag({"ratio": 1.5, "limit": 1.2, "met": None}) == "1.50 not compared"
