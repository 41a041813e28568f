"""moto's server with its requests handled one at a time.

moto's own `moto_server` handles requests on parallel threads, and it undoes a failed
TransactWriteItems by restoring a copy of the table taken when that transaction began,
which erases whatever a concurrent request wrote meanwhile. DynamoDB's transactions are
serializable; handling one request at a time gives the emulator the same guarantee, so
the concurrency tests test our conditions, not the emulator's races.

It also spares moto's rollback snapshot where it cannot be needed: moto 5.2.5 copies the
whole table again for every item of a TransactWriteItems, which makes a 75-item import
take seconds on a table of a few hundred items (long enough for client timeouts and
retries that DynamoDB, unlike moto, would answer idempotently) and a benchmark of 10,000
verdicts quadratic.

Usage: python scripts/dynamodb_emulator.py PORT   (binds 127.0.0.1)
"""
import copy
import signal
import sys
import threading

from moto.apigateway.exceptions import UsagePlanNotFoundException
from moto.apigateway.models import APIGatewayBackend
from moto.dynamodb.comparisons import get_filter_expression
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


def snapshot_only_when_needed(transact_write_items):
    """Checks every condition first (requests are serialized, so nothing changes in
    between). When all hold, moto applies the writes without copying any table; when
    one fails, moto runs as it is, with one snapshot per table, to answer exactly as it
    would. Safe only because Serialized runs one request at a time: copy.deepcopy is
    swapped module-wide for the duration of the call."""

    def conditions_hold(backend, transact_items):
        for entry in transact_items:
            op_type, op = next(iter(entry.items()))
            condition = op.get("ConditionExpression")
            if op_type not in {"ConditionCheck", "Put", "Delete", "Update"} or "TableName" not in op:
                return False
            if condition is None:
                continue
            table = backend.get_table(op["TableName"])
            if op_type == "Put":
                key = {table.hash_key_attr: op["Item"][table.hash_key_attr]}
                if table.range_key_attr is not None:
                    key[table.range_key_attr] = op["Item"][table.range_key_attr]
            else:
                key = op["Key"]
            current = backend.get_item(op["TableName"], key)
            check = get_filter_expression(condition, op.get("ExpressionAttributeNames"), op.get("ExpressionAttributeValues"))
            if not check.expr(current):
                return False
        return True

    def patched(self, transact_items):
        real = copy.deepcopy
        snapshots = {}
        try:
            no_snapshot = conditions_hold(self, transact_items)
        except Exception:
            no_snapshot = False  # let moto itself report whatever is wrong

        def deepcopy_once(obj, memo=None):
            if memo is None and isinstance(obj, Table):
                if no_snapshot:
                    return obj
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


DynamoDBBackend.transact_write_items = snapshot_only_when_needed(DynamoDBBackend.transact_write_items)


def usage_plan_key_not_found(delete_usage_plan_key):
    """moto 5 answers DeleteUsagePlanKey for a key not in the plan with a KeyError (a 500);
    API Gateway answers 404 NotFoundException, which revoking a key relies on."""

    def patched(self, usage_plan_id, key_id):
        if key_id not in self.usage_plan_keys.get(usage_plan_id, {}):
            raise UsagePlanNotFoundException()
        return delete_usage_plan_key(self, usage_plan_id, key_id)

    return patched


APIGatewayBackend.delete_usage_plan_key = usage_plan_key_not_found(APIGatewayBackend.delete_usage_plan_key)


def main() -> None:
    port = int(sys.argv[1])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple("127.0.0.1", port, Serialized(app), threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
