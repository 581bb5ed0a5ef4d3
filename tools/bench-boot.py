#!/usr/bin/env python3
"""bench-boot.py: how long Ralph OS takes to boot, measured from outside.

For each accelerator (TCG, and KVM when /dev/kvm is usable) it starts QEMU several times
and timestamps, on the serial port: the first byte from stage 2 (the BIOS is done and our
boot sector has run) and the BASIC prompt. Prints the median of each, in seconds.
Usage: bench-boot.py IMAGE [RUNS]
"""
import os, select, statistics, subprocess, sys, time

PROMPT = b"bytes free\r\n> "   # BASIC, the shell the machine boots into
STAGE2_MARK = b"stage2:"
TIMEOUT_S = 30


def boot_once(image, accel):
    accel_args = ["-accel", "kvm", "-cpu", "qemu64"] if accel == "kvm" else ["-accel", "tcg"]
    start = time.monotonic()
    qemu = subprocess.Popen(
        ["qemu-system-x86_64", "-drive", f"format=raw,file={image}", "-serial", "stdio",
         "-display", "none", "-no-reboot", "-monitor", "none", "-m", "256M"] + accel_args,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    seen, stage2_at, prompt_at = b"", None, None
    try:
        while time.monotonic() - start < TIMEOUT_S and prompt_at is None:
            ready, _, _ = select.select([qemu.stdout], [], [], 0.05)
            if not ready:
                continue
            chunk = os.read(qemu.stdout.fileno(), 4096)
            if not chunk:
                break
            seen += chunk
            now = time.monotonic() - start
            if stage2_at is None and STAGE2_MARK in seen:
                stage2_at = now
            if PROMPT in seen:
                prompt_at = now
    finally:
        qemu.kill()
        qemu.wait()
    return stage2_at, prompt_at


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    image, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    accels = ["tcg"]
    if os.access("/dev/kvm", os.R_OK | os.W_OK):
        with open("/proc/cpuinfo") as cpuinfo:
            flags = cpuinfo.read().split()
        if "vmx" in flags or "svm" in flags:
            accels.append("kvm")
        else:
            print("note: /dev/kvm here has no hardware virtualization behind it (no vmx/svm): its"
                  " emulator cannot run SSE code, so there is no KVM row (see README)")
    print(f"boot time, median of {runs} runs (seconds from QEMU start)")
    print(f"{'accel':6} {'stage2 starts':>14} {'BASIC prompt':>15} {'after boot sector':>18}")
    for accel in accels:
        results = [boot_once(image, accel) for _ in range(runs)]
        good = [(s, p) for s, p in results if s is not None and p is not None]
        if not good:
            print(f"{accel:6} {'no prompt':>14}")
            continue
        stage2 = statistics.median(s for s, _ in good)
        prompt = statistics.median(p for _, p in good)
        after = statistics.median(p - s for s, p in good)
        print(f"{accel:6} {stage2:14.3f} {prompt:15.3f} {after:18.3f}")


if __name__ == "__main__":
    main()
