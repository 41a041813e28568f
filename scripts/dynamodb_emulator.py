"""moto's server with its requests handled one at a time.

moto's own `moto_server` handles requests on parallel threads, and it undoes a failed
TransactWriteItems by restoring a copy of the table taken when that transaction began,
which erases whatever a concurrent request wrote meanwhile. DynamoDB's transactions are
serializable; handling one request at a time gives the emulator the same guarantee, so
the concurrency tests test our conditions, not the emulator's races.

It also takes moto's rollback snapshot once per table per transaction: moto 5.2.5
copies the whole table again for every item of a TransactWriteItems, which makes a
75-item import take seconds on a table of a few hundred items (long enough for client
timeouts and retries that DynamoDB, unlike moto, would answer idempotently).

Usage: python scripts/dynamodb_emulator.py PORT   (binds 127.0.0.1)
"""
import copy
import signal
import sys
import threading

from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.table import Table

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


def snapshot_each_table_once(transact_write_items):
    # Safe only because Serialized runs one request at a time: copy.deepcopy is swapped
    # module-wide for the duration of the call.
    def patched(self, transact_items):
        real = copy.deepcopy
        snapshots = {}

        def deepcopy_once(obj, memo=None):
            if memo is None and isinstance(obj, Table):
                if id(obj) not in snapshots:
                    snapshots[id(obj)] = real(obj)
                return snapshots[id(obj)]
            return real(obj, memo)

        copy.deepcopy = deepcopy_once
        try:
            return transact_write_items(self, transact_items)
        finally:
            copy.deepcopy = real

    return patched


DynamoDBBackend.transact_write_items = snapshot_each_table_once(DynamoDBBackend.transact_write_items)


def main() -> None:
    port = int(sys.argv[1])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple("127.0.0.1", port, Serialized(app), threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
