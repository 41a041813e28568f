"""All-or-nothing writes without copying whole tables.

moto 5.2.5's TransactWriteItems deep-copies every table it touches once per action (a
75-item import on a table of a few hundred items took seconds; a 10,000-verdict
benchmark became quadratic) and restores those copies on failure. Here no table is
copied: before moto runs, the transaction's target items (at most 100) are copied, and
on any failure whatever moto applied is put back from that undo log, and the stream
records it added are dropped. A transaction touches nothing but its targets (and the
streams), so the log is complete whatever fails, wherever.
Safe only because the server handles one request at a time: copy.deepcopy is swapped
module-wide for the duration of the call.

UpdateItem's result is checked here too (it depends on the stored item): over 400 KB,
or with a secondary index key over its limit, the item and the table's stream are put
back and the update refused, as DynamoDB refuses it.
"""
import copy

from moto.dynamodb.exceptions import ItemSizeToUpdateTooLarge
from moto.dynamodb.models.table import Table

from .checks import check_index_keys
from .sizes import MAX_ITEM_BYTES, item_size

_transaction_running = False


class ValidationError(Exception):
    """Raised inside a transaction: moto reports an exception's class name and text as
    the cancellation reason, so this cancels with DynamoDB's reason for an Update whose
    result is too large ("ValidationError") instead of a top-level ValidationException."""


def _put_back(table, hash_key, range_key, item) -> None:
    if range_key is None:
        if item is None:
            table.items.pop(hash_key, None)
        else:
            table.items[hash_key] = item
    elif item is None:
        table.items.get(hash_key, {}).pop(range_key, None)
    else:
        table.items[hash_key][range_key] = item


def _target(backend, table_name, key):
    table = backend.get_table(table_name)
    hash_key, range_key = backend.get_keys_value(table, key)
    return table, hash_key, range_key, copy.deepcopy(table.get_item(hash_key, range_key))


def _undo_log(backend, actions):
    log = []
    for action in actions:
        (kind, op), = action.items()
        log.append(_target(backend, op["TableName"], op["Item"] if kind == "Put" else op["Key"]))
    return log


def _stream_lengths(undo):
    tables = {id(table): table for table, *_ in undo if table.stream_shard is not None}
    return [(table.stream_shard, len(table.stream_shard.items)) for table in tables.values()]


def without_table_copies(transact_write_items):
    def patched(self, transact_items):
        global _transaction_running
        try:
            undo = _undo_log(self, transact_items)
            streams = _stream_lengths(undo)
        except Exception:
            undo, streams = None, []  # a target moto cannot even find: moto copies the tables and reports it
        real = copy.deepcopy
        snapshots = {}

        def deepcopy(obj, memo=None):
            if memo is None and isinstance(obj, Table):
                if undo is not None:
                    return obj  # moto's "backup" is the live table; the undo log restores
                if id(obj) not in snapshots:  # one copy per table, not one per action
                    snapshots[id(obj)] = real(obj)
                return snapshots[id(obj)]
            return real(obj, memo)

        copy.deepcopy = deepcopy
        _transaction_running = True
        try:
            return transact_write_items(self, transact_items)
        except BaseException:
            for table, hash_key, range_key, item in reversed(undo or []):
                _put_back(table, hash_key, range_key, item)
            for shard, length in streams:
                del shard.items[length:]
            raise
        finally:
            copy.deepcopy = real
            _transaction_running = False

    return patched


def result_within_limit(update_item):
    def patched(self, table_name, key, *args, **kwargs):
        try:
            table, hash_key, range_key, before = _target(self, table_name, key)
        except Exception:
            return update_item(self, table_name, key, *args, **kwargs)  # moto reports it
        streams = _stream_lengths([(table,)])
        item = update_item(self, table_name, key, *args, **kwargs)

        def undo():
            _put_back(table, hash_key, range_key, before)
            for shard, length in streams:
                del shard.items[length:]

        try:
            check_index_keys(table, item.attrs)
        except Exception:
            undo()
            raise
        if item_size(item.attrs) > MAX_ITEM_BYTES:
            undo()
            if _transaction_running:
                raise ValidationError(ItemSizeToUpdateTooLarge.item_size_to_update_too_large_msg)
            raise ItemSizeToUpdateTooLarge()
        return item

    return patched
