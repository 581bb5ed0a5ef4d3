#!/usr/bin/env python3
"""bench-disk.py: the data disk's throughput in Ralph OS next to the host's dd, and SAVE latency.

Makes a fresh FAT16 volume (mkfs.fat, 64 MiB) in a temporary folder, boots the image in
QEMU with it as the IDE primary slave (TCG unless hardware virtualization is usable) and
runs the monitor's `disk bench MB`: a sequential write then read of an MB MiB file through
the FAT file system and the ATA driver (timed by the OS's PIT clock), and the average of
20 SAVE-sized (1 KiB) overwrites. It also times BASIC's SAVE typed at the console, from
Enter to the next prompt (the host's clock, so serial and QEMU's round trip included).
Then, QEMU stopped, dd on the host copies the same amount to and from the same image file
(at the start of the volume's data region, where the OS's file was): the write with
conv=fsync, the read with iflag=direct, so both reach the host's disk, not its page cache.
MB/s are 10^6 bytes per second. Usage: bench-disk.py IMAGE [MB] (default 8; at most 32).
"""
import os, re, statistics, struct, subprocess, sys, tempfile, time
from ralph_guest import Guest

MONITOR = b"ralph> "
PROMPT = b"\n> "
SAVE_ROUNDS = 10


def data_region_offset(image):
    """Byte offset of the FAT volume's first data cluster (from its boot sector)."""
    with open(image, "rb") as handle:
        boot = handle.read(512)
    bytes_per_sector, _, reserved, fats, root_entries, _, _, fat_size16 = struct.unpack_from("<HBHBHHBH", boot, 11)
    fat_size = fat_size16 or struct.unpack_from("<I", boot, 36)[0]
    root_sectors = (root_entries * 32 + bytes_per_sector - 1) // bytes_per_sector
    return (reserved + fats * fat_size + root_sectors) * bytes_per_sector


def dd_rate(arguments):
    """Runs dd; the seconds it reports for the copy."""
    done = subprocess.run(["dd"] + arguments, capture_output=True, text=True, check=True)
    match = re.search(r"copied, ([\d.,]+) s", done.stderr)
    seconds = float(match.group(1).replace(",", "."))
    return seconds


def in_os(image, disk, megabytes):
    guest = Guest(image, ["-drive", f"format=raw,file={disk},if=ide,index=1"])
    try:
        saves = []
        guest.type_line('10 PRINT "A PROGRAM OF A FEW BYTES"')
        guest.wait_for(PROMPT, 10)
        for _ in range(SAVE_ROUNDS):
            started = time.monotonic()
            guest.type_line('SAVE "latency"')
            output = guest.wait_for(PROMPT, 30)
            saves.append(time.monotonic() - started)
            if "error" in output.lower() or "memory" in output.lower():
                raise RuntimeError(f"SAVE failed: {output}")
        guest.type_line('KILL "latency"')
        guest.wait_for(PROMPT, 30)
        guest.type_line("SYSTEM")
        guest.wait_for(MONITOR, 30)
        guest.type_line(f"disk bench {megabytes}")
        bench = guest.wait_for(MONITOR, 600)
        guest.type_line("disk")
        report = guest.wait_for(MONITOR, 30)
        return guest.accel, bench, report, statistics.median(saves)
    finally:
        guest.close()


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    image = sys.argv[1]
    megabytes = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    work = tempfile.mkdtemp(prefix="ralph-bench-disk-")
    disk = os.path.join(work, "disk.img")
    pattern = os.path.join(work, "pattern.bin")
    try:
        subprocess.run(["mkfs.fat", "-C", "-F", "16", "-n", "RALPHDISK", disk, str(64 * 1024)],
                       check=True, capture_output=True)
        accel, bench, report, save_typed = in_os(image, disk, megabytes)
        write = re.search(r"write \d+ MiB: (\d+) ms, ([\d.]+) MB/s", bench)
        read = re.search(r"read \d+ MiB: (\d+) ms, ([\d.]+) MB/s", bench)
        save = re.search(r"\(SAVE\): (\d+) us", bench)
        if not (write and read and save) or "MISMATCH" in bench:
            sys.exit(f"disk bench failed:\n{bench}")
        size = megabytes * 1024 * 1024
        with open(pattern, "wb") as handle:
            handle.write(bytes((i * 13 + (i >> 12)) & 0xFF for i in range(size)))
        offset = data_region_offset(disk)
        write_s = dd_rate([f"if={pattern}", f"of={disk}", "bs=1M", f"seek={offset}", "oflag=seek_bytes",
                           "conv=notrunc,fsync"])
        read_s = dd_rate([f"if={disk}", "of=/dev/null", "bs=1M", f"skip={offset}", f"count={size}",
                          "iflag=skip_bytes,count_bytes,direct"])
        interrupts = re.search(r"interrupts: .*", report)
        print(f"Data disk, {megabytes} MiB sequential, MB/s (10^6 bytes/s); Ralph OS under {accel.upper()}")
        print(f"| | Ralph OS ({accel.upper()}) | host dd (same image file) | OS/dd |")
        print("|---|---|---|---|")
        for label, os_line, host_s in (("write", write, write_s), ("read", read, read_s)):
            os_rate = float(os_line.group(2))
            host_rate = size / host_s / 1e6
            print(f"| {label} | {os_rate:.1f} ({os_line.group(1)} ms) | {host_rate:.1f} ({host_s * 1000:.0f} ms) | {os_rate / host_rate:.3f} |")
        print(f"SAVE latency: {int(save.group(1)) / 1000:.1f} ms in the OS (1 KiB overwrite, file system and driver, "
              f"average of 20); {save_typed * 1000:.0f} ms typed at the console (host clock, median of {SAVE_ROUNDS})")
        if interrupts:
            print(interrupts.group(0).strip())
    finally:
        for name in (disk, pattern):
            if os.path.exists(name):
                os.remove(name)
        os.rmdir(work)


if __name__ == "__main__":
    main()
