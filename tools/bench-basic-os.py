#!/usr/bin/env python3
"""bench-basic-os.py: our BASIC inside Ralph OS against the same interpreter on the host.

Boots the image once in QEMU (TCG unless hardware virtualization is usable), starts BASIC on
the serial console (the shell it boots into), and for each program in <repo>/../shared/bench/basic: scales its line-105
`N`, types the program in, and times RUN from Enter to the next prompt. The host runner
(tools/RalphOS.Basic.Cli, Release) runs the same scaled program. Prints seconds per unit of
the original N and the ratio in-OS / host. Both outputs must agree (e.g. the sieve's 1899).
Usage: bench-basic-os.py IMAGE [SCALE]   (SCALE multiplies N; default 1)
"""
import os, re, select, subprocess, sys, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(REPO, "..", "shared", "bench", "basic")
CLI = os.path.join(REPO, "tools", "RalphOS.Basic.Cli", "bin", "Release", "net10.0", "RalphOS.Basic.Cli.dll")
N_LINE = re.compile(r"^105 N = (\d+)", re.M)
PROMPT = b"\n> "


def scaled(source, scale):
    original = int(N_LINE.search(source).group(1))
    return N_LINE.sub(f"105 N = {max(1, int(original * scale))}", source), original


class Guest:
    def __init__(self, image):
        accel = ["-accel", "tcg"]
        with open("/proc/cpuinfo") as cpuinfo:
            flags = cpuinfo.read().split()
        if os.access("/dev/kvm", os.R_OK | os.W_OK) and ("vmx" in flags or "svm" in flags):
            accel = ["-accel", "kvm", "-cpu", "qemu64"]
        self.accel = accel[1]
        self.qemu = subprocess.Popen(
            ["qemu-system-x86_64", "-drive", f"format=raw,file={image},snapshot=on", "-serial", "stdio",
             "-display", "none", "-no-reboot", "-monitor", "none", "-m", "256M"] + accel,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.seen = b""
        self.wait_for(b"bytes free", 60)   # the machine boots into BASIC
        self.wait_for(b"> ", 30)

    def wait_for(self, marker, timeout):
        start = len(self.seen)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.qemu.stdout], [], [], 0.05)
            if ready:
                chunk = os.read(self.qemu.stdout.fileno(), 65536)
                if not chunk:
                    break
                self.seen += chunk
                if marker in self.seen[start:]:
                    return self.seen[start:].decode(errors="replace")
        raise TimeoutError(f"no {marker!r} within {timeout} s")

    def type_line(self, line):
        self.qemu.stdin.write(line.encode() + b"\r")
        self.qemu.stdin.flush()

    def run_program(self, source):
        self.type_line("NEW")
        self.wait_for(PROMPT, 10)
        for line in source.splitlines():
            if line.strip():
                self.type_line(line)
                self.wait_for(PROMPT, 10)
        started = time.monotonic()
        self.type_line("RUN")
        output = self.wait_for(PROMPT, 600)
        return time.monotonic() - started, output

    def close(self):
        self.qemu.kill()
        self.qemu.wait()


def host_run(source):
    path = "/tmp/ralph-bench-host.bas"
    with open(path, "w") as handle:
        handle.write(source)
    started = time.monotonic()
    output = subprocess.run(["dotnet", CLI, path], capture_output=True, text=True).stdout
    return time.monotonic() - started, output


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    image, scale = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    subprocess.run(["dotnet", "build", os.path.join(REPO, "tools", "RalphOS.Basic.Cli"), "-c", "Release", "-v:q", "-nologo"],
                   check=True, capture_output=True)
    startup, _ = host_run("10 END\n")
    guest = Guest(image)
    print(f"BASIC inside Ralph OS ({guest.accel}) vs the host build, seconds per unit of the original N (x{scale:g})")
    print(f"{'program':8} {'in OS':>10} {'host':>10} {'OS/host':>8}  output agrees")
    try:
        for name in sorted(os.listdir(BENCH)):
            if not name.endswith(".bas"):
                continue
            with open(os.path.join(BENCH, name)) as handle:
                source, original = scaled(handle.read(), scale)
            units = max(1, int(original * scale)) / original
            os_seconds, os_output = guest.run_program(source)
            host_seconds, host_output = host_run(source)
            host_seconds = max(host_seconds - startup, 1e-6)
            agree = re.sub(r"\s+", "", host_output) in re.sub(r"\s+", "", os_output.replace("RUN", "", 1))
            print(f"{name[:-4]:8} {os_seconds / units:10.3f} {host_seconds / units:10.3f} {os_seconds / host_seconds:8.1f}  {'yes' if agree else 'NO'}")
    finally:
        guest.close()


if __name__ == "__main__":
    main()
