"""The arithmetic behind `make bench` (bench/measures.py): what its tables report."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import measures  # noqa: E402


def test_percentiles_are_nearest_rank_on_sorted_values():
    values = [5, 1, 4, 2, 3]
    assert measures.pct(values, 50) == 3
    assert measures.pct(values, 0) == 1
    assert measures.pct(values, 100) == 5
    assert measures.pct(list(range(1, 101)), 90) == 90


def test_a_ratio_meets_its_target_at_the_limit_and_misses_above_it():
    assert measures.target(measures.ratio(26, 20), 1.3) == {"ratio": 1.3, "limit": 1.3, "met": True}
    assert measures.target(measures.ratio(27, 20), 1.3)["met"] is False
    assert measures.target(measures.ratio(1, 0), 1.3)["met"] is False  # nothing measured is no pass


def test_a_primed_run_reports_priming_apart_and_its_first_request_from_the_end_of_priming():
    samples = [measures.parse_cold("init 400\nprimed 450 2\nfirst 480 4000 200\n"),
               measures.parse_cold("init 500\nprimed 560 2\nfirst 600 4100 200\n")]
    s = measures.summary(samples)
    assert s["priming_p50_ms"] in (50, 60) and s["resources"] == 2
    assert sorted([s["request_p50_ms"], s["request_p90_ms"]]) == [30, 40]
    assert s["first_p50_ms"] in (480, 600) and s["statuses"] == ["200"]


def test_an_unprimed_run_times_its_first_request_from_the_end_of_init():
    s = measures.summary([measures.parse_cold("init 400\nfirst 700 3971 200\n")])
    assert s["request_p50_ms"] == 300
    assert "priming_p50_ms" not in s


def test_warm_output_gives_the_overhead_over_the_routes_own_calls():
    w = measures.parse_warm("route 12.000 30.000 raw 10.000 25.000 errors 0\ncpu 0.412 1.250\n"
                            "calls GetItem, TransactWriteItems (2 items)\n")
    assert (w["ratio_p50"], w["ratio_p99"]) == (1.2, 1.2)
    assert (w["added_cpu_p50_ms"], w["added_cpu_p99_ms"]) == (0.412, 1.25)
    assert w["calls"] == "GetItem, TransactWriteItems (2 items)" and w["errors"] == 0


def test_warm_output_is_found_after_primings_log_line_and_our_cpu_may_be_below_zero():
    w = measures.parse_warm('{"type":"priming","runs":250}route 5.000 8.000 raw 4.000 6.000 errors 1\n'
                            "cpu -0.020 0.900\ncalls GetItem\n")
    assert (w["p50_ms"], w["own_calls_p99_ms"], w["errors"]) == (5.0, 6.0, 1)
    assert (w["added_cpu_p50_ms"], w["added_cpu_p99_ms"], w["calls"]) == (-0.02, 0.9, "GetItem")


def claim(pk, version):
    return {"pk": {"S": pk}, "sk": {"S": "CLAIM"}, "version": {"N": str(version)}}


def test_identical_dumps_are_identical_whatever_the_order_of_items():
    before = {"claims": [claim("CLAIM#a", 1), claim("CLAIM#b", 1)], "keys": [{"keyId": {"S": "k"}}]}
    after = {"claims": [claim("CLAIM#b", 1), claim("CLAIM#a", 1)], "keys": [{"keyId": {"S": "k"}}]}
    assert measures.table_diff(before, after)["identical"] is True


def test_a_dump_comparison_names_what_appeared_vanished_or_changed():
    before = {"claims": [claim("CLAIM#a", 1), claim("CLAIM#b", 1)], "keys": [{"keyId": {"S": "k"}}]}
    after = {"claims": [claim("CLAIM#a", 2), claim("CLAIM#c", 1)], "keys": []}
    diff = measures.table_diff(before, after)
    assert diff["identical"] is False
    assert [len(diff["added"]), len(diff["removed"]), len(diff["changed"])] == [1, 2, 1]
    assert "CLAIM#c" in diff["added"][0] and "CLAIM#a" in diff["changed"][0]


def test_timings_are_found_after_the_functions_own_output_on_the_same_line():
    # Outside Lambda the runtime's logger writes its line without a newline (priming's line).
    s = measures.parse_cold('{"type":"priming","ms":465}init 442\nprimed 910 1\nfirst 929 4110 200\n{"type":"request"}\n')
    assert (s["init"], s["primed"], s["resources"], s["first"], s["status"]) == (442, 910, 1, 929, "200")


def test_an_event_source_that_reports_batch_item_failures_is_a_status_not_a_missing_timing():
    s = measures.parse_cold("init 400\nfirst 700 3971 batch-item-failures\n")
    assert (s["first"], s["status"]) == (700, "batch-item-failures")


def test_a_ratio_not_compared_has_no_verdict_either_way():
    assert measures.target(1.5, 1.2, compared=False) == {"ratio": 1.5, "limit": 1.2, "met": None}


def test_secrets_are_told_apart_by_their_subscription():
    before = {"secrets": [{"subscriptionId": {"S": "s1"}, "secret": {"S": "a"}}, {"subscriptionId": {"S": "s2"}}]}
    after = {"secrets": [{"subscriptionId": {"S": "s1"}, "secret": {"S": "b"}}, {"subscriptionId": {"S": "s2"}}]}
    diff = measures.table_diff(before, after)
    assert diff["changed"] == ['secrets {"subscriptionId": {"S": "s1"}}'] and not diff["added"] + diff["removed"]
