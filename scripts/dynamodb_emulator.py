"""moto's server with its requests handled one at a time.

moto's own `moto_server` handles requests on parallel threads, and it undoes a failed
TransactWriteItems by restoring a copy of the table taken when that transaction began,
which erases whatever a concurrent request wrote meanwhile. DynamoDB's transactions are
serializable; handling one request at a time gives the emulator the same guarantee, so
the concurrency tests test our conditions, not the emulator's races.

It also answers DeleteUsagePlanKey for a missing key with API Gateway's 404 (moto: a 500),
and it enforces DynamoDB's limits that moto does not (key and item sizes, batch and
transaction limits) and makes TransactWriteItems all or nothing without copying whole
tables (moto 5.2.5 copies every table again for every item of a transaction, which made
a 75-item import take seconds): see dynamodb_strict/. Both patch moto module-wide, which
is safe only because requests are handled one at a time.

Usage: python scripts/dynamodb_emulator.py PORT   (binds 127.0.0.1)
"""
import io
import signal
import sys
import threading
import time

import dynamodb_strict
from moto.apigateway.exceptions import UsagePlanNotFoundException
from moto.apigateway.models import APIGatewayBackend
from werkzeug.serving import run_simple
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app


SLOW_SECONDS = 2.0


class Serialized:
    def __init__(self, app):
        self.app = app
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        # The body is read before the lock is taken: a client that stops halfway through sending
        # one (an SDK call interrupted mid-write) then holds up its own request only, not all.
        length = int(environ.get("CONTENT_LENGTH") or 0)
        stream = environ["wsgi.input"]
        body = stream.read(length) if length else stream.read() if environ.get("wsgi.input_terminated") else b""
        environ["wsgi.input"] = io.BytesIO(body)
        with self.lock:
            started = time.monotonic()
            try:
                # Consume the whole response inside the lock: moto works while iterating.
                return list(self.app(environ, start_response))
            finally:
                took = time.monotonic() - started
                if took > SLOW_SECONDS:  # every other request waited that long: say which one it was
                    target = environ.get("HTTP_X_AMZ_TARGET") or environ.get("PATH_INFO")
                    print(f"slow request: {target} held the emulator for {took:.1f} s", file=sys.stderr, flush=True)


def usage_plan_key_not_found(delete_usage_plan_key):
    """moto 5 answers DeleteUsagePlanKey for a key not in the plan with a KeyError (a 500);
    API Gateway answers 404 NotFoundException, which revoking a key relies on."""

    def patched(self, usage_plan_id, key_id):
        if key_id not in self.usage_plan_keys.get(usage_plan_id, {}):
            raise UsagePlanNotFoundException()
        return delete_usage_plan_key(self, usage_plan_id, key_id)

    return patched


def main() -> None:
    dynamodb_strict.install()
    APIGatewayBackend.delete_usage_plan_key = usage_plan_key_not_found(APIGatewayBackend.delete_usage_plan_key)
    port = int(sys.argv[1])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple("127.0.0.1", port, Serialized(app), threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
