"""`make bench`'s results as Markdown (bench/results/latest.md, the README's tables) and SVG."""
import statistics


def flag(target):
    """A ratio in bold, with "miss" when it is over its limit."""
    if target["ratio"] is None:
        return "–"
    if target["met"] is None:
        return f"{target['ratio']:.2f} not compared"
    return f"**{target['ratio']:.2f}**" + ("" if target["met"] else " miss")


def markdown(r):
    floor_b = r["floors"]["SDK client + GetItem"]["first_p50_ms"]
    load = ", ".join(f"{x:.1f}" for x in r["machine"]["load_average"])
    t = r["targets"]
    lines = [f"Measured {r['date']} on {r['machine']['cores']} cores (load average {load} at the end), "
             f"{r['machine']['java']}; {r['cold_runs']} cold JVMs per row with `{r['jvm_options']}`; "
             f"{r['warm_calls']} warm calls per route, timed after priming and {r['warm_up_calls']} untimed ones. "
             "Times in ms.", "",
             f"**Cold start without SnapStart** (target: first response ≤ {t['cold_vs_floor_b']}× floor (b), "
             f"the authorizer ≤ {t['cold_vs_floor_b_authorizer']}×):", "",
             "| cold start | init p50 | init p90 | first response p50 | p90 | × floor (b) | classes |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, f in r["floors"].items():
        label = "(a) " + name if name == "bare JVM" else "(b) " + name
        if len(f["first_ms"]) > r["cold_runs"]:
            label += f" ({len(f['first_ms'])} JVMs, beside each function's)"
        lines.append(f"| floor {label} | {f['init_p50_ms']:.0f} | {f['init_p90_ms']:.0f} | {f['first_p50_ms']:.0f} | "
                     f"{f['first_p90_ms']:.0f} | {f['first_p50_ms'] / floor_b:.2f} | {f['classes_loaded']} |")
    for name, x in r["routes"].items():
        lines.append(f"| {name} | {x['init_p50_ms']:.0f} | {x['init_p90_ms']:.0f} | {x['first_p50_ms']:.0f} | "
                     f"{x['first_p90_ms']:.0f} | {flag(x['targets']['cold_vs_floor_b'])} | {x['classes_loaded']} |")
    odd = [f"{name} {sorted(set(x['statuses'] + x['primed']['statuses']))}" for name, x in r["routes"].items()
           if any(s not in ("200", "201", "204", "ok") for s in x["statuses"] + x["primed"]["statuses"])]
    lines += ["", "First responses: " + ("every route answered 200, 201 or 204 (the authorizer a policy, "
                                         "the notifier and delivery no batch item failure)." if not odd
                                         else "**unexpected statuses**: " + "; ".join(odd) + ".")]
    lines += ["", f"**Priming, the SnapStart stand-in** (target: first request after priming ≤ "
                  f"{t['primed_first_request_vs_warm_p50']}× the route's warm p50). Init is fork to handler constructed; "
                  "priming (beforeCheckpoint + afterRestore) happens once per published version, not per cold start; "
                  "a first request is the request alone, after init or after priming:", "",
              "| function | init p50 | init + priming p50 | priming p50 | first request p50 | p90 | "
              "after priming p50 | p90 | warm p50 | × warm p50 unprimed | × warm p50 primed | classes primed |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, x in r["routes"].items():
        p, w = x["primed"], x["warm"]
        lines.append(f"| {name} | {x['init_p50_ms']:.0f} | {p['init_with_priming_p50_ms']:.0f} | {p['priming_p50_ms']:.0f} | "
                     f"{x['request_p50_ms']:.0f} | {x['request_p90_ms']:.0f} | {p['request_p50_ms']:.0f} | "
                     f"{p['request_p90_ms']:.0f} | {w['p50_ms']:.2f} | {x['unprimed_first_request_vs_warm_p50']:.1f} | "
                     f"{flag(x['targets']['primed_first_request_vs_warm_p50'])} | {p['classes_loaded']} |")
    nothing = r["priming_writes_nothing"]
    changed = [f for f, d in nothing.items() if not d["identical"]]
    lines += ["", "Priming writes nothing: the claims, keys and secrets tables dumped before and after a primed start of each function: "
              + ("identical for all " + str(len(nothing)) + "." if not changed else "**changed** by " + ", ".join(changed) + ".")]
    lines += ["", f"**Warm, against the route's own DynamoDB calls** (the same low-level requests, sent again by a plain "
                  f"client right after each call, in the same JVM; target ≤ {t['warm_p99_vs_own_calls_p99']}× at p99):", "",
              "| route | DynamoDB calls | warm p50 | p99 | own calls p50 | p99 | × p50 | × p99 | our CPU p50 | p99 | $ per 1M |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, x in r["routes"].items():
        w = x["warm"]
        errors = f" ({w['errors']} errors)" if w["errors"] else ""
        lines.append(f"| {name} | {x['dynamodb_calls']}{errors} | {w['p50_ms']:.2f} | {w['p99_ms']:.2f} | "
                     f"{w['own_calls_p50_ms']:.2f} | {w['own_calls_p99_ms']:.2f} | {w['ratio_p50']:.2f} | "
                     f"{flag(x['targets']['warm_p99_vs_own_calls_p99'])} | {w['added_cpu_p50_ms']:.2f} | "
                     f"{w['added_cpu_p99_ms']:.2f} | {w['usd_per_million']:.2f} |")
    lines += ["", "Our CPU: the calling thread's CPU time in each call less that of its own calls sent raw right after "
                  "(p50 and p99 of the per-call differences): what our code adds, waiting for DynamoDB left out."]
    lines += webhook_notes(r.get("webhooks"))
    lines += ["", "| deployment package | unpacked | zipped |", "|---|---:|---:|"]
    for fn, s in r["packages"].items():
        lines.append(f"| {fn} | {s['bytes'] / 1e6:.1f} MB | {s['zipped_bytes'] / 1e6:.1f} MB |")
    if r["http_clients"]:
        lines += ["", "Floor (b) by HTTP client (same class path, same run):", "",
                  "| HTTP client | init p50 | first response p50 | p90 | classes |", "|---|---:|---:|---:|---:|"]
        for c, x in r["http_clients"].items():
            lines.append(f"| {c} | {x['init_p50_ms']:.0f} | {x['first_p50_ms']:.0f} | {x['first_p90_ms']:.0f} | {x['classes_loaded']} |")
    if r["jvm_options_get_claim"]:
        lines += ["", "Get claim, cold, by JVM options (same run):", "",
                  "| JAVA_TOOL_OPTIONS | init p50 | first response p50 | p90 |", "|---|---:|---:|---:|"]
        for o, x in r["jvm_options_get_claim"].items():
            lines.append(f"| {o}: `{x['options'] or '(none)'}` | {x['init_p50_ms']:.0f} | {x['first_p50_ms']:.0f} | {x['first_p90_ms']:.0f} |")
    return "\n".join(lines) + "\n"


def webhook_notes(hooks):
    """What the sending webhook rows leave out of the replay, their loopback allowance, the receiver's count."""
    if not hooks or not (hooks["not_replayed"] or hooks["loopback_allowed"]):
        return []
    lines = [""]
    if hooks["not_replayed"]:
        lines.append("Not compared at p99: " + "; ".join(f"{n} also makes an {what}, which the replay does not repeat"
                                                        for n, what in hooks["not_replayed"].items()) + ".")
    if hooks["loopback_allowed"]:
        lines.append(", ".join(hooks["loopback_allowed"]) + " ran with `WEBHOOK_ALLOW_LOOPBACK=true` (the development "
                     f"server's allowance) and POSTed over plain http to a receiver on 127.0.0.1 that answers 204: it counted "
                     f"{hooks['receiver_posts']} POSTs ({hooks['receiver_posts_expected']} expected). No DNS, no TLS: in AWS "
                     "the target is https on a public address.")
    return lines


def chart(r):
    rows = [("floor (a) bare JVM", r["floors"]["bare JVM"]["first_ms"]),
            ("floor (b) GetItem", r["floors"]["SDK client + GetItem"]["first_ms"])]
    rows += [(name, x["first_ms"]) for name, x in r["routes"].items()]
    top = max(max(v) for _, v in rows) * 1.1
    width, left, row_h = 760, 170, 34
    height = 50 + row_h * len(rows)
    scale = (width - left - 20) / top
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<text x="{left}" y="16">Cold start, JVM start to first response (ms), {r["cold_runs"]} runs each</text>']
    for i in range(0, int(top) + 1, max(100, int(top / 8) // 100 * 100)):
        x = left + i * scale
        out.append(f'<line x1="{x:.1f}" y1="24" x2="{x:.1f}" y2="{height - 18}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{height - 4}" text-anchor="middle" fill="#666">{i}</text>')
    for n, (label, values) in enumerate(rows):
        y = 40 + n * row_h
        colour = "#888" if label.startswith("floor") else "#1f77b4"
        out.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end">{label}</text>')
        for v in values:
            out.append(f'<circle cx="{left + v * scale:.1f}" cy="{y}" r="4" fill="{colour}" fill-opacity="0.5"/>')
        median = statistics.median(values)
        out.append(f'<line x1="{left + median * scale:.1f}" y1="{y - 9}" x2="{left + median * scale:.1f}" y2="{y + 9}" stroke="black" stroke-width="2"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
