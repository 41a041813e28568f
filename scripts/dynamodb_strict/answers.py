"""moto's answers, written as fast as the wire format allows, and byte for byte the same.

moto 5.2.5 writes every answer through a serializer driven by the service model: each
attribute value is a structure of ten members (S, N, B, …), and each member is looked
up under several spellings. A Query answering 20 claims took about 78 ms in the emulator,
against 2 ms for the rest of its work; DynamoDB answers it in a few. That time is the
emulator's, not ours, yet `make bench` counted it against the routes that read many
items (list by status, the change feed, the notifier).

An attribute value is already in wire format when moto writes it (a one-key dict), so
for the types whose slow path copies them unchanged (strings, numbers, booleans, null,
string and number sets, and maps and lists of those) the value is copied here instead.
Anything else (binary, a shape this does not know) takes moto's own path. Nothing here
reads a request: what the emulator accepts or refuses is unchanged.
tests/emulator/test_answers.py compares both paths on every attribute type.
"""
from moto.core.serialize import BaseJSONSerializer

_UNCHANGED = {"S": str, "N": str, "BOOL": bool, "NULL": bool}
_SETS = ("SS", "NS")


class _SlowPath(Exception):
    """This value needs moto's own serializer."""


def wire(value):
    """The attribute value as moto's serializer would write it, or _SlowPath."""
    if type(value) is not dict or len(value) != 1:
        raise _SlowPath
    ((tag, inner),) = value.items()
    if tag in _UNCHANGED:
        if type(inner) is not _UNCHANGED[tag]:
            raise _SlowPath
        return {tag: inner}
    if tag in _SETS:
        if type(inner) is not list or any(type(v) is not str for v in inner):
            raise _SlowPath
        return {tag: list(inner)}
    if tag == "M" and type(inner) is dict:
        return {"M": {k: wire(v) for k, v in inner.items()}}
    if tag == "L" and type(inner) is list:
        return {"L": [wire(v) for v in inner]}
    raise _SlowPath


def fast_attribute_values(serialize_structure):
    def patched(self, serialized, value, shape, key):
        if shape.name == "AttributeValue" and key:
            try:
                serialized[self.get_serialized_name(shape, key)] = wire(value)
                return
            except _SlowPath:
                pass
        serialize_structure(self, serialized, value, shape, key)

    patched.slow = serialize_structure
    return patched


def install() -> None:
    BaseJSONSerializer._serialize_type_structure = fast_attribute_values(BaseJSONSerializer._serialize_type_structure)
