"""moto's server with its requests handled one at a time.

moto's own `moto_server` handles requests on parallel threads, and it undoes a failed
TransactWriteItems by restoring a copy of the table taken when that transaction began,
which erases whatever a concurrent request wrote meanwhile. DynamoDB's transactions are
serializable; handling one request at a time gives the emulator the same guarantee, so
the concurrency tests test our conditions, not the emulator's races.

It also enforces DynamoDB's limits that moto does not (key and item sizes, batch and
transaction limits) and makes TransactWriteItems all or nothing without copying whole
tables (moto 5.2.5 copies every table again for every item of a transaction, which made
a 75-item import take seconds): see dynamodb_strict/. Both patch moto module-wide, which
is safe only because requests are handled one at a time.

Usage: python scripts/dynamodb_emulator.py PORT   (binds 127.0.0.1)
"""
import signal
import sys
import threading

import dynamodb_strict
from werkzeug.serving import run_simple
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app


class Serialized:
    def __init__(self, app):
        self.app = app
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            # Consume the whole response inside the lock: moto works while iterating.
            return list(self.app(environ, start_response))


def main() -> None:
    dynamodb_strict.install()
    port = int(sys.argv[1])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple("127.0.0.1", port, Serialized(app), threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
