"""moto's Query and Scan read the same items in the same order, without sorting the whole
table through DynamoType comparisons on every call.

moto 5.2.5 starts every Query (and Scan) from Table.all_items(), which sorts every item of
the table by its keys, comparing DynamoType objects (each comparison casts both values
again). `make bench` grows the claims table to about a thousand items as its cold runs
write, and a Query then cost 10 ms or more whatever it read; the change feed makes nine.
DynamoDB reads a partition, not the table.

- all_items sorts by the keys' cast values computed once per item: the order moto's own
  comparisons give, since a table's keys all have one type (its key schema).
- A Query of the table itself (not an index) starts from its partition's items only:
  moto's own filter (`item.hash_key == hash_key`) keeps exactly those, and it sorts them
  by range key afterwards.

Nothing here decides what is accepted or refused. tests/emulator/test_reads.py compares
both paths on random tables.
"""
import functools

from moto.dynamodb.models.table import Table


def _sort_key(item):
    if item.range_key is not None:
        return item.hash_key.cast_value, item.range_key.cast_value
    return item.hash_key.cast_value


def all_items(self):
    partition = getattr(self, "_queried_partition", None)
    if partition is not None:
        found = self.items.get(partition)
        if found is None:
            return []
        items = list(found.values()) if self.range_key_attr else [found]
    elif self.range_key_attr:
        items = [item for hash_set in self.items.values() for item in hash_set.values()]
    else:
        items = list(self.items.values())
    return sorted(items, key=_sort_key)


def partition_first(query):
    @functools.wraps(query)
    def patched(self, hash_key, range_comparison, range_objs, limit, exclusive_start_key, scan_index_forward,
                projection_expressions, index_name=None, *args, **kwargs):
        narrow = index_name is None and hash_key is not None
        if narrow:
            self._queried_partition = hash_key
        try:
            return query(self, hash_key, range_comparison, range_objs, limit, exclusive_start_key,
                         scan_index_forward, projection_expressions, index_name, *args, **kwargs)
        finally:
            if narrow:
                del self._queried_partition

    return patched


def install() -> None:
    all_items.slow = Table.all_items  # moto's own, for tests/emulator/test_reads.py
    Table.all_items = all_items
    Table.query = partition_first(Table.query)  # moto's own: Table.query.__wrapped__
