#!/usr/bin/env python3
"""bench-programs.py: C# programs (programs/<name>, ELF files embedded in the image).

1. Image size of each program (build/programs/*.elf, as the image carries them).
2. Start-to-first-output latency of hello: the kernel monitor's `run hello` reports the
   time from ProgramTasks.Start (ELF checks, placement, relocation, the start block, the
   task switch, the program runtime's start) to the program's first Console.WriteLine;
   RUNS runs in one boot, min / median / max, measured by the guest's own clock.
Usage: bench-programs.py IMAGE PROGRAMS_DIR [RUNS]
"""
import os, re, statistics, sys
from ralph_guest import Guest, MONITOR_PROMPT


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    image, programs = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    print("program image sizes (bytes, symbol table included, DWARF stripped)")
    for name in sorted(os.listdir(programs)):
        if name.endswith(".elf"):
            print(f"  {name[:-4]:<10} {os.path.getsize(os.path.join(programs, name)):>9,}")
    guest = Guest(image)
    try:
        guest.type_line("SYSTEM")
        guest.wait_for(MONITOR_PROMPT, 10)
        latencies = []
        for _ in range(runs):
            guest.type_line("run hello")
            output = guest.wait_for(MONITOR_PROMPT, 60)
            match = re.search(r"first output (\d+\.\d) ms after start", output)
            if match:
                latencies.append(float(match.group(1)))
        if latencies:
            print(f"run hello, start to first output ({len(latencies)} runs, {guest.accel.upper()}): "
                  f"min {min(latencies):.1f} ms, median {statistics.median(latencies):.1f} ms, max {max(latencies):.1f} ms")
        else:
            print("run hello: no first-output time reported")
    finally:
        guest.close()


if __name__ == "__main__":
    main()
