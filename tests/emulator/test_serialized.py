"""The emulator handles one request at a time; a client that stops halfway must not stall the others."""
import socket
import time
from urllib.parse import urlsplit

import boto3
from botocore.config import Config


def test_a_request_whose_body_never_arrives_holds_up_no_other_request(endpoint):
    # An SDK call interrupted while writing (a worker shut down mid-request) leaves its headers
    # and part of its body on an open connection: a CI run stalled for minutes on one.
    url = urlsplit(endpoint)
    stalled = socket.create_connection((url.hostname, url.port))
    try:
        stalled.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\n"
                        b"X-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: 1000\r\n\r\n{\"Lim")
        time.sleep(0.5)  # its thread is waiting for the rest of the body by now
        client = boto3.client("dynamodb", endpoint_url=endpoint, region_name="us-east-1",
                              aws_access_key_id="local", aws_secret_access_key="local",
                              config=Config(read_timeout=5, retries={"max_attempts": 1}))
        assert "TableNames" in client.list_tables()  # a stall raises ReadTimeoutError after 5 s
    finally:
        stalled.close()
