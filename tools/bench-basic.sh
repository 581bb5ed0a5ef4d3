#!/usr/bin/env bash
# bench-basic.sh: times our BASIC interpreter (host runner) against bwbasic and brandy on
# the classic benchmarks in <repo>/../shared/bench/basic. Each program's line 105 holds
# "N = <count>"; we rewrite it to scale the run: bwbasic x1, brandy x20, ours x20 and then
# re-scaled so that our run lasts at least ~1 s (best of 5 runs; the machine is shared). Start-up time (an empty program) is
# subtracted and times are reported per unit of the original N. Our output at the
# original N must match bwbasic's (whitespace ignored), e.g. the sieve's 1899 primes.
# Usage: tools/bench-basic.sh [program-name ...]   (default: all)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$REPO/../shared/bench/basic"
CLI_PROJ="$REPO/tools/RalphOS.Basic.Cli/RalphOS.Basic.Cli.csproj"
CLI_DLL="$REPO/tools/RalphOS.Basic.Cli/bin/Release/net10.0/RalphOS.Basic.Cli.dll"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

dotnet build "$CLI_PROJ" -c Release -v q -nologo >/dev/null

now() { date +%s.%N; }
# seconds <command...>: wall time of one run, output to $WORK/last.out
seconds() {
    local t0 t1
    t0=$(now)
    "$@" >"$WORK/last.out" 2>&1 </dev/null || true
    t1=$(now)
    echo "$t1 - $t0" | bc -l
}
# best <runs> <command...>: the fastest of several runs (the machine is shared)
best() {
    local runs=$1 b=999999 t i
    shift
    for ((i = 0; i < runs; i++)); do
        t=$(seconds "$@")
        if (( $(echo "$t < $b" | bc -l) )); then b=$t; fi
    done
    echo "$b"
}
ours() { dotnet "$CLI_DLL" "$1"; }
bw() { bwbasic "$1"; }
brandy_run() { SDL_VIDEODRIVER=dummy brandy -quit "$1"; }
# scaled <prog> <factor> -> path of a copy with line 105 multiplied
scaled() {
    local src="$BENCH/$1.bas" out="$WORK/$1_x$2.bas"
    local n
    n=$(sed -n 's/^105 N = \([0-9]*\).*/\1/p' "$src")
    sed "s/^105 N = .*/105 N = $((n * $2))/" "$src" >"$out"
    echo "$out"
}
clean() { tr -s ' \t' ' ' <"$WORK/last.out" | grep -E 'DONE|PRIMES' | sed 's/ //g'; }

printf '100 END\n' >"$WORK/empty.bas"
START_OURS=$(best 5 ours "$WORK/empty.bas")
START_BW=$(seconds bw "$WORK/empty.bas")
START_BRANDY=$(best 5 brandy_run "$WORK/empty.bas")

progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then
    for f in "$BENCH"/*.bas; do progs+=("$(basename "$f" .bas)"); done
fi

echo "start-up (s): ours $START_OURS  bwbasic $START_BW  brandy $START_BRANDY"
printf '| %-8s | %10s | %10s | %10s | %6s | %12s | %13s | %s |\n' program "bwbasic x1" "brandy x20" "ours" scale "ours/brandy" "ours/bwbasic" output
printf '|%s|\n' "----------|------------|------------|------------|--------|--------------|---------------|-------"
for p in "${progs[@]}"; do
    # Correctness at the original N, against bwbasic.
    seconds ours "$BENCH/$p.bas" >/dev/null; ours_out=$(clean)
    t_bw=$(seconds bw "$(scaled "$p" 1)"); bw_out=$(clean)
    ok="ok"; [ "$ours_out" = "$bw_out" ] || ok="MISMATCH ours='$ours_out' bwbasic='$bw_out'"
    t_br=$(best 5 brandy_run "$(scaled "$p" 20)")
    scale=20
    t_us=$(best 5 ours "$(scaled "$p" $scale)")
    net=$(echo "$t_us - $START_OURS" | bc -l)
    if (( $(echo "$net < 1.0" | bc -l) )); then
        factor=$(echo "if ($net < 0.01) 100 else (1.2 / $net) + 1" | bc -l | cut -d. -f1)
        [ "$factor" -lt 2 ] && factor=2
        scale=$((scale * factor))
        t_us=$(best 5 ours "$(scaled "$p" $scale)")
    fi
    u_bw=$(echo "($t_bw - $START_BW) / 1" | bc -l)
    u_br=$(echo "($t_br - $START_BRANDY) / 20" | bc -l)
    u_us=$(echo "($t_us - $START_OURS) / $scale" | bc -l)
    r_br=$(echo "$u_us / $u_br" | bc -l)
    r_bw=$(echo "$u_us / $u_bw" | bc -l)
    printf '| %-8s | %10.4f | %10.4f | %10.4f | %6s | %12.3f | %13.4f | %s |\n' "$p" "$u_bw" "$u_br" "$u_us" "x$scale" "$r_br" "$r_bw" "$ok"
done
echo "(seconds per unit of the original N, start-up subtracted; ratios < 1 mean we are faster)"
