"""ralph_guest.py: a booted Ralph OS driven through its serial console, for benchmarks.

Boots the image in QEMU (TCG unless hardware virtualization is usable; see run.sh), waits
for BASIC, the shell the machine boots into, and runs programs by typing them in: NEW,
every line, then RUN, timed from Enter to the next prompt; `monitor` runs a kernel monitor
command. bench-basic.py and bench-vga.py use it.
"""
import os, select, subprocess, time

PROMPT = b"\n> "
MONITOR_PROMPT = b"ralph> "


def accelerator():
    """kvm when /dev/kvm opens read-write and the CPU shows vmx or svm, else tcg."""
    with open("/proc/cpuinfo") as cpuinfo:
        flags = cpuinfo.read().split()
    if os.access("/dev/kvm", os.R_OK | os.W_OK) and ("vmx" in flags or "svm" in flags):
        return "kvm"
    return "tcg"


class Guest:
    def __init__(self, image, extra_args=()):
        """extra_args: more QEMU arguments (bench-disk.py attaches a data disk, bench-vga.py adds -device VGA)."""
        self.accel = accelerator()
        accel = ["-accel", "kvm", "-cpu", "qemu64"] if self.accel == "kvm" else ["-accel", "tcg"]
        self.qemu = subprocess.Popen(
            ["qemu-system-x86_64", "-drive", f"format=raw,file={image},snapshot=on", "-serial", "stdio",
             "-display", "none", "-no-reboot", "-monitor", "none", "-m", "256M"] + accel + list(extra_args),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.seen = b""
        self.wait_for(b"bytes free", 60)
        # The prompt may have come in the same read as the banner, or half of it ("\n>").
        self.wait_for(PROMPT, 30, since=self.seen.rfind(b"bytes free"))

    def wait_for(self, marker, timeout, since=None):
        """Output from `since` (default: now) until marker appears (TimeoutError after
        timeout seconds)."""
        start = len(self.seen) if since is None else since
        if marker in self.seen[start:]:
            return self.seen[start:].decode(errors="replace")
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
        """(seconds from RUN to the prompt, what RUN printed)."""
        self.type_line("NEW")
        self.wait_for(PROMPT, 10)
        for line in source.splitlines():
            if line.strip():
                self.type_line(line)
                self.wait_for(PROMPT, 10)
        started = time.monotonic()
        self.type_line("RUN")
        output = self.wait_for(PROMPT, 900)
        return time.monotonic() - started, output.replace("RUN", "", 1)

    def monitor(self, command):
        """What a kernel monitor command printed: SYSTEM, the command, then back to BASIC."""
        self.type_line("SYSTEM")
        self.wait_for(MONITOR_PROMPT, 10)
        self.type_line(command)
        output = self.wait_for(MONITOR_PROMPT, 60)
        self.type_line("basic")
        self.wait_for(PROMPT, 10)
        return output

    def close(self):
        self.qemu.kill()
        self.qemu.wait()
