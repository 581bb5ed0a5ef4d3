#!/usr/bin/env python3
"""bench-gc.py: allocation throughput and GC pauses with a live heap, in Ralph OS (QEMU)
against host .NET, running the same workload (RalphOS.Kernel/Console/GcWorkload.cs): the
kernel's `gcbench LIVE CHURN` console command and tools/RalphOS.GcBench. Prints both lines
and the throughput ratio.
Usage: bench-gc.py IMAGE [LIVE_MIB] [CHURN_MIB]
"""
import os, re, select, subprocess, sys, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RATE = re.compile(r"= (\d+) MiB/s")


def in_kernel(image, live, churn):
    qemu = subprocess.Popen(
        ["qemu-system-x86_64", "-drive", f"format=raw,file={image},snapshot=on", "-serial", "stdio", "-display", "none",
         "-no-reboot", "-monitor", "none", "-m", "256M", "-accel", "tcg"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    seen = b""

    def wait_for(marker, timeout):
        nonlocal seen
        start, deadline = len(seen), time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([qemu.stdout], [], [], 0.05)
            if ready:
                seen += os.read(qemu.stdout.fileno(), 65536)
                if marker in seen[start:]:
                    return seen[start:].decode(errors="replace")
        raise TimeoutError(marker)

    try:
        wait_for(b"bytes free", 60)
        qemu.stdin.write(b"SYSTEM\r")
        qemu.stdin.flush()
        wait_for(b"ralph> ", 30)
        qemu.stdin.write(f"gcbench {live} {churn}\r".encode())
        qemu.stdin.flush()
        output = wait_for(b"(checksum", 900)
        return next(line for line in output.splitlines() if line.startswith("gcbench:"))
    finally:
        qemu.kill()
        qemu.wait()


def on_host(live, churn):
    project = os.path.join(REPO, "tools", "RalphOS.GcBench")
    result = subprocess.run(["dotnet", "run", "--project", project, "-c", "Release", "--", str(live), str(churn)],
                            capture_output=True, text=True, check=True)
    return next(line for line in result.stdout.splitlines() if line.startswith("gcbench:"))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    image = sys.argv[1]
    live = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    churn = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    kernel, host = in_kernel(image, live, churn), on_host(live, churn)
    print("Ralph OS (TCG):", kernel)
    print("host .NET:     ", host)
    ratio = int(RATE.search(host).group(1)) / max(1, int(RATE.search(kernel).group(1)))
    print(f"host/Ralph OS allocation throughput: {ratio:.1f}x")


if __name__ == "__main__":
    main()
