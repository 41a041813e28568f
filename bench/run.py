"""`make bench`: where every millisecond of a cold start goes, what priming (the SnapStart
stand-in) changes, and what a warm call costs over the DynamoDB calls it makes.

Runs against the DynamoDB emulator named by AWS_ENDPOINT_URL_DYNAMODB (make starts one),
on the deployment packages `sam build` made in .aws-sam/build; the webhook rows also use
its SQS (AWS_ENDPOINT_URL_SQS) and a receiver on loopback that this run starts (webhooks.py). Never fails a build: it
measures and reports. Writes bench/results/latest.json, latest.md and cold-start.svg.

Settings: BENCH_COLD_RUNS (fresh JVMs per subject, 10), BENCH_WARM_CALLS (timed, per route,
1000), BENCH_WARM_UP (untimed calls before them, after priming, 250),
BENCH_ROUTES (comma-separated route or function names; all), BENCH_COMPARISONS (off skips
the HTTP-client and JVM-option comparisons).
"""
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measures  # noqa: E402
from routes import NOT_REPLAYED, ROUTE_ENV, ROUTES, event_file, event_for, fixture_claims  # noqa: E402
import report  # noqa: E402
import tables  # noqa: E402
import webhooks  # noqa: E402
from jvms import (  # noqa: E402
    BUILD, COLD_RUNS, CRAC, TARGET, classpath, cold, floor_beside_cold, function_env, interleaved, package_size,
    template)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
WARM_CALLS = int(os.environ.get("BENCH_WARM_CALLS", "1000"))
WARM_UP = int(os.environ.get("BENCH_WARM_UP", "250"))
COMPARISONS = os.environ.get("BENCH_COMPARISONS", "on") != "off"
# Lambda arm64 price per GB-second and per request (us-east-1, list price).
PRICE_GB_SECOND = 0.0000133334
PRICE_REQUEST = 0.20 / 1_000_000
FLOOR_A, FLOOR_B = "bare JVM", "SDK client + GetItem"


def selected_routes():
    wanted = [w.strip() for w in os.environ.get("BENCH_ROUTES", "").split(",") if w.strip()]
    return [r for r in ROUTES if not wanted or r[0] in wanted or r[1] in wanted]


def priming_writes_nothing(routes, events, env, fixture):
    """A primed start (construct, beforeCheckpoint, afterRestore, no request) per function,
    between two dumps of the three tables."""
    dynamodb, names = tables.client(), [fixture["table"], fixture["keysTable"], fixture["secretsTable"]]
    result = {}
    for name, function, handler, _, _ in routes:
        if function in result:  # priming does not depend on the route's event
            continue
        before = tables.dump(dynamodb, names)
        sample = cold([CRAC, "-cp", classpath(function), "org.factcheck.claims.bench.ColdStart", handler, str(events[name]),
                       "prime-only"], dict(env, **ROUTE_ENV.get(name, {})))
        diff = measures.table_diff(before, tables.dump(dynamodb, names))
        result[function] = {"identical": diff["identical"], "items": sum(len(v) for v in before.values()),
                            "resources": sample["resources"],
                            **{k: v[:5] for k, v in diff.items() if k != "identical"}}
        print(f"  {function:24} {'identical' if diff['identical'] else 'CHANGED: ' + json.dumps(diff)[:300]}", flush=True)
    return result


def warm(route, fixture, snapshot, tpl, work):
    """The route and its own calls, interleaved in one JVM with the template's JVM options (on
    Lambda C2 never runs with them). A route that writes runs on fresh copies of the fixture's
    tables and is replayed on a second set of copies."""
    name, function, handler, _, writes = route
    table, keys, secrets = fixture["table"], fixture["keysTable"], fixture["secretsTable"]
    args = []
    dynamodb = tables.client()
    if writes:
        table, keys, secrets = table + "-warm", keys + "-warm", secrets + "-warm"
        for source, copy in ((fixture["table"], table), (fixture["keysTable"], keys), (fixture["secretsTable"], secrets)):
            for suffix in ("", "-raw"):
                tables.copy(dynamodb, source, copy + suffix, snapshot[source])
        args = ["-raw"]
    env = dict(function_env(tpl, table, keys, secrets, fixture["queueUrl"]), **ROUTE_ENV.get(name, {}))
    event = event_for(route, fixture, Path(work) / ("warm-" + event_file(route)))
    cp = classpath(function, Path(work) / "capture")
    try:
        out = subprocess.run(["java", CRAC, "-cp", cp, "org.factcheck.claims.bench.Warm", str(WARM_CALLS), str(WARM_UP),
                              handler, str(event), *args],
                             env=env, capture_output=True, text=True, timeout=3600)
        if out.returncode != 0:
            raise RuntimeError(out.stderr[-2000:])
        return measures.parse_warm(out.stdout)
    finally:
        if writes:
            tables.drop(dynamodb, [t + suffix for t in (table, keys, secrets) for suffix in ("", "-raw")])


STARTED = time.time()


def phase(text):
    print(f"[{(time.time() - STARTED) / 60:4.1f} min] {text}", flush=True)


def main():
    RESULTS.mkdir(parents=True, exist_ok=True)
    tpl = template()
    tool_options = tpl["Globals"]["Function"]["Environment"]["Variables"]["JAVA_TOOL_OPTIONS"]
    memory_mb = tpl["Globals"]["Function"]["MemorySize"]
    routes_run = selected_routes()
    receiver, sqs = webhooks.Receiver(), webhooks.sqs()
    queue_url = webhooks.create_queue(sqs, "bench-deliveries.fifo")
    try:
        routes, floors, writes_nothing, clients, jvm_options, option_sets = measure(
            routes_run, tpl, tool_options, memory_mb, queue_url, receiver)
        waiting = webhooks.messages(sqs, queue_url)
    finally:
        receiver.stop()
        sqs.delete_queue(QueueUrl=queue_url)
    # Each cold and primed run of delivery (send), the discarded one of each included, and its warm calls, timed or not.
    sends = sum(1 for r in routes_run if r[0] == "delivery (send)")
    hooks = {"receiver_posts": receiver.posts, "receiver_posts_expected": sends * (2 * (COLD_RUNS + 1) + WARM_CALLS + WARM_UP),
             "queue_messages_waiting": waiting, "not_replayed": {n: NOT_REPLAYED[n] for n in routes if n in NOT_REPLAYED},
             "loopback_allowed": [n for n in routes if "WEBHOOK_ALLOW_LOOPBACK" in ROUTE_ENV.get(n, {})]}
    phase(f"Webhook receiver: {receiver.posts} POSTs answered 204 (expected {hooks['receiver_posts_expected']}); "
          f"{waiting} message(s) left on the delivery queue (FIFO: one per de-duplication id in 5 minutes)")

    sizes = {}
    for function in sorted({r[1] for r in ROUTES} | {p.name for p in BUILD.iterdir() if p.is_dir()}):
        sizes[function] = dict(zip(("bytes", "zipped_bytes"), package_size(function)))

    result = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cores": os.cpu_count(), "load_average": os.getloadavg(),
                    "java": subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.split("\n")[0]},
        "jvm_options": tool_options, "memory_mb": memory_mb, "cold_runs": COLD_RUNS, "warm_calls": WARM_CALLS,
        "warm_up_calls": WARM_UP,
        "targets": measures.TARGETS, "floors": floors, "routes": routes, "priming_writes_nothing": writes_nothing,
        "packages": sizes, "http_clients": clients, "webhooks": hooks,
        "jvm_options_get_claim": {o: dict(x, options=option_sets[o]) for o, x in jvm_options.items()},
    }
    (RESULTS / "latest.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "latest.md").write_text(report.markdown(result))
    (RESULTS / "cold-start.svg").write_text(report.chart(result))
    print(report.markdown(result))
    phase("done")


def measure(routes_run, tpl, tool_options, memory_mb, queue_url, receiver):
    """The fixture, then cold starts, priming, comparisons and warm runs of routes_run."""
    with tempfile.TemporaryDirectory() as work:
        fixture_file = Path(work) / "fixture.json"
        subprocess.run(["java", "-cp", f"{ROOT}/local/target/classes{os.pathsep}{ROOT}/local/target/dependency/*",
                        "org.factcheck.claims.local.BenchFixture", str(fixture_file), str(fixture_claims(WARM_CALLS + WARM_UP, COLD_RUNS)),
                        receiver.url], env=dict(os.environ, PROJECT_ROOT=str(ROOT)), check=True)
        fixture = json.loads(fixture_file.read_text())
        fixture["claimIds"], fixture["queueUrl"] = list(fixture["etags"]), queue_url
        os.environ["BENCH_CLAIM_IDS"] = ",".join(fixture["claimIds"][1:-1])
        snapshot = tables.dump(tables.client(), [fixture["table"], fixture["keysTable"], fixture["secretsTable"]])
        env = function_env(tpl, fixture["table"], fixture["keysTable"], fixture["secretsTable"], queue_url)
        env["JAVA_TOOL_OPTIONS"] = tool_options
        # Only the warm runs record the calls a route makes (Capture.java): a global SDK interceptor.
        interceptors = Path(work) / "capture" / "software/amazon/awssdk/global/handlers/execution.interceptors"
        interceptors.parent.mkdir(parents=True)
        interceptors.write_text("org.factcheck.claims.bench.Capture\n")
        pk, sk = "CLAIM#" + fixture["claimId"], "CLAIM"
        bench_jar = str(next(TARGET.glob("claims-api-bench-*.jar")))

        phase(f"Cold starts: {COLD_RUNS} fresh JVMs each, without and with priming, JAVA_TOOL_OPTIONS={tool_options}")
        # Floor (b) runs next to every function's cold run, before it in even rounds and after it in odd ones, so that
        # neither always follows the previous function's primed run. Run once a round, always after the bare JVM, its
        # samples scattered by ±20% between runs and so decided every ratio of a run at once.
        floor_b_args = ["-cp", classpath("GetClaimFunction"), "org.factcheck.claims.bench.Floor", fixture["table"], pk, sk]
        subjects, groups, events = {FLOOR_A: ["-cp", bench_jar, "org.factcheck.claims.bench.BareJvm"]}, {}, {}
        for route in routes_run:
            name, function, handler = route[:3]
            events[name] = event_for(route, fixture, Path(work) / event_file(route))
            subjects[(FLOOR_B, name)], groups[(FLOOR_B, name)] = floor_b_args, FLOOR_B
            for mode in ("cold", "prime"):
                subjects[(name, mode)] = [CRAC, "-cp", classpath(function), "org.factcheck.claims.bench.ColdStart", handler,
                                          str(events[name]), mode]
        cold_results = interleaved(subjects, env, {(name, mode): ROUTE_ENV.get(name, {}) for name in events
                                                   for mode in ("cold", "prime")}, groups,
                                   lambda r: [FLOOR_A] + floor_beside_cold(list(events), FLOOR_B, r))
        floors = {name: cold_results[name] for name in (FLOOR_A, FLOOR_B)}
        floor_b = floors[FLOOR_B]["first_p50_ms"]
        routes = {}
        for name, function, _, _, _ in routes_run:
            result = dict(cold_results[(name, "cold")], function=function, primed=cold_results[(name, "prime")])
            result["ratio_to_floor_p50"] = measures.ratio(result["first_p50_ms"], floor_b)
            print(f"  {name:20} first p50 {result['first_p50_ms']:7.0f} ms ({result['ratio_to_floor_p50']}× floor b); "
                  f"first request {result['request_p50_ms']:.0f} ms, after priming {result['primed']['request_p50_ms']:.0f} ms "
                  f"(priming {result['primed']['priming_p50_ms']:.0f} ms)", flush=True)
            routes[name] = result

        phase("Priming writes nothing: the three tables dumped before and after a primed start of each function")
        writes_nothing = priming_writes_nothing(routes_run, events, env, fixture)

        clients, jvm_options, option_sets = {}, {}, {}
        if COMPARISONS:
            phase("HTTP clients: floor (b) with each client the SDK offers, on one class path")
            clients_cp = os.pathsep.join([bench_jar, str(TARGET / "clients" / "*")])
            clients = interleaved({c: ["-cp", clients_cp, "org.factcheck.claims.bench.Floor", fixture["table"], pk, sk, c]
                                   for c in ("url-connection", "apache", "crt")}, env)
            if "get claim" in events:
                phase("JVM options: get claim cold with each set of options")
                option_sets = {"template (C1 only)": tool_options, "JVM defaults (C1 and C2)": "",
                               "C1 only + SerialGC": tool_options + " -XX:+UseSerialGC"}
                jvm_options = {label: measures.summary(s) for label, s in option_runs(
                    subjects[("get claim", "cold")], env, option_sets).items()}

        phase(f"Warm: per route one primed JVM, {WARM_UP} untimed then {WARM_CALLS} timed sequential calls, "
              "each followed by its own DynamoDB calls sent raw")
        for route in routes_run:
            name = route[0]
            w = warm(route, fixture, snapshot, tpl, work)
            gb_seconds = memory_mb / 1024 * max(1.0, w["p50_ms"]) / 1000  # billed per ms, at least 1 ms
            w["usd_per_million"] = round(1_000_000 * (gb_seconds * PRICE_GB_SECOND + PRICE_REQUEST), 2)
            r = routes[name]
            r["warm"], r["dynamodb_calls"] = w, w.pop("calls")
            limit_cold = measures.TARGETS["cold_vs_floor_b_authorizer" if name == "authorizer" else "cold_vs_floor_b"]
            r["targets"] = {
                "cold_vs_floor_b": measures.target(r["ratio_to_floor_p50"], limit_cold),
                "primed_first_request_vs_warm_p50": measures.target(
                    measures.ratio(r["primed"]["request_p50_ms"], w["p50_ms"]),
                    measures.TARGETS["primed_first_request_vs_warm_p50"]),
                "warm_p99_vs_own_calls_p99": measures.target(w["ratio_p99"], measures.TARGETS["warm_p99_vs_own_calls_p99"],
                                                             compared=name not in NOT_REPLAYED),
            }
            r["unprimed_first_request_vs_warm_p50"] = measures.ratio(r["request_p50_ms"], w["p50_ms"])
            print(f"  {name:20} p50 {w['p50_ms']:.2f} ms p99 {w['p99_ms']:.2f} ms; own calls p50 {w['own_calls_p50_ms']:.2f} "
                  f"p99 {w['own_calls_p99_ms']:.2f} ({w['ratio_p99']}× at p99){'; ERRORS ' + str(w['errors']) if w['errors'] else ''}; "
                  f"{r['dynamodb_calls']}", flush=True)

    return routes, floors, writes_nothing, clients, jvm_options, option_sets


def option_runs(args, env, option_sets):
    samples = {label: [] for label in option_sets}
    for _ in range(COLD_RUNS):
        for label, options in option_sets.items():
            samples[label].append(cold(args, dict(env, JAVA_TOOL_OPTIONS=options)))
    return samples


if __name__ == "__main__":
    sys.exit(main())
