"""samplerequests/webhook_receiver.py, the README's receiver: it accepts what the delivery
function signs (Standard Webhooks, a rotation's two signatures), refuses any other
signature or a stale timestamp, and handles a repeated webhook-id once."""
import base64, hashlib, hmac, os, subprocess, sys, time, urllib.error, urllib.request
from pathlib import Path

from listening import free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent
SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()
OTHER = "whsec_" + base64.b64encode(b"o" * 32).decode()


def sign(secret, msg_id, ts, body):
    key = base64.b64decode(secret.removeprefix("whsec_"))
    return "v1," + base64.b64encode(hmac.new(key, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()


def post(port, msg_id, ts, signature, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/hook", data=body, method="POST", headers={
        "webhook-id": msg_id, "webhook-timestamp": str(ts), "webhook-signature": signature,
        "Content-Type": "application/json"})
    try:
        return urllib.request.urlopen(request, timeout=5).status
    except urllib.error.HTTPError as e:
        return e.code


def test_the_sample_receiver_verifies_and_deduplicates():
    port = free_port()
    receiver = subprocess.Popen([sys.executable, str(ROOT / "samplerequests/webhook_receiver.py"), str(port)],
                                env={**os.environ, "WEBHOOK_SECRET": SECRET}, stdout=subprocess.PIPE, text=True)
    try:
        wait_for(port, receiver)
        body = b'{"type":"claim.created","timestamp":"2026-01-01T00:00:00.000Z","data":{"claim":{"id":"C1"}}}'
        now = int(time.time())
        assert post(port, "E1", now, sign(SECRET, "E1", now, body), body) == 204
        assert post(port, "E1", now, sign(SECRET, "E1", now, body), body) == 204  # a repeat: accepted, not handled again
        assert post(port, "E2", now, sign(OTHER, "E2", now, body) + " " + sign(SECRET, "E2", now, body), body) == 204
        assert post(port, "E3", now, sign(OTHER, "E3", now, body), body) == 401
        assert post(port, "E4", now - 600, sign(SECRET, "E4", now - 600, body), body) == 401
    finally:
        receiver.terminate()
    assert receiver.communicate(timeout=5)[0].split("\n")[:-1] == ["E1 claim.created C1", "E2 claim.created C1"]
