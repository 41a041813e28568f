"""An HTTP proxy in front of the DynamoDB emulator that fails chosen calls as DynamoDB does.

moto answers one request at a time and never conflicts, throttles, fails, leaves keys
unprocessed or loses a response. Tests arm faults through the control endpoint:

  POST   /_faults  {"operation": "TransactWriteItems", "fault": "conflict", "times": 1,
                    "match": "text in the request body", "items": "text in the conflicting items"}
  GET    /_faults  -> {"faults": [... with "fired"], "transactions": [token, digest, outcome]}
  DELETE /_faults  -> disarms every fault and forgets the log

Faults: conflict (TransactWriteItems: TransactionCanceledException, TransactionConflict on
the items containing "items", None on the others), throughput (ProvisionedThroughputExceeded),
throttling (ThrottlingException), internal (HTTP 500), unprocessed (BatchGetItem: "keys":
"all" or "some" of the keys answered moved to UnprocessedKeys), lost (the request is applied,
then the connection closes unanswered), delay ("seconds" before forwarding).

Always on, as in DynamoDB: TransactWriteItems' ClientRequestToken. A token seen with the same
request in the last 10 minutes is answered with the first success without applying it
again; with another request, IdempotentParameterMismatchException; while the first is still
running, TransactionInProgressException. moto has none of this.

Usage: python scripts/dynamodb_faults.py PORT UPSTREAM_URL   (binds 127.0.0.1)
"""
import hashlib
import http.client
import json
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

DYNAMODB = "com.amazonaws.dynamodb.v20120810#"
TOKEN_WINDOW_SECONDS = 600
FAULTS = {"conflict", "throughput", "throttling", "internal", "unprocessed", "lost", "delay"}
ERRORS = {
    "throughput": (400, DYNAMODB + "ProvisionedThroughputExceededException",
                   "The level of configured provisioned throughput for the table was exceeded. "
                   "Consider increasing your provisioning level with the UpdateTable API."),
    "throttling": (400, "com.amazon.coral.availability#ThrottlingException",
                   "Rate of requests exceeds the allowed throughput."),
    "internal": (500, DYNAMODB + "InternalServerError", "Internal server error"),
}


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.faults = []        # armed specs, each with "remaining" and "fired"
        self.transactions = []  # what happened to each TransactWriteItems, for tests
        self.tokens = {}        # ClientRequestToken -> {digest, expires, response or None while running}

    def arm(self, spec):
        if spec.get("fault") not in FAULTS:
            raise ValueError(f"fault must be one of {sorted(FAULTS)}")
        if not isinstance(spec.get("operation"), str):
            raise ValueError("operation (e.g. GetItem) is required")
        if spec["fault"] == "conflict" and spec["operation"] != "TransactWriteItems":
            raise ValueError("conflict applies to TransactWriteItems")
        if spec["fault"] == "unprocessed" and spec["operation"] != "BatchGetItem":
            raise ValueError("unprocessed applies to BatchGetItem")
        fault = {"times": 1, "match": None, "items": None, "keys": "all", "seconds": 7.0, **spec}
        fault["remaining"] = int(fault["times"])
        fault["fired"] = 0
        with self.lock:
            self.faults.append(fault)
            return len(self.faults) - 1

    def take(self, operation, body):
        """The first armed fault for this call, counted as fired; None when none applies."""
        if not self.faults:
            return None  # passthrough costs one list check
        text = body.decode("utf-8", "replace")
        with self.lock:
            for fault in self.faults:
                if fault["operation"] == operation and fault["remaining"] > 0 \
                        and (fault["match"] is None or fault["match"] in text):
                    fault["remaining"] -= 1
                    fault["fired"] += 1
                    return dict(fault)
        return None

    def report(self):
        with self.lock:
            return {"faults": [dict(f) for f in self.faults], "transactions": list(self.transactions)}

    def reset(self):
        with self.lock:
            self.faults.clear()
            self.transactions.clear()

    def log(self, token, digest, outcome):
        with self.lock:
            self.transactions.append({"token": token, "digest": digest, "outcome": outcome})
            del self.transactions[:-500]


STATE = State()


def error(status, type_, message, extra=None):
    return status, json.dumps({"__type": type_, "message": message, **(extra or {})}).encode()


def cancelled_by_conflict(request, selector):
    """TransactionCanceledException as DynamoDB words it: one reason per item, in order."""
    reasons = []
    for item in request.get("TransactItems", []):
        hit = selector is None or selector in json.dumps(item)
        reasons.append({"Code": "TransactionConflict", "Message": "Transaction is ongoing for the item"}
                       if hit else {"Code": "None"})
    codes = ", ".join(r["Code"] for r in reasons)
    return 400, json.dumps({
        "__type": DYNAMODB + "TransactionCanceledException",
        "CancellationReasons": reasons,
        "Message": f"Transaction cancelled, please refer cancellation reasons for specific reasons [{codes}]",
    }).encode()


def move_to_unprocessed(request, body, which):
    """Drops answered items whose keys are chosen and lists those keys as unprocessed."""
    answer = json.loads(body)
    unprocessed = {}
    for table, spec in request.get("RequestItems", {}).items():
        keys = spec.get("Keys", [])
        chosen = keys if which == "all" else keys[: max(1, len(keys) // 2)]
        if not chosen:
            continue
        names = set().union(*(k.keys() for k in chosen))
        chosen_ids = [json.dumps(k, sort_keys=True) for k in chosen]
        items = answer.get("Responses", {}).get(table, [])
        answer.setdefault("Responses", {})[table] = [
            i for i in items if json.dumps({n: i.get(n) for n in names}, sort_keys=True) not in chosen_ids]
        unprocessed[table] = {**spec, "Keys": chosen}
    answer["UnprocessedKeys"] = unprocessed
    return json.dumps(answer).encode()


class Upstream(threading.local):
    """One keep-alive connection to the emulator per proxy thread."""

    def __init__(self):
        self.connection = None

    def call(self, method, path, headers, body):
        for attempt in (1, 2):
            if self.connection is None:
                kind = http.client.HTTPSConnection if UPSTREAM.scheme == "https" else http.client.HTTPConnection
                self.connection = kind(UPSTREAM.hostname, UPSTREAM.port, timeout=120)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                if response.will_close:
                    self.connection.close()
                    self.connection = None
                return response.status, response.getheaders(), data
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise


UPSTREAM = None
UPSTREAM_CALLS = Upstream()
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host", "accept-encoding",
               "x-amz-crc32", "server", "date"}


class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall

    def log_message(self, *args):
        pass

    # ---- control endpoint

    def do_GET(self):
        if self.path.startswith("/_faults"):
            return self.reply(200, [], json.dumps(STATE.report()).encode())
        self.forward_and_reply(self.body())

    def do_DELETE(self):
        if self.path.startswith("/_faults"):
            STATE.reset()
            return self.reply(204, [], b"")
        self.forward_and_reply(self.body())

    def do_POST(self):
        body = self.body()
        if self.path.startswith("/_faults"):
            try:
                spec = json.loads(body)
                return self.reply(201, [], json.dumps({"id": STATE.arm(spec)}).encode())
            except (ValueError, TypeError) as e:
                return self.reply(400, [], json.dumps({"error": str(e)}).encode())
        operation = self.headers.get("X-Amz-Target", "").rpartition(".")[2]
        fault = STATE.take(operation, body)
        if fault is None:
            return self.forward_and_reply(body, operation)
        kind = fault["fault"]
        if operation == "TransactWriteItems" and kind in ERRORS or kind == "conflict":
            # Recorded too: tests check which ClientRequestToken each attempt carried.
            STATE.log(json.loads(body).get("ClientRequestToken"), hashlib.sha256(body).hexdigest()[:16], kind)
        if kind in ERRORS:
            status, payload = error(*ERRORS[kind])
            return self.reply(status, [], payload)
        if kind == "conflict":
            status, payload = cancelled_by_conflict(json.loads(body), fault["items"])
            return self.reply(status, [], payload)
        if kind == "delay":
            time.sleep(float(fault["seconds"]))
            return self.forward_and_reply(body, operation)
        status, headers, payload = self.forward(body, operation)
        if kind == "lost":
            self.close_connection = True  # applied upstream; the client never hears of it
            return None
        if kind == "unprocessed" and status == 200:
            payload = move_to_unprocessed(json.loads(body), payload, fault["keys"])
        return self.reply(status, headers, payload)

    # ---- forwarding, with DynamoDB's ClientRequestToken

    def forward_and_reply(self, body, operation=""):
        self.reply(*self.forward(body, operation))

    def forward(self, body, operation=""):
        token = None
        if operation == "TransactWriteItems":
            token = json.loads(body).get("ClientRequestToken")
        if not token:
            return self.upstream(body)
        digest = hashlib.sha256(body).hexdigest()[:16]
        now = time.monotonic()
        with STATE.lock:
            seen = STATE.tokens.get(token)
            if seen is not None and seen["expires"] < now:
                seen = None
            if seen is None:
                STATE.tokens[token] = {"digest": digest, "expires": now + TOKEN_WINDOW_SECONDS, "response": None}
        if seen is not None:
            if seen["digest"] != digest:
                outcome = error(400, DYNAMODB + "IdempotentParameterMismatchException",
                                "The request uses the same client token as a previous, but non-identical request.")
                STATE.log(token, digest, "mismatch")
            elif seen["response"] is None:
                outcome = error(400, DYNAMODB + "TransactionInProgressException",
                                "The transaction with the given request token is already in progress.")
                STATE.log(token, digest, "in-progress")
            else:
                outcome = seen["response"]
                STATE.log(token, digest, "replayed")
            return outcome[0], [], outcome[1]
        try:
            status, headers, payload = self.upstream(body)
        except Exception:
            with STATE.lock:
                STATE.tokens.pop(token, None)
            raise
        with STATE.lock:
            if status == 200:
                STATE.tokens[token]["response"] = (status, payload)
            else:
                STATE.tokens.pop(token, None)  # only a success is remembered; a failure may be retried
            for t in [t for t, r in STATE.tokens.items() if r["expires"] < now]:
                del STATE.tokens[t]
        STATE.log(token, digest, "applied" if status == 200 else f"failed {status}")
        return status, headers, payload

    def upstream(self, body):
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
        headers["Content-Length"] = str(len(body))
        return UPSTREAM_CALLS.call(self.command, self.path, headers, body)

    # ---- plumbing

    def body(self):
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def reply(self, status, headers, payload):
        try:
            self.send_response(status)
            kept = {k.lower() for k, _ in headers}
            for k, v in headers:
                if k.lower() not in HOP_HEADERS:
                    self.send_header(k, v)
            if "content-type" not in kept:
                self.send_header("Content-Type", "application/x-amz-json-1.0")
            self.send_header("x-amz-crc32", str(zlib.crc32(payload)))
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (its timeout): nothing to tell it


def main():
    global UPSTREAM
    port, UPSTREAM = int(sys.argv[1]), urlsplit(sys.argv[2])
    server = ThreadingHTTPServer(("127.0.0.1", port), Proxy)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
