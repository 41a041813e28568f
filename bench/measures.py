"""The arithmetic of `make bench`, apart from anything that runs: percentiles, the
summaries of cold starts, ratios against targets, and the comparison of table dumps."""
import json
import re
import statistics

# The targets of issue 13, as ratios measured in one run.
TARGETS = {
    "cold_vs_floor_b": 1.3,  # an API function's first response, without SnapStart, over floor (b)
    "cold_vs_floor_b_authorizer": 1.2,
    "primed_first_request_vs_warm_p50": 2.0,
    "warm_p99_vs_own_calls_p99": 1.2,
}


def pct(values, p):
    """Nearest rank on the sorted values (p in 0..100)."""
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))]


def ratio(value, base):
    return round(value / base, 2) if base else None


def target(value, limit, compared=True):
    """A measured ratio next to its limit: {"ratio", "limit", "met"}; "met" is None when the
    ratio is not comparable with the limit (it leaves out part of the route's work)."""
    if not compared:
        return {"ratio": value, "limit": limit, "met": None}
    return {"ratio": value, "limit": limit, "met": value is not None and value <= limit}


def line_ends(stdout, *names, value=r"[0-9][0-9. A-Za-z-]*"):
    """The "name value" lines of a bench child, found at the end of a line: the function's own
    output may come first on the same line (outside Lambda, the runtime's logger writes a line
    without its newline)."""
    return dict(re.findall(rf"\b({'|'.join(names)}) ({value})$", stdout, re.MULTILINE))


def parse_cold(stdout):
    """A ColdStart child's lines ("init 412", "primed 530 2", "first 700 3971 200") as one sample."""
    lines = line_ends(stdout, "init", "primed", "first")
    sample = {"init": float(lines["init"])}
    sample["primed"], sample["resources"] = None, None
    if "primed" in lines:
        primed = lines["primed"].split(" ")
        sample["primed"], sample["resources"] = float(primed[0]), int(primed[1])
    if "first" in lines:
        first = lines["first"].split(" ")
        sample.update(first=float(first[0]), classes=int(first[1]), status=first[2])
    return sample


def summary(samples):
    """Fork to handler constructed (init), fork to first response (first), and the first
    request alone: from the end of init, or of priming when the run primed."""
    inits = [s["init"] for s in samples]
    firsts = [s["first"] for s in samples]
    requests = [s["first"] - (s["primed"] if s["primed"] is not None else s["init"]) for s in samples]
    result = {
        "runs": len(samples),
        "init_p50_ms": pct(inits, 50), "init_p90_ms": pct(inits, 90),
        "first_p50_ms": pct(firsts, 50), "first_p90_ms": pct(firsts, 90),
        "request_p50_ms": pct(requests, 50), "request_p90_ms": pct(requests, 90),
        "classes_loaded": int(statistics.median(s["classes"] for s in samples)),
        "statuses": sorted(set(s["status"] for s in samples)),
        "first_ms": firsts,
    }
    if all(s["primed"] is not None for s in samples):
        priming = [s["primed"] - s["init"] for s in samples]
        result.update(priming_p50_ms=pct(priming, 50), priming_p90_ms=pct(priming, 90),
                      init_with_priming_p50_ms=pct([s["primed"] for s in samples], 50),
                      resources=max(s["resources"] for s in samples))
    return result


def parse_warm(stdout):
    """Warm's "route p50 p99 raw p50 p99 errors n", "cpu p50 p99" and "calls ..." lines (the first
    after priming's log line, as ColdStart's after the function's)."""
    lines = line_ends(stdout, "route", "cpu", value=r"-?[0-9][0-9. A-Za-z-]*")  # our CPU less its own calls' can be < 0
    f = lines["route"].split()
    warm = {"p50_ms": float(f[0]), "p99_ms": float(f[1]), "own_calls_p50_ms": float(f[3]),
            "own_calls_p99_ms": float(f[4]), "errors": int(f[6])}
    cpu = lines["cpu"].split()
    warm["added_cpu_p50_ms"], warm["added_cpu_p99_ms"] = float(cpu[0]), float(cpu[1])
    warm["calls"] = line_ends(stdout, "calls", value=".*").get("calls", "")
    warm["ratio_p50"] = ratio(warm["p50_ms"], warm["own_calls_p50_ms"])
    warm["ratio_p99"] = ratio(warm["p99_ms"], warm["own_calls_p99_ms"])
    return warm


KEY_ATTRIBUTES = ("pk", "sk", "keyId", "subscriptionId")  # the claims table's keys, the keys table's, the secrets table's


def item_key(item):
    """An item of a low-level Scan (typed attribute values) by its key attributes."""
    return json.dumps({k: item[k] for k in KEY_ATTRIBUTES if k in item}, sort_keys=True)


def table_diff(before, after):
    """Two dumps ({table: [items]}) compared item by item: what appeared, vanished or changed."""
    diff = {"added": [], "removed": [], "changed": []}
    for table in sorted(set(before) | set(after)):
        old = {item_key(i): i for i in before.get(table, [])}
        new = {item_key(i): i for i in after.get(table, [])}
        diff["added"] += [f"{table} {k}" for k in sorted(new.keys() - old.keys())]
        diff["removed"] += [f"{table} {k}" for k in sorted(old.keys() - new.keys())]
        diff["changed"] += [f"{table} {k}" for k in sorted(old.keys() & new.keys()) if old[k] != new[k]]
    diff["identical"] = not (diff["added"] or diff["removed"] or diff["changed"])
    return diff
