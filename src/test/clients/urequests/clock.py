"""A MicroPython clock's request, the way micropython-lib's urequests (2020) makes it.

That urequests speaks HTTP/1.0 over a plain socket, sends Host and nothing else, reads the
status line and headers, then takes the body as everything until the server closes, whatever
Content-Length says; json.loads gets it whole. A server that keeps an HTTP/1.0 connection open
hangs it. Runs on CPython with the same socket calls (usocket and ujson there are socket and json).
"""
import json
import socket
import sys


def get(url):
    _, _, host, path = url.split("/", 3)
    host, port = (host.split(":") + ["80"])[:2]
    s = socket.socket()
    s.settimeout(10)
    s.connect(socket.getaddrinfo(host, int(port))[0][-1])
    s.send(b"GET /%s HTTP/1.0\r\n" % path.encode())
    s.send(b"Host: %s\r\n\r\n" % host.encode())
    f = s.makefile("rb")
    status = int(f.readline().split(None, 2)[1])
    while f.readline() not in (b"\r\n", b""):
        pass
    body = f.read()
    s.close()
    return status, body


status, body = get(sys.argv[1] + "/api/timezone/" + sys.argv[2])
time = json.loads(body)
# What a MicroPython clock keeps: the local time as seconds, from unixtime and the offset now.
sign = -1 if time["utc_offset"][0] == "-" else 1
hours, minutes = time["utc_offset"][1:].split(":")
local = time["unixtime"] + sign * (int(hours) * 3600 + int(minutes) * 60)
print(status, time["timezone"], time["unixtime"], local)
