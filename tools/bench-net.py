#!/usr/bin/env python3
"""bench-net.py: network benchmarks against Ralph OS in QEMU (user networking, loopback
port forwards only), on each network card in turn (the NE2000 and the e1000; RALPH_NIC=ne2000
or e1000 measures just that one), then both side by side.

1. The TODO app (bas/todo.bas): GET / for DURATION seconds with 1 and with 8 concurrent
   clients, then REQUESTS (10,000) from 8 clients; prints requests per second and errors (a
   failed connection, a non-200 status or a short body counts as an error). Then the same
   for httpd (programs/httpd, a C# program SPAWNed in the same session before the TODO
   app starts, so both run in the same boot), with 1 and 8 clients.
2. Bulk TCP in each direction: host->guest into the kernel's discard service (RFC 863; timed
   until the guest has read everything and closed), guest->host from its chargen service
   (RFC 864; the received lines are checked), and both at once through its echo service.
Usage: bench-net.py IMAGE [DURATION_SECONDS] [BYTES] [REQUESTS]  (REQUESTS: the 8-client run, 10000)
"""
import os, select, socket, subprocess, sys, threading, time

TODO_PORT, ECHO_PORT, DISCARD_PORT, CHARGEN_PORT, HTTPD_PORT = 18090, 17097, 17099, 17119, 18091
# QEMU's -device for each card (as run.sh's network targets and the tests' NetworkCard).
CARDS = {"ne2000": "ne2k_isa,netdev=net0,irq=10,iobase=0x300", "e1000": "e1000,netdev=net0"}


def boot(image, card):
    qemu = subprocess.Popen(
        ["qemu-system-x86_64", "-drive", f"format=raw,file={image},snapshot=on", "-serial", "stdio",
         "-display", "none", "-no-reboot", "-monitor", "none", "-m", "256M", "-accel", "tcg",
         "-netdev", f"user,id=net0,hostfwd=tcp:127.0.0.1:{TODO_PORT}-:8080,hostfwd=tcp:127.0.0.1:{ECHO_PORT}-:7,"
         f"hostfwd=tcp:127.0.0.1:{DISCARD_PORT}-:9,hostfwd=tcp:127.0.0.1:{CHARGEN_PORT}-:19,"
         f"hostfwd=tcp:127.0.0.1:{HTTPD_PORT}-:8081",
         "-device", CARDS[card]],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    seen = [b""]

    def wait_for(marker, timeout=60):
        start, deadline = len(seen[0]), time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([qemu.stdout], [], [], 0.05)
            if ready:
                seen[0] += os.read(qemu.stdout.fileno(), 65536)
                if marker in seen[0][start:]:
                    return
        raise TimeoutError(marker)

    def type_line(line):
        qemu.stdin.write(line.encode() + b"\r")
        qemu.stdin.flush()

    wait_for(b"bytes free", 180)       # booted into BASIC (slow on a loaded machine)
    type_line("SYSTEM")                # the kernel monitor starts the echo service
    wait_for(b"ralph> ")
    for service in ("echo-server 7", "discard-server 9", "chargen-server 19"):
        type_line(service)
        wait_for(b"ralph> ")
    type_line("basic")
    wait_for(b"bytes free")
    type_line('SPAWN "httpd"')
    wait_for(b"httpd: listening on port 8081")
    type_line('LOAD "todo"')
    time.sleep(0.5)
    type_line("RUN")
    wait_for(b"listening on port 8080")
    return qemu


def get_page(port=TODO_PORT):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    return head.startswith(b"HTTP/1.1 200") and len(body) == length


def load(clients, duration, requests=None, port=TODO_PORT):
    """GET / from `clients` threads for `duration` seconds, or until `requests` are done."""
    counts, errors = [0] * clients, [0] * clients
    stop = time.monotonic() + duration

    def worker(index):
        while time.monotonic() < stop and (requests is None or sum(counts) + sum(errors) < requests):
            try:
                if get_page(port):
                    counts[index] += 1
                else:
                    errors[index] += 1
            except (OSError, ValueError, IndexError):
                errors[index] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.monotonic() - started), sum(counts), sum(errors)


def bulk(size):
    payload = bytes(i * 7 % 251 for i in range(size))
    with socket.create_connection(("127.0.0.1", ECHO_PORT), timeout=30) as s:
        received = bytearray()
        started = time.monotonic()
        sender = threading.Thread(target=s.sendall, args=(payload,))
        sender.start()
        while len(received) < size:
            chunk = s.recv(65536)
            if not chunk:
                break
            received += chunk
        sender.join()
        elapsed = time.monotonic() - started
    return size / elapsed / 1e6, bytes(received) == payload


def to_guest(size):
    """Host->guest: the discard service closes its side once it has read everything."""
    block = bytes(range(256)) * 256
    with socket.create_connection(("127.0.0.1", DISCARD_PORT), timeout=30) as s:
        started = time.monotonic()
        sent = 0
        while sent < size:
            s.sendall(block[:min(len(block), size - sent)])
            sent += min(len(block), size - sent)
        s.shutdown(socket.SHUT_WR)
        closed = s.recv(1) == b""
        elapsed = time.monotonic() - started
    return size / elapsed / 1e6, closed


def chargen_line(n):
    return bytes(32 + (n + i) % 95 for i in range(72)) + b"\r\n"


def from_guest(size):
    """Guest->host: reads size bytes of chargen output and checks every line."""
    received = bytearray()
    with socket.create_connection(("127.0.0.1", CHARGEN_PORT), timeout=30) as s:
        started = time.monotonic()
        while len(received) < size:
            chunk = s.recv(65536)
            if not chunk:
                break
            received += chunk
        elapsed = time.monotonic() - started
    whole = len(received) // 74
    expected = b"".join(chargen_line(n) for n in range(95))
    intact = all(received[i * 74:(i + 1) * 74] == expected[(i % 95) * 74:(i % 95 + 1) * 74] for i in range(whole))
    return len(received) / elapsed / 1e6, intact and len(received) >= size


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    image = sys.argv[1]
    duration = float(sys.argv[2]) if len(sys.argv) > 2 else 10
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    requests = int(sys.argv[4]) if len(sys.argv) > 4 else 10_000
    chosen = os.environ.get("RALPH_NIC", "")
    if chosen and chosen not in CARDS:
        sys.exit(f"RALPH_NIC={chosen!r}: use ne2000 or e1000")
    results = {card: measure(image, card, duration, size, requests) for card in ([chosen] if chosen else CARDS)}
    if len(results) > 1:
        names = list(results)
        print("both cards (TCG, same run): " + " | ".join(names))
        for row in results[names[0]]:
            print(f"  {row:<28}" + " | ".join(f"{results[card][row]:>9.2f}" for card in names))


def measure(image, card, duration, size, requests):
    """Boots with `card`, prints its results and returns the main figures by row name."""
    figures = {}
    qemu = boot(image, card)
    try:
        print(f"{card}: TODO app (GET /, TCG, {duration:g} s each)")
        for clients in (1, 8):
            rate, done, errors = load(clients, duration)
            figures[f"TODO req/s, {clients} client(s)"] = rate
            print(f"  {clients} client(s): {rate:7.1f} requests/s, {errors} errors in {done + errors} requests")
        rate, done, errors = load(8, 600, requests=requests)
        print(f"  8 clients until {requests:,} requests: {errors} errors in {done + errors} requests ({rate:.1f} requests/s)")
        print(f"{card}: httpd, a C# program (GET /, TCG, {duration:g} s each, same boot)")
        for clients in (1, 8):
            rate, done, errors = load(clients, duration, port=HTTPD_PORT)
            figures[f"httpd req/s, {clients} client(s)"] = rate
            print(f"  {clients} client(s): {rate:7.1f} requests/s, {errors} errors in {done + errors} requests")
        print(f"{card}: bulk TCP, {size} bytes (TCG)")
        rate, closed = to_guest(size)
        figures["host->guest MB/s"] = rate
        print(f"  host->guest (discard): {rate:.2f} MB/s, {'all read by the guest' if closed else 'NOT CLOSED'}")
        rate, intact = from_guest(size)
        figures["guest->host MB/s"] = rate
        print(f"  guest->host (chargen): {rate:.2f} MB/s, lines {'intact' if intact else 'CORRUPTED'}")
        rate, intact = bulk(size)
        figures["both ways (echo) MB/s"] = rate
        print(f"  both ways at once (echo): {rate:.2f} MB/s, data {'intact' if intact else 'CORRUPTED'}")
    finally:
        qemu.kill()
        qemu.wait()
    return figures


if __name__ == "__main__":
    main()
