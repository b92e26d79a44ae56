#!/usr/bin/env python3
"""The web the link checker's tests talk to: every kind of answer a link can get, on 127.0.0.1.

Prints one line, "PORTS <http> <https>", once it listens (https only with --cert/--key). Every
request is counted; GET /_count answers the counts as JSON ({"total": n, "/path": n, ...}) and is
not counted itself. Runs until killed.
"""
import argparse
import json
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

counts = {"total": 0}
lock = threading.Lock()

REDIRECTS = {
    "/chain3": (301, "/chain2"),
    "/chain2": (301, "/chain1"),
    "/chain1": (301, "/ok"),
    "/loop-a": (301, "/loop-b"),
    "/loop-b": (301, "/loop-a"),
    "/temporary": (302, "/ok"),
}
STATUS = {"/ok": 200, "/missing": 404, "/gone": 410, "/error": 500}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    delay = 0.0

    def log_message(self, *args):
        pass

    def answer(self, status, headers=(), body=b""):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            try:
                self.wfile.write(body)
            except OSError:
                pass  # the checker stops reading after what it needs

    def handle_any(self):
        path = self.path.split("?")[0]
        if path == "/_count":
            with lock:
                body = json.dumps(counts).encode()
            return self.answer(200, [("Content-Type", "application/json")], body)
        with lock:
            counts["total"] += 1
            counts[path] = counts.get(path, 0) + 1
            seen = counts[path]
        if self.delay:
            time.sleep(self.delay)
        if path == "/agent":
            ok = self.headers.get("User-Agent", "").startswith("Galley/")
            return self.answer(200 if ok else 403)
        if path in REDIRECTS:
            status, to = REDIRECTS[path]
            return self.answer(status, [("Location", to)])
        if path in STATUS:
            return self.answer(STATUS[path], body=b"page")
        if path == "/busy":  # 429 the first time, with a Retry-After of one second
            if seen == 1:
                return self.answer(429, [("Retry-After", "1")])
            return self.answer(200)
        if path == "/unavailable":  # 503 the first time, with a Retry-After of one second
            if seen == 1:
                return self.answer(503, [("Retry-After", "1")])
            return self.answer(200)
        if path == "/headlies":  # answers HEAD with 404, GET with the page
            if self.command == "HEAD":
                return self.answer(404)
            return self.answer(200, [("Content-Type", "text/html")], b"page")
        if path == "/nohead":  # refuses HEAD, answers GET with a large page
            if self.command == "HEAD":
                return self.answer(405, [("Allow", "GET")])
            return self.answer(200, [("Content-Type", "text/html")], b"x" * 300000)
        if path == "/silent":  # never answers
            time.sleep(60)
            return
        if path.startswith("/page/"):  # the benchmarks' distinct links (the inbox reads titles)
            title = ("<title>Page %s</title>" % path[len("/page/"):]).encode()
            return self.answer(200, [("Content-Type", "text/html; charset=utf-8")],
                               b"<!DOCTYPE html><html><head>" + title + b"</head></html>")
        return self.answer(404)

    do_GET = handle_any
    do_HEAD = handle_any


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cert")
    ap.add_argument("--key")
    ap.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    ap.add_argument("--hosts", type=int, default=1, help="also listen on 127.0.0.2 .. 127.0.0.N")
    ap.add_argument("--twin", help="also http on ADDRESS:80 and https on ADDRESS:443 (root)")
    args = ap.parse_args()
    Handler.delay = args.delay
    ThreadingHTTPServer.daemon_threads = True
    first = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = first.server_address[1]
    servers = [first] + [ThreadingHTTPServer(("127.0.0.%d" % n, port), Handler)
                         for n in range(2, args.hosts + 1)]
    tls_port = 0
    if args.cert:
        tls = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        tls.socket = context.wrap_socket(tls.socket, server_side=True)
        tls_port = tls.server_address[1]
        servers.append(tls)
        if args.twin:  # a link without a port of its own, and its https twin
            servers.append(ThreadingHTTPServer((args.twin, 80), Handler))
            twin = ThreadingHTTPServer((args.twin, 443), Handler)
            twin.socket = context.wrap_socket(twin.socket, server_side=True)
            servers.append(twin)
    for s in servers:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    print("PORTS %d %d" % (port, tls_port), flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    sys.exit(main())
