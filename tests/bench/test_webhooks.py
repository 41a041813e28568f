"""The receiver `make bench`'s delivery (send) row POSTs to (bench/webhooks.py)."""
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import webhooks  # noqa: E402


def test_the_receiver_answers_204_and_counts_each_post():
    receiver = webhooks.Receiver()
    try:
        assert receiver.url.startswith("http://127.0.0.1:") and receiver.url.endswith("/hook")
        for _ in range(2):
            request = urllib.request.Request(receiver.url, data=b'{"type":"verdict.published"}', method="POST",
                                             headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=5) as response:
                assert response.status == 204
        assert receiver.posts == 2
    finally:
        receiver.stop()
