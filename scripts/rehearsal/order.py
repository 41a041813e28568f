"""The creation order CloudFormation derives: a resource waits for every resource it Refs,
GetAtts, Subs or DependsOn. A loop in that graph is the "Circular dependency between
resources" that fails `sam deploy` before anything is created."""
from collections import deque

from . import Finding
from .intrinsics import depends_on, resource_body, uses


def dependencies(resources):
    """{resource: {resource it waits for: how the template says so}}; unknown names are
    left to the reference checks."""
    graph = {}
    for name, resource in resources.items():
        edges = {}
        for use in uses(resource_body(resource)):
            if use.kind != "Condition" and use.name in resources:
                edges.setdefault(use.name, use.via)
        for target in depends_on(resource):
            if target in resources:
                edges.setdefault(target, f"DependsOn {target}")
        graph[name] = edges
    return graph


def _strongly_connected(graph):
    """Tarjan's components, iteratively (a template can be deeper than Python's stack)."""
    index, low, on_stack, stack, components = {}, {}, set(), [], []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph[succ]))))
                    advanced = True
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def _shortest_loop(graph, start, members):
    """The shortest path start -> ... -> start inside one component (breadth first)."""
    previous = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for succ in sorted(graph[node]):
            if succ == start:
                path = [node]
                while previous[path[-1]] is not None:
                    path.append(previous[path[-1]])
                return list(reversed(path)) + [start]
            if succ in members and succ not in previous:
                previous[succ] = node
                queue.append(succ)
    return [start, start]


def cycles(template):
    """One Finding per set of resources that wait for each other, naming one loop
    "A -> B -> ... -> A" and, per step, the reference that makes it."""
    graph = dependencies(template.get("Resources", {}))
    findings = []
    for component in _strongly_connected(graph):
        if len(component) == 1 and component[0] not in graph[component[0]]:
            continue
        loop = _shortest_loop(graph, component[0], set(component))
        steps = "\n".join(f"    {a} -> {b}: {graph[a][b]}" for a, b in zip(loop, loop[1:]))
        others = sorted(set(component) - set(loop))
        also = f"\n    (also in the cycle: {', '.join(others)})" if others else ""
        findings.append(Finding(
            f"cycle:{component[0]}",
            f"dependency cycle: {' -> '.join(loop)}\n{steps}{also}",
        ))
    return findings


def _logs(stage):
    """Whether an API Gateway stage writes to CloudWatch Logs (access or execution logs)."""
    props = stage.get("Properties") or {}
    settings = props.get("MethodSettings") or []
    return bool(props.get("AccessLogSetting")) or any(
        isinstance(s, dict) and (s.get("LoggingLevel") not in (None, "OFF") or s.get("DataTraceEnabled"))
        for s in settings)


def logging_stages(template):
    """A stage that logs is refused ("CloudWatch Logs role ARN must be set in account
    settings") until the account's API Gateway role is set; if this template sets it
    (AWS::ApiGateway::Account), the stage must wait for that resource, or the first deploy
    in a fresh account races it."""
    resources = template.get("Resources", {})
    accounts = {n for n, r in resources.items() if r.get("Type") == "AWS::ApiGateway::Account"}
    if not accounts:
        return []
    graph = dependencies(resources)
    findings = []
    for name, resource in sorted(resources.items()):
        if resource.get("Type") != "AWS::ApiGateway::Stage" or not _logs(resource):
            continue
        seen, todo = set(), [name]
        while todo:
            node = todo.pop()
            for succ in graph[node]:
                if succ not in seen:
                    seen.add(succ)
                    todo.append(succ)
        if not accounts & seen:
            findings.append(Finding(
                f"stage-before-account:{name}",
                f"Resources.{name}: the stage logs to CloudWatch but does not wait for "
                f"{', '.join(sorted(accounts))}, which sets the account's logging role"))
    return findings
