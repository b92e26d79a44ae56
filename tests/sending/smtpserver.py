"""An SMTP server for the test-send tests: Debian's aiosmtpd on 127.0.0.1, run with /usr/bin/python3.

Listens on free ports and prints them as one JSON line once ready:
  starttls  STARTTLS required (the test's self-signed certificate), AUTH PLAIN/LOGIN required
  tls       TLS from the first byte (smtps), AUTH required
  plain     no TLS, AUTH LOGIN only (for security "none" to a loopback host)
  silent    accepts connections and never greets (the time limit)
  refused   nothing listens there
Each message received is written to DIR/N.eml with DIR/N.json (envelope, AUTH mechanism).
RCPT to an address starting with "refuse" gets 550; messages over --size-limit get 552.
Runs until killed.
"""
import argparse
import asyncio
import json
import os
import socket
import ssl

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--dir", required=True)
parser.add_argument("--cert", required=True)
parser.add_argument("--key", required=True)
parser.add_argument("--user", required=True)
parser.add_argument("--password", required=True)
parser.add_argument("--size-limit", type=int, default=200000)
args = parser.parse_args()

received = 0


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("refuse"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        global received
        received += 1
        base = os.path.join(args.dir, str(received))
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                       "mechanism": getattr(session, "galley_mechanism", None),
                       "tls": session.ssl is not None}, f)
        return "250 Message accepted"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword)
          and auth_data.login == args.user.encode()
          and auth_data.password == args.password.encode())
    if ok:
        session.galley_mechanism = mechanism
    return AuthResult(success=ok, handled=False)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
tls.load_cert_chain(args.cert, args.key)
handler = Handler()
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def serve(ssl_context=None, **kwargs):
    def factory():
        return SMTP(handler, authenticator=authenticator, data_size_limit=args.size_limit,
                    hostname="galley-test", loop=loop, **kwargs)
    server = loop.run_until_complete(
        loop.create_server(factory, "127.0.0.1", 0, ssl=ssl_context))
    return server.sockets[0].getsockname()[1]


ports = {
    "starttls": serve(tls_context=tls, require_starttls=True, auth_required=True,
                      auth_require_tls=True),
    "tls": serve(ssl_context=tls, auth_required=True, auth_require_tls=False),
    "plain": serve(auth_required=True, auth_require_tls=False,
                   auth_exclude_mechanism=["PLAIN"]),
}
silent = socket.socket()
silent.bind(("127.0.0.1", 0))
silent.listen(8)
ports["silent"] = silent.getsockname()[1]
ports["refused"] = free_port()
print(json.dumps(ports), flush=True)
loop.run_forever()
