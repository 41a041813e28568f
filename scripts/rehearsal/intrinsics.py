"""Where a template names other things: Ref, Fn::GetAtt, Fn::Sub, Fn::If, {"Condition": X}.

CloudFormation derives the creation order and every "unresolved" error from exactly these
names, so the other checks read the template through `uses` and nothing else.
"""
import re
from dataclasses import dataclass

PSEUDO_PARAMETERS = frozenset({
    "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition",
    "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
})

# ${Name}, ${Name.Attr}; ${!Literal} is text. Names may contain "::" (pseudo parameters).
_SUB_VARIABLE = re.compile(r"\$\{([^}]*)\}")


@dataclass(frozen=True)
class Use:
    """One name used at one place: kind is "Ref", "GetAtt" or "Condition".

    via says how it was written (e.g. "Fn::Sub ${CreateKeyFunction.Arn}") for messages;
    guards are the conditions that are true wherever this use is evaluated (Fn::If branches).
    """

    kind: str
    name: str
    attribute: str | None
    via: str
    guards: frozenset = frozenset()


def getatt(value):
    """(resource, attribute) of an Fn::GetAtt in list or "A.B" string form, or None."""
    if isinstance(value, str) and "." in value:
        resource, attribute = value.split(".", 1)
        return resource, attribute
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str):
        return value[0], value[1] if isinstance(value[1], str) else None
    return None


def sub_variables(value):
    """The names an Fn::Sub string uses, minus ${!Literal}s and names from its own map."""
    text, own = (value, {}) if isinstance(value, str) else (value[0], value[1] or {})
    if not isinstance(text, str):
        return []
    names = []
    for inner in _SUB_VARIABLE.findall(text):
        name = inner.strip()
        if name.startswith("!") or name in own:
            continue
        names.append(name)
    return names


def substitute(value, resolve):
    """The text of an Fn::Sub (string or [text, map] form): each ${Name} replaced by
    resolve(Name, value), value being the Sub's own map entry for Name or None; ${!Literal}
    becomes ${Literal}, as CloudFormation writes it."""
    text, own = (value, {}) if isinstance(value, str) else (value[0], value[1] or {})

    def replace(match):
        name = match.group(1).strip()
        if name.startswith("!"):
            return "${" + name[1:] + "}"
        return resolve(name, own.get(name))

    return _SUB_VARIABLE.sub(replace, text)


def uses(node, guards=frozenset(), in_conditions=False):
    """Every Use in node, recursively. in_conditions: node is a Conditions entry, where
    {"Condition": X} names another condition."""
    if isinstance(node, list):
        for item in node:
            yield from uses(item, guards, in_conditions)
        return
    if not isinstance(node, dict):
        return
    if len(node) == 1:
        (key, value), = node.items()
        if key == "Ref" and isinstance(value, str):
            yield Use("Ref", value, None, f"Ref {value}", guards)
            return
        if key == "Fn::GetAtt":
            target = getatt(value)
            if target:
                yield Use("GetAtt", target[0], target[1], f"Fn::GetAtt {target[0]}.{target[1]}", guards)
                return
        if key == "Fn::Sub" and isinstance(value, (str, list)):
            for name in sub_variables(value):
                resource, _, attribute = name.partition(".")
                kind = "GetAtt" if attribute else "Ref"
                yield Use(kind, resource, attribute or None, f"Fn::Sub ${{{name}}}", guards)
            if isinstance(value, list) and len(value) == 2:
                yield from uses(value[1], guards, in_conditions)
            return
        if key == "Fn::If" and isinstance(value, list) and len(value) == 3 and isinstance(value[0], str):
            yield Use("Condition", value[0], None, f"Fn::If [{value[0]}, ...]", guards)
            yield from uses(value[1], guards | {value[0]}, in_conditions)
            yield from uses(value[2], guards, in_conditions)
            return
        if key == "Condition" and in_conditions and isinstance(value, str):
            yield Use("Condition", value, None, f"Condition {value}", guards)
            return
    for value in node.values():
        yield from uses(value, guards, in_conditions)


def depends_on(resource):
    """The DependsOn names of a resource (string or list form)."""
    value = resource.get("DependsOn", [])
    return [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]


def resource_body(resource):
    """The parts of a resource CloudFormation resolves: all but Type, Condition, DependsOn."""
    return {k: v for k, v in resource.items() if k not in ("Type", "Condition", "DependsOn")}
