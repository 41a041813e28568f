"""A webhook receiver: verifies the Standard Webhooks signature, drops repeats by webhook-id.
Usage: WEBHOOK_SECRET=whsec_... python3 samplerequests/webhook_receiver.py 8787
(make run accepts http://127.0.0.1:8787/hook as a subscription URL.)"""
import base64, hashlib, hmac, json, os, sys, time
from http.server import BaseHTTPRequestHandler, HTTPServer

KEY = base64.b64decode(os.environ["WEBHOOK_SECRET"].removeprefix("whsec_"))
seen = set()  # a real receiver keeps these ids (for days) in its database


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        msg_id, ts = self.headers["webhook-id"], self.headers["webhook-timestamp"]
        expected = base64.b64encode(hmac.new(KEY, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
        signatures = [s.split(",", 1)[1] for s in self.headers["webhook-signature"].split()]
        if abs(time.time() - int(ts)) > 300 or not any(hmac.compare_digest(expected, s) for s in signatures):
            self.send_response(401); self.end_headers(); return
        if msg_id not in seen:  # delivery is at least once: the same event may come again
            seen.add(msg_id)
            event = json.loads(body)
            print(msg_id, event["type"], event["data"].get("claim", {}).get("id", ""), flush=True)
        self.send_response(204); self.end_headers()


HTTPServer(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
