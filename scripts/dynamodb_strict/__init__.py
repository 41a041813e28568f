"""moto's DynamoDB made as strict as DynamoDB where this project can tell the difference.

install() patches moto 5.2.5 in this process (idempotent):
- checks.py: key sizes (partition ≤ 2,048 bytes, sort ≤ 1,024, also on reads, Query key
  conditions and ExclusiveStartKey), empty keys, item size ≤ 400 KB by DynamoDB's rules,
  batch and transaction limits, before moto runs;
- atomic.py: TransactWriteItems all or nothing without copying tables, UpdateItem's result
  size;
- moto's own item-size check (405,000 bytes by its own count, re-summed on every
  attribute set) and key-size check (the partition-key message for index keys too)
  give way to those;
- UpdateItem and DeleteItem answer ConsumedCapacity only when ReturnConsumedCapacity asks
  for it, as DynamoDB does (moto always adds it): parsing a field AWS never sends would
  count against a first request in `make bench`;
- answers.py: attribute values written straight from their wire format (moto's serializer
  took about 78 ms for a Query answering 20 claims), with the same bytes;
- reads.py: Query and Scan without sorting the whole table through DynamoType comparisons
  on every call, and a Query of the table from its partition alone: the same items in the
  same order.
"""
import functools

from moto.core.exceptions import JsonRESTError
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import LimitedSizeDict
from moto.dynamodb.models.table import Table
from moto.dynamodb.responses import DynamoHandler

from . import answers, atomic, checks, reads

_installed = False


def _checked(action, check):
    @functools.wraps(action)
    def handler(self):
        try:
            check(self.body, self.dynamodb_backend)
        except JsonRESTError:
            raise  # DynamoDB's answer
        except Exception:
            pass  # a malformed request (no key, a number that is none): moto's validation answers
        return action(self)

    return handler


def _query_checked(query):
    @functools.wraps(query)
    def patched(self, table_name, *args, hash_key_conditions=None, range_key_conditions=None, **kwargs):
        checks.check_key_conditions(hash_key_conditions, range_key_conditions)
        return query(self, table_name, *args, hash_key_conditions=hash_key_conditions,
                     range_key_conditions=range_key_conditions, **kwargs)

    return patched


def _capacity_as_asked(action):
    @functools.wraps(action)
    def handler(self):
        result = action(self)
        if self.body.get("ReturnConsumedCapacity", "NONE") == "NONE" and isinstance(result.result, dict):
            result.result.pop("ConsumedCapacity", None)
            result.result.pop("ConsumedCapacityUnits", None)
        return result

    return handler


def _key_sizes(table, item_attrs):
    checks.check_key(table, item_attrs)
    checks.check_index_keys(table, item_attrs)


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    for name, check in checks.BY_ACTION.items():
        setattr(DynamoHandler, name, _checked(getattr(DynamoHandler, name), check))
    DynamoDBBackend.query = _query_checked(DynamoDBBackend.query)
    DynamoDBBackend.transact_write_items = atomic.without_table_copies(DynamoDBBackend.transact_write_items)
    DynamoDBBackend.update_item = atomic.result_within_limit(DynamoDBBackend.update_item)
    DynamoHandler.update_item = _capacity_as_asked(DynamoHandler.update_item)
    DynamoHandler.delete_item = _capacity_as_asked(DynamoHandler.delete_item)
    Table._validate_key_sizes = _key_sizes
    LimitedSizeDict.__setitem__ = dict.__setitem__
    answers.install()
    reads.install()
