"""The webhook rows of `make bench` (bench/routes.py, bench/run.py): their events and env."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import routes  # noqa: E402
import run  # noqa: E402

FIXTURE = {"claimId": "C1", "claimIds": ["C0", "C1"], "revokedKeyId": "K1", "etags": {}, "key": "k"}


def route(name):
    return next(r for r in routes.ROUTES if r[0] == name)


def test_webhook_functions_are_measured_and_write_nothing():
    assert route("notifier")[1:3] == ("NotifierFunction", "org.factcheck.claims.delivery.NotifierHandler")
    assert route("delivery")[1:3] == ("DeliveryFunction", "org.factcheck.claims.delivery.DeliveryHandler")
    assert route("notifier")[4] is False and route("delivery")[4] is False


def test_webhook_events_are_their_files_records(tmp_path):
    stream = json.loads(routes.event_for(route("notifier"), FIXTURE, tmp_path / "n.json").read_text())
    assert stream["Records"][0]["eventSource"] == "aws:dynamodb"
    assert stream["Records"][0]["dynamodb"]["NewImage"]["type"]["S"] == "verdict.published"
    sqs = json.loads(routes.event_for(route("delivery"), FIXTURE, tmp_path / "d.json").read_text())
    message = json.loads(sqs["Records"][0]["body"])
    assert sqs["Records"][0]["eventSource"] == "aws:sqs"
    assert message["subscriptionId"] and "headers" not in sqs


def test_function_env_names_a_delivery_queue_on_the_emulator(monkeypatch):
    monkeypatch.setenv("AWS_ENDPOINT_URL_SQS", "http://127.0.0.1:4566/")
    env = run.function_env(run.template(), "t", "k", "s")
    assert env["DELIVERY_QUEUE_URL"] == "http://127.0.0.1:4566/123456789012/bench-deliveries.fifo"
    assert (env["TABLE_NAME"], env["KEYS_TABLE_NAME"], env["SUBSCRIPTION_SECRETS_TABLE_NAME"]) == ("t", "k", "s")
