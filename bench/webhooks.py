"""What `make bench`'s sending webhook rows need besides the tables: a receiver on loopback
that answers every POST 204 and counts them, and the FIFO delivery queue on the emulator
(moto serves SQS on the DynamoDB port: AWS_ENDPOINT_URL_SQS)."""
import http.server
import threading

import boto3


class Receiver:
    """http://127.0.0.1:<free port>/hook in a thread; `posts` counts what it answered."""

    def __init__(self):
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    receiver.posts += 1
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.posts, self.lock = 0, threading.Lock()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def sqs():
    return boto3.client("sqs")  # AWS_ENDPOINT_URL_SQS: the emulator


def create_queue(client, name):
    """A FIFO queue as the template's DeliveryQueue (explicit de-duplication ids); its URL."""
    return client.create_queue(QueueName=name, Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "false"})[
        "QueueUrl"]


def messages(client, url):
    """Messages waiting: a FIFO queue keeps one per de-duplication id within 5 minutes."""
    return int(client.get_queue_attributes(QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"])["Attributes"][
        "ApproximateNumberOfMessages"])
