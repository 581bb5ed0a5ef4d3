#!/usr/bin/env python3
"""bench-basic.py: the classic BASIC benchmarks (<repo>/../shared/bench/basic) in one table.

Each program runs under seven setups: brandy and bwbasic (the peers, native), ours on the
host (tools/RalphOS.Basic.Cli, published ahead of time with NativeAOT as the native
executable build/basic/RalphOS.Basic.Cli, as `./run.sh basic` runs it), brandy and ours-on-the-host again under
qemu-x86_64, and ours inside Ralph OS (QEMU, TCG unless KVM is usable). qemu-x86_64 is
QEMU's user-mode emulator: the same TCG engine that runs the OS, so "ours in the OS" vs
"brandy under TCG" compares like with like when KVM is not usable. Without qemu-x86_64
(Debian package qemu-user) those columns say "skipped".

A program is scaled through its line-105 `N` until its work lasts at least TARGET seconds
and at least the setup's start-up time, whose noise (start-up under TCG is slow)
must stay small against it (bwbasic, the slow floor, runs once at the original N); the
start-up (an empty program) is subtracted, and each figure is the best of a few runs (the
machine is shared), in seconds per unit of the original N. Ratios below 1 mean ours is faster. The goals: ours in the
OS at least as fast as brandy (OS/brandy-TCG <= 1), and within 1.5 times of our host build
(OS/host; OS/host-TCG is the same comparison with both under TCG). The last column checks
that ours on the host and in the OS print what bwbasic prints at the original N.
Usage: bench-basic.py [--only-os] IMAGE [PROGRAM ...]   (default: every program)
  --only-os  run only the "ours OS" column (no peers, no host build, no agreement check):
             a quick before/after comparison of one image against another.
"""
import os, re, shutil, subprocess, sys, tempfile, time
from ralph_guest import Guest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(REPO, "..", "shared", "bench", "basic")
CLI = os.path.join(REPO, "build", "basic", "RalphOS.Basic.Cli")
N_LINE = re.compile(r"^105 N = (\d+)", re.M)
EMPTY = "100 END\n"
TARGET = 1.0           # seconds of work per measured run
MAX_STEP = 100         # most a scale grows per calibration step
WORK = tempfile.mkdtemp(prefix="ralph-bench-basic-")


def scaled(source, scale):
    return N_LINE.sub(lambda m: f"105 N = {int(m.group(1)) * scale}", source)


def results(output):
    """The lines a benchmark prints at its end, without spaces ("BM2DONE1000")."""
    return [re.sub(r"\s+", "", line) for line in output.splitlines() if re.search(r"DONE|PRIMES", line)]


def command_runner(argv, env=None):
    """run(source) -> (seconds, output) for an interpreter taking a file name."""
    def run(source):
        path = os.path.join(WORK, "prog.bas")
        with open(path, "w") as handle:
            handle.write(source)
        started = time.monotonic()
        done = subprocess.run(argv + [path], capture_output=True, text=True, errors="replace",
                              stdin=subprocess.DEVNULL, env=env)
        return time.monotonic() - started, done.stdout
    return run


class Setup:
    """One column: how to run a program, its start-up time, how many runs to take the best of."""

    def __init__(self, label, run, repeats, first_scale, calibrate=True):
        self.label, self.run, self.repeats = label, run, repeats
        self.first_scale, self.calibrate = first_scale, calibrate
        self.startup = min(run(EMPTY)[0] for _ in range(repeats)) if run else None

    def per_unit(self, source):
        """(seconds per unit of the original N, output at first_scale); (None, "") if skipped."""
        if self.run is None:
            return None, ""
        scale = self.first_scale
        seconds, first_output = self.run(scaled(source, scale))
        net = seconds - self.startup
        target = max(TARGET, self.startup)
        while self.calibrate and net < target:
            scale *= int(min(MAX_STEP, max(2, target / max(net, 0.001) + 1)))
            seconds, _ = self.run(scaled(source, scale))
            net = seconds - self.startup
        for _ in range(self.repeats - 1):
            seconds = min(seconds, self.run(scaled(source, scale))[0])
        return max(seconds - self.startup, 1e-6) / scale, first_output


def setups(guest, only_os=False):
    in_os = Setup(f"ours OS {guest.accel.upper()}", guest.run_program, 2, 1)
    if only_os:
        return [in_os]
    brandy_env = dict(os.environ, SDL_VIDEODRIVER="dummy")
    user_qemu = shutil.which("qemu-x86_64")
    tcg = (lambda argv: [user_qemu] + argv) if user_qemu else None
    return [
        Setup("brandy", command_runner(["brandy", "-quit"], brandy_env), 3, 20),
        Setup("bwbasic", command_runner(["bwbasic"]), 1, 1, calibrate=False),
        Setup("ours host", command_runner([CLI]), 3, 1),
        Setup("brandy TCG", tcg and command_runner(tcg([shutil.which("brandy"), "-quit"]), brandy_env), 3, 2),
        Setup("host TCG", tcg and command_runner(tcg([CLI])), 2, 1),
        in_os,
    ]


def ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b is not None else "-"


def only_os_table(guest, names):
    """The quick mode: seconds per unit of the original N for ours in the OS only."""
    column = setups(guest, only_os=True)[0]
    print(f"BASIC benchmarks, {column.label} only: seconds per unit of the original N (start-up subtracted)")
    print(f"| program | {column.label} |")
    print("|---|---|")
    for name in names:
        with open(os.path.join(BENCH, name + ".bas")) as handle:
            seconds, _ = column.per_unit(handle.read())
        print(f"| {name} | {seconds:.4f} |", flush=True)


def main():
    arguments = sys.argv[1:]
    only_os = "--only-os" in arguments
    arguments = [a for a in arguments if a != "--only-os"]
    if not arguments:
        sys.exit(__doc__)
    image, wanted = arguments[0], arguments[1:]
    names = wanted or sorted(name[:-4] for name in os.listdir(BENCH) if name.endswith(".bas"))
    if only_os:
        guest = Guest(image)
        try:
            only_os_table(guest, names)
        finally:
            guest.close()
        return
    # Building the runner's project publishes the native executable (CLI).
    subprocess.run(["dotnet", "build", os.path.join(REPO, "tools", "RalphOS.Basic.Cli"), "-v:q", "-nologo"],
                   check=True, capture_output=True)
    if not shutil.which("qemu-x86_64"):
        print("qemu-x86_64 not found (Debian package qemu-user): the brandy TCG and host TCG columns are skipped")
    guest = Guest(image)
    try:
        columns = setups(guest)
        brandy, bwbasic, host, brandy_tcg, host_tcg, in_os = columns
        heads = [c.label for c in columns] + ["host/brandy", "OS/brandy TCG", "OS/host", "OS/host TCG", "agree"]
        print("BASIC benchmarks: seconds per unit of the original N (start-up subtracted); ratios < 1: ours faster")
        print("| program | " + " | ".join(heads) + " |")
        print("|---" * (len(heads) + 1) + "|")
        for name in names:
            with open(os.path.join(BENCH, name + ".bas")) as handle:
                source = handle.read()
            times, outputs = zip(*(column.per_unit(source) for column in columns))
            b, _, h, bt, ht, o = times
            agree = results(outputs[2]) == results(outputs[1]) == results(outputs[5])
            cells = ["skipped" if t is None else f"{t:.4f}" for t in times]
            cells += [ratio(h, b), ratio(o, bt), ratio(o, h), ratio(o, ht), "yes" if agree else "NO"]
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    finally:
        guest.close()
        shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
