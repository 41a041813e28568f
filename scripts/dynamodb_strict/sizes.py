"""DynamoDB's sizes and key limits, computed from attribute values.

Item size as the developer guide's "DynamoDB item sizes and formats" describes it: the
UTF-8 bytes of every attribute name plus its value; strings in UTF-8 bytes, binaries in
raw bytes, booleans and nulls 1 byte, lists and maps 3 bytes plus 1 per element, sets
the sum of their members. A number costs 1 byte plus 1 per pair of significant digits
counted from the decimal point (base-100 digits), plus 1 if negative: the guide's
"approximately 1 byte per two significant digits plus 1", made exact the way DynamoDB
stores numbers (so 3.14159 costs 5 bytes, 123456 costs 4).

Values come either as request JSON ({"S": "..."}; binaries as bytes) or as moto's
stored DynamoType (binaries as base64 text); both are measured the same.
"""
import base64
from decimal import Context, Decimal

MAX_ITEM_BYTES = 400 * 1024
MAX_HASH_KEY_BYTES = 2048
MAX_RANGE_KEY_BYTES = 1024
MAX_TRANSACTION_BYTES = 4 * 1024 * 1024

_WIDE = Context(prec=100)  # wider than DynamoDB's 38 digits: normalize() must not round


def kind_and_value(value):
    if isinstance(value, dict):
        (kind, inner), = value.items()
        return kind, inner
    return value.type, value.value  # moto's DynamoType


def raw_bytes(value) -> bytes:
    return bytes(value) if isinstance(value, (bytes, bytearray)) else base64.b64decode(value)


def number_size(text: str) -> int:
    number = Decimal(text)  # moto refuses what is no number; here it only must not count it
    if not number.is_finite():
        return len(text)
    if number == 0:
        return 1
    sign, digits, exponent = number.normalize(_WIDE).as_tuple()
    highest = exponent + len(digits) - 1
    return 1 + (highest // 2 - exponent // 2 + 1) + sign


def value_size(value) -> int:
    kind, inner = kind_and_value(value)
    if kind == "S":
        return len(inner.encode("utf-8"))
    if kind == "N":
        return number_size(inner)
    if kind == "B":
        return len(raw_bytes(inner))
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "SS":
        return sum(len(s.encode("utf-8")) for s in inner)
    if kind == "NS":
        return sum(number_size(n) for n in inner)
    if kind == "BS":
        return sum(len(raw_bytes(b)) for b in inner)
    if kind == "L":
        return 3 + sum(1 + value_size(element) for element in inner)
    if kind == "M":
        return 3 + sum(1 + len(name.encode("utf-8")) + value_size(element) for name, element in inner.items())
    raise ValueError(f"unknown attribute type {kind}")


def item_size(attributes: dict) -> int:
    return sum(len(name.encode("utf-8")) + value_size(value) for name, value in attributes.items())


def key_value_size(value) -> int | None:
    """Bytes of a string or binary key value; None for numbers (always within limits)."""
    kind, inner = kind_and_value(value)
    if kind == "S":
        return len(inner.encode("utf-8"))
    if kind == "B":
        return len(raw_bytes(inner))
    return None
