"""Servers the tests start: a free port to give one, and the wait until it answers there."""
import socket
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, process, seconds=15, log=None):
    """Until something accepts on 127.0.0.1:port; fails if the process exits first or nothing answers in time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            assert process.poll() is None, f"exited before it answered on port {port}" + (f", see {log}" if log else "")
            time.sleep(0.05)
    raise AssertionError(f"nothing answered on port {port} within {seconds} s")
