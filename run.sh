#!/usr/bin/env bash
# run.sh: one entry point for building, running and testing Ralph OS.
#   ./run.sh            set up what is missing, build, boot with the serial console here
#   ./run.sh test       everything CI runs; ends with "N passed, N failed"
#   ./run.sh help       all targets
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="$ROOT/build"
IMAGE="$BUILD/ralph_os.img"
# The data disk the run targets attach (FAT16, made on first use, kept across builds).
DISK="${RALPH_DISK:-$BUILD/disk.img}"
DISK_SIZE_KIB=32768
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian packages each tool comes from (setup installs the missing ones).
APT_PACKAGES=(nasm:nasm qemu-system-x86_64:qemu-system-x86 ld:binutils objcopy:binutils gdb:gdb
              telnet:telnet nc:netcat-openbsd ip:iproute2 ping:iputils-ping curl:curl chromium:chromium
              mkfs.fat:dosfstools mcopy:mtools)
# Only the benchmarks need these: the peer BASIC interpreters and python3 for the scripts.
BENCH_PACKAGES=(brandy:brandy bwbasic:bwbasic python3:python3)
# Optional for the benchmarks: QEMU's user-mode emulator runs brandy and our host build
# under TCG, the emulator that runs the OS where KVM is not usable (a fair comparison).
BENCH_OPTIONAL_PACKAGES=(qemu-x86_64:qemu-user)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'EOF'
Usage: ./run.sh [target]

  (no target)   setup if needed, build, then run
  setup         install missing tools (nasm, qemu, binutils, gdb) and restore NuGet packages
  build | all   build everything: bootloader, kernel, image, tools (dotnet build)
  image         same as build (the image is build/ralph_os.img)
  bootloader    assemble stage1/stage2 and build the image tool only
  kernel        build the kernel and its image
  programs      build the C# programs (programs/<name>) into build/programs/<name>.elf and
                list their sizes (build and kernel build them too, and embed them)
  run           boot the image: serial console on this terminal, no display; Ctrl-C
                breaks the BASIC program, Ctrl-A X quits QEMU, Ctrl-A C toggles QEMU's
                monitor, Ctrl-A H lists the keys; `reboot` restarts the machine
  run-net       like run, with an NE2000 on QEMU's user network (RALPH_NIC=e1000: an Intel
                e1000); host 127.0.0.1:2323 and 127.0.0.1:8080 forward to the guest's ports
                23 and 8080
  run-net-tap   like run, with the NE2000 (RALPH_NIC=e1000: the e1000) on the TAP device tap0
                (static 10.0.2.15), so the host can ping the guest; prints the ip commands
                that create tap0
  run-vga       like run, with the screen: a VGA in mode 13h showing the live memory map,
                the PS/2 keyboard typing into the console (a window with a display, else VNC
                on 127.0.0.1, printed)
  run-vga-mouse like run-vga, plus the PS/2 mouse (-machine pc,i8042=on): pointer and tooltip
  run-vga-mouse-net  run-vga-mouse with the network of run-net
  soak          the network fuzz boot test, long: RALPH_FUZZ_FRAMES (default 100000) seeded
                random and malformed frames at the OS over TAP in a namespace of its own
                (needs root), then ping, telnet and HTTP must still answer; prints frames
                sent and received (RALPH_FUZZ_SEED picks another seed)
  test-vga      the VGA boot tests (screendumps through QEMU's monitor); writes the README's
                screenshot docs/memory-map.png
  debug         like run, with QEMU's interrupt, CPU-reset and guest-error log in
                build/qemu-debug.log, without the timer's interrupts and capped at 200 MB;
                RALPH_DEBUG_LOG=full writes everything; a reset ends QEMU (-no-reboot)
  gdb           boot paused, waiting for gdb on localhost:1234 (prints the gdb command)
  test          build and run all host and boot tests; ends with "N passed, N failed"
  basic FILE    run a BASIC program with the host build of the interpreter, a native
                executable (no FILE: REPL); SAVE/LOAD/FILES use the current directory
                (--dir DIR before FILE: use DIR; --ppm OUT.ppm: write the last graphics
                picture to OUT.ppm)
  bench         benchmarks: boot time (QEMU start to prompt); one BASIC table: brandy,
                bwbasic, ours on the host, brandy and ours under qemu-x86_64 (TCG, like
                the OS without KVM) and ours inside the OS, with ratios (installs brandy,
                bwbasic and qemu-user when missing); the VGA memory map's repaints a
                second and CPU share (idle, BASIC allocating) and the BASIC benchmarks
                with the map off and on; the garbage collector vs host .NET;
                the data disk's MB/s in the OS vs dd on the host and SAVE latency;
                the TODO app's and httpd's requests per second and bulk TCP
                throughput, on both network cards (NE2000 and e1000); the C# programs'
                image sizes and run hello's start to first output
  disk-reset    start the data disk afresh: a new empty 32 MiB FAT16 build/disk.img
  clean         remove build outputs (the data disk stays; RALPH_CLEAN_DISK=1 removes it too)
  help          this text

Environment: RALPH_ACCEL=kvm|tcg forces the accelerator (default: KVM when /dev/kvm is usable).
             RALPH_NO_BUILD=1 skips the build step and boots the image already built.
             RALPH_NIC=ne2000|e1000 picks the network card of run-net, run-net-tap,
             run-vga-mouse-net, the network tests and bench (default: the NE2000; bench
             measures both when it is unset, and a focused set of tests always runs on both).
             RALPH_DISK=path uses another data disk image (default build/disk.img; any raw
             FAT12/16/32 image, or a new one is made there).
EOF
}

have() { command -v "$1" >/dev/null 2>&1; }

# Installs missing Debian packages: directly as root, through sudo otherwise, or tells how.
install_packages() {
  local missing=()
  local entry tool package
  for entry in "$@"; do
    tool="${entry%%:*}"; package="${entry##*:}"
    have "$tool" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  say "installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if have sudo; then sudo="sudo"; else
      die "missing packages; run: sudo apt-get install -y ${missing[*]}"
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup() {
  have dotnet || die "the .NET SDK (10.0) is required: see https://learn.microsoft.com/dotnet/core/install/linux-debian"
  install_packages "${APT_PACKAGES[@]}"
  say "restoring NuGet packages (ILCompiler, xunit, Playwright)"
  dotnet restore "$ROOT/RalphOS.sln" -v:q >/dev/null
}

needs_setup() {
  local entry
  for entry in "${APT_PACKAGES[@]}"; do have "${entry%%:*}" || return 0; done
  return 1
}

build() {
  if [ -n "${RALPH_NO_BUILD:-}" ]; then
    [ -f "$IMAGE" ] || die "RALPH_NO_BUILD is set but $IMAGE is missing: run ./run.sh build"
    return 0
  fi
  needs_setup && setup
  say "building Ralph OS"
  dotnet build "$ROOT/RalphOS.sln" -v:q -nologo -clp:NoSummary "$@"
  [ -f "$IMAGE" ] || die "the build did not produce $IMAGE"
}

# Every programs/<name>/<name>.csproj -> build/programs/<name>.elf (programs/Sdk/Program.targets).
build_programs() {
  local project
  for project in "$ROOT"/programs/*/*.csproj; do
    say "building program $(basename "$project" .csproj)"
    dotnet build "$project" -v:q -nologo -clp:NoSummary
  done
  ls -l "$BUILD"/programs/*.elf | awk '{ printf "%8d bytes  %s\n", $5, $NF }'
}

# KVM is usable when /dev/kvm opens read-write and the CPU shows hardware virtualization
# (vmx or svm). Some cloud VMs offer a nested /dev/kvm without it (kvm-pvm): there the
# guest's kernel code runs in an instruction emulator without SSE, so C# code cannot run.
# The test harness (tests/RalphOS.TestHarness/QemuAcceleratorChoice.cs) applies the same rule.
kvm_usable() {
  [ -r /dev/kvm ] && [ -w /dev/kvm ] && grep -qwE 'vmx|svm' /proc/cpuinfo
}

accel_args() {
  local accel="${RALPH_ACCEL:-}"
  if [ -z "$accel" ]; then
    if kvm_usable; then accel=kvm; else accel=tcg; fi
  fi
  if [ "$accel" = kvm ]; then echo "-accel kvm -cpu qemu64"; else echo "-accel tcg"; fi
}

# The data disk: made with mkfs.fat on first use, then kept (SAVEd programs live there).
ensure_disk() {
  [ -f "$DISK" ] && return 0
  mkdir -p "$(dirname "$DISK")"
  say "creating the data disk $DISK (32 MiB FAT16)" >&2
  mkfs.fat -C -F 16 -n RALPHDISK "$DISK" "$DISK_SIZE_KIB" >/dev/null
}

# QEMU arguments for the data disk: IDE primary slave (the boot image is the primary master).
disk_args() {
  ensure_disk
  echo "-drive format=raw,file=$DISK,if=ide,index=1"
}

# mon:stdio multiplexes the serial port and QEMU's monitor on this terminal and puts it in
# raw mode: Ctrl-C reaches the guest as byte 0x03 (a break) instead of killing QEMU, and
# Ctrl-A X quits, Ctrl-A C toggles the monitor. No -no-reboot: `reboot` restarts the guest.
qemu() {
  # shellcheck disable=SC2046
  set -- $(disk_args) "$@"
  exec qemu-system-x86_64 -drive "format=raw,file=$IMAGE" -serial mon:stdio -display none \
    -m 256M $(accel_args) "$@"
}

# QEMU's -device for the network targets' card: the NE2000 (ISA, I/O 0x300, IRQ 10) unless
# RALPH_NIC=e1000 picks the Intel e1000 (82540EM, PCI; the kernel finds it by PCI probing).
nic_device() {
  case "${RALPH_NIC:-ne2000}" in
    ne2000) echo "ne2k_isa,netdev=net0,irq=10,iobase=0x300" ;;
    e1000)  echo "e1000,netdev=net0" ;;
    *)      die "RALPH_NIC='${RALPH_NIC}': use ne2000 or e1000" ;;
  esac
}

# Size cap of the filtered debug log (tools/qemu-log-filter.awk), in bytes.
DEBUG_LOG_LIMIT=$((200 * 1024 * 1024))

# ./run.sh debug: QEMU's interrupt log without the timer's entries (about 100 MB a minute
# otherwise) and capped, unless RALPH_DEBUG_LOG=full. -no-reboot keeps a triple fault's
# reset as the log's last entry instead of booting again.
debug_run() {
  local log="$BUILD/qemu-debug.log"
  say "QEMU log: $log"
  if [ "${RALPH_DEBUG_LOG:-}" = full ]; then
    qemu -no-reboot -d int,cpu_reset,guest_errors -D "$log" "$@"
  else
    # QEMU writes to the filter through /dev/fd/N (a process substitution survives exec).
    qemu -no-reboot -d int,cpu_reset,guest_errors \
      -D >(awk -v limit_bytes="$DEBUG_LOG_LIMIT" -f "$ROOT/tools/qemu-log-filter.awk" > "$log") "$@"
  fi
}

# Writes build/ralph_os_vga.img, a copy of the image with the video flag set (the kernel
# starts in mode 13h with the memory map), and prints its path.
make_vga_image() {
  local vga_image="$BUILD/ralph_os_vga.img"
  cp "$IMAGE" "$vga_image"
  dotnet "$ROOT/RalphOS.Boot/bin/Debug/net10.0/RalphOS.Boot.dll" set "$vga_image" --vga >/dev/null
  echo "$vga_image"
}

# Boots a copy of the image with the video flag set (mode 13h: the memory map) on a VGA:
# in a window when there is a display, else on a VNC server on 127.0.0.1 (printed).
vga_qemu() {
  local vga_image
  vga_image=$(make_vga_image)
  local display=()
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    local ui
    for ui in gtk sdl; do
      if qemu-system-x86_64 -display help 2>/dev/null | grep -qx "$ui"; then display=(-display "$ui"); break; fi
    done
  fi
  if [ ${#display[@]} -eq 0 ]; then
    local n=1
    while [ "$n" -lt 50 ] && (exec 3<>"/dev/tcp/127.0.0.1/$((5900 + n))") 2>/dev/null; do n=$((n + 1)); done
    display=(-vnc "127.0.0.1:$n")
    say "no window here: the screen is on VNC 127.0.0.1:$n (port $((5900 + n))), e.g. vncviewer 127.0.0.1:$n"
  fi
  IMAGE="$vga_image" qemu -device VGA "${display[@]}" "$@"
}

# Runs every test project in turn (host tests first, then the QEMU boot tests, one
# machine at a time so timing checks are not starved) and prints the sum.
run_tests() {
  needs_setup && setup
  build
  local log="$BUILD/test-output.log"
  : > "$log"
  local status=0 project
  local projects=()
  for project in "$ROOT"/tests/*/*.Tests.csproj; do
    case "$project" in
      *Boot.Tests*|*Kernel.Tests*) ;;
      *) projects+=("$project") ;;
    esac
  done
  for project in "$ROOT"/tests/*Boot.Tests/*.csproj "$ROOT"/tests/*Kernel.Tests/*.csproj; do
    [ -f "$project" ] && projects+=("$project")
  done
  for project in "${projects[@]}"; do
    say "testing $(basename "$project" .csproj)"
    # Normal console verbosity prints each failure's message and stack trace.
    dotnet test "$project" --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee -a "$log" || status=1
  done
  # Each test run ends with a summary: "Total tests: T", "     Passed: P", "     Failed: F".
  local passed failed
  # (A run with no failures prints no "Failed:" line, hence the "|| true".)
  passed=$({ grep -E '^ +Passed: +[0-9]+ *$' "$log" || true; } | awk '{s += $2} END {print s + 0}')
  failed=$({ grep -E '^ +Failed: +[0-9]+ *$' "$log" || true; } | awk '{s += $2} END {print s + 0}')
  if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi
  echo "${passed:-0} passed, ${failed:-0} failed"
  [ "$status" -eq 0 ] && [ "${failed:-0}" -eq 0 ]
}

bench() {
  build
  install_packages "${BENCH_PACKAGES[@]}"
  ( install_packages "${BENCH_OPTIONAL_PACKAGES[@]}" ) ||
    say "qemu-user is not installed: the BASIC table's TCG columns will say skipped"
  say "boot time"
  python3 "$ROOT/tools/bench-boot.py" "$IMAGE" 5
  say "BASIC: brandy, bwbasic, ours on the host, under TCG (qemu-x86_64) and inside Ralph OS"
  python3 "$ROOT/tools/bench-basic.py" "$IMAGE"
  say "the VGA memory map: repaints a second and CPU share, idle and while BASIC allocates; the BASIC benchmarks with the map off and on"
  python3 "$ROOT/tools/bench-vga.py" "$IMAGE" "$(make_vga_image)"
  say "garbage collector: allocation and pauses with a 10 MiB live heap, Ralph OS vs host .NET"
  python3 "$ROOT/tools/bench-gc.py" "$IMAGE" 10 500
  say "data disk: sequential write and read in the OS vs dd on the host, SAVE latency"
  python3 "$ROOT/tools/bench-disk.py" "$IMAGE" 8
  say "network: TODO app and httpd (C# program) requests per second, bulk TCP, on the NE2000 and the e1000 (RALPH_NIC: one of them)"
  python3 "$ROOT/tools/bench-net.py" "$IMAGE" 10 1000000
  say "C# programs: image sizes, start to first output of run hello"
  python3 "$ROOT/tools/bench-programs.py" "$IMAGE" "$BUILD/programs" 10
}

# The host runner is a native executable (NativeAOT, published by every build of its
# project): it is rebuilt only when it is missing or a source is newer, so a program's
# first line runs milliseconds after this is called.
basic() {
  local cli="$ROOT/tools/RalphOS.Basic.Cli" runner="$BUILD/basic/RalphOS.Basic.Cli"
  if [ ! -x "$runner" ] || [ -n "$(find "$ROOT/RalphOS.Basic" "$cli" \( -name bin -o -name obj \) -prune \
       -o \( -name '*.cs' -o -name '*.csproj' \) -newer "$runner" -print -quit)" ]; then
    dotnet build "$cli/RalphOS.Basic.Cli.csproj" -v:q -nologo >/dev/null
  fi
  exec "$runner" "$@"
}

target="${1:-default}"
shift || true
case "$target" in
  default)      build; qemu ;;
  setup)        setup ;;
  build|all|image) build "$@" ;;
  bootloader)   needs_setup && setup; dotnet build "$ROOT/RalphOS.Boot/RalphOS.Boot.csproj" -v:q -nologo ;;
  kernel)       needs_setup && setup; dotnet build "$ROOT/RalphOS.Kernel/RalphOS.Kernel.csproj" -v:q -nologo ;;
  programs)     needs_setup && setup; build_programs ;;
  run)          build; qemu "$@" ;;
  run-net)      nic=$(nic_device); build
                qemu -netdev "user,id=net0,hostfwd=tcp:127.0.0.1:2323-:23,hostfwd=tcp:127.0.0.1:8080-:8080" \
                  -device "$nic" "$@" ;;
  run-net-tap)  nic=$(nic_device); build
                tap_image="$BUILD/ralph_os_tap.img"
                cp "$IMAGE" "$tap_image"
                dotnet "$ROOT/RalphOS.Boot/bin/Debug/net10.0/RalphOS.Boot.dll" set "$tap_image" --cmdline net=static >/dev/null
                if ! ip link show tap0 >/dev/null 2>&1; then
                  echo "tap0 does not exist; create it once (as root), then run this again:"
                  echo "  sudo ip tuntap add dev tap0 mode tap user ${SUDO_USER:-$(id -un)}"
                  echo "  sudo ip addr add 10.0.2.1/24 dev tap0"
                  echo "  sudo ip link set tap0 up"
                  echo "then in another terminal: ping 10.0.2.15"
                  exit 1
                fi
                IMAGE="$tap_image" qemu -netdev tap,id=net0,ifname=tap0,script=no,downscript=no \
                  -device "$nic" "$@" ;;
  debug)        build; debug_run "$@" ;;
  gdb)          build
                say "waiting for gdb; in another terminal run:"
                echo "  gdb $BUILD/kernel.elf -ex 'target remote :1234' -ex 'break kmain' -ex continue"
                echo "(README.md, Debugging with gdb, has more; Ctrl-A X quits QEMU)"
                qemu -s -S "$@" ;;
  test)         run_tests ;;
  bench)        bench ;;
  basic)        basic "$@" ;;
  disk-reset)   needs_setup && setup; rm -f "$DISK"; ensure_disk ;;
  clean)        if [ "${RALPH_CLEAN_DISK:-0}" = 1 ] || [ ! -f "$BUILD/disk.img" ]; then rm -rf "$BUILD"
                else find "$BUILD" -mindepth 1 -maxdepth 1 ! -name disk.img -exec rm -rf {} +; fi
                dotnet clean "$ROOT/RalphOS.sln" -v:q -nologo >/dev/null 2>&1 || true; say "clean" ;;
  help|-h|--help) usage ;;
  run-vga)      build; vga_qemu "$@" ;;
  run-vga-mouse) build; vga_qemu -machine pc,i8042=on "$@" ;;
  run-vga-mouse-net) nic=$(nic_device); build
                vga_qemu -machine pc,i8042=on \
                  -netdev "user,id=net0,hostfwd=tcp:127.0.0.1:2323-:23,hostfwd=tcp:127.0.0.1:8080-:8080" \
                  -device "$nic" "$@" ;;
  soak)         build
                export RALPH_FUZZ_FRAMES="${RALPH_FUZZ_FRAMES:-100000}"
                say "network fuzz soak: $RALPH_FUZZ_FRAMES frames"
                dotnet test "$ROOT/tests/RalphOS.Kernel.Tests/RalphOS.Kernel.Tests.csproj" --no-build -nologo \
                  --logger "console;verbosity=detailed" --filter "FullyQualifiedName~FuzzBootTests" ;;
  test-vga)     build
                say "VGA boot tests; the screenshot goes to docs/memory-map.png"
                RALPH_SCREENSHOT_DIR="$ROOT/docs" dotnet test "$ROOT/tests/RalphOS.Kernel.Tests/RalphOS.Kernel.Tests.csproj" \
                  --no-build -nologo --filter "FullyQualifiedName~VgaScreenTests" ;;
  *)            usage >&2; echo >&2; die "unknown target '$target'" ;;
esac
