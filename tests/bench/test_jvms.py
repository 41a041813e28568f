"""How `make bench` orders its cold JVMs (bench/jvms.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import jvms  # noqa: E402


def test_the_floor_runs_beside_each_cold_run_first_in_even_rounds_second_in_odd_ones():
    even = jvms.floor_beside_cold(["a", "b"], "floor", 0)
    odd = jvms.floor_beside_cold(["a", "b"], "floor", 1)
    assert even == [("floor", "a"), ("a", "cold"), ("a", "prime"), ("floor", "b"), ("b", "cold"), ("b", "prime")]
    assert odd == [("a", "cold"), ("floor", "a"), ("a", "prime"), ("b", "cold"), ("floor", "b"), ("b", "prime")]


def test_every_round_runs_every_subject_once():
    for r in range(4):
        order = jvms.floor_beside_cold(["a", "b", "c"], "floor", r)
        assert len(order) == len(set(order)) == 9
