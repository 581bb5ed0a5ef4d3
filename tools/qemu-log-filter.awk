# qemu-log-filter.awk: keeps `./run.sh debug`'s QEMU log (-d int,cpu_reset,guest_errors)
# readable. QEMU's interrupt log cannot leave out one vector, and the 1 kHz timer (IRQ 0,
# remapped by the kernel to vector 0x20) makes it grow by about 100 MB a minute, burying the
# exceptions and resets one looks for. run.sh pipes the log through this filter, which
#   - drops each timer interrupt's entry: the "Servicing hardware INT=0x20" line, the
#     "N: v=20 ..." line and the register dump under it (lines like "RAX=...", "CS =...");
#   - stops writing after limit_bytes (awk -v limit_bytes=N; 0 = no cap), ending the log
#     with one line that says so, and keeps reading so QEMU never blocks on a full pipe.
# Every other entry (exceptions, "CPU Reset", "SMM: enter", guest errors) passes unchanged.
# Tested by tests/RalphOS.Kernel.Tests/RunScriptTests.cs.

BEGIN {
    skipping = 0
    written = 0
    capped = 0
    if (limit_bytes == "") limit_bytes = 0
}

# The timer's entry starts with one of these two lines (QEMU 7.2, target/i386 do_interrupt_all).
/^Servicing hardware INT=0x20$/ { skipping = 1; next }
/^ *[0-9]+: v=20 / { skipping = 1; next }

# A register dump line belongs to the entry above it: "RAX=", "R8 =", "ES =", "GDT=", "CR0=".
skipping && /^[A-Z][A-Z0-9 ]*=/ { next }

{
    skipping = 0
    if (capped) next
    if (limit_bytes > 0 && written + length($0) + 1 > limit_bytes) {
        printf "[qemu-log-filter: log capped at %d bytes; RALPH_DEBUG_LOG=full ./run.sh debug writes everything]\n", limit_bytes
        capped = 1
        fflush()
        next
    }
    print
    fflush()
    written += length($0) + 1
}
