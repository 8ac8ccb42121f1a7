#!/usr/bin/env bash
# First frame of ./amur vs a bare Lanterna menu (src/test/java/org/amur/bench/BareMenu.java), timed
# the same way in the same run: each run starts in a fresh 80x24 tmux pane and the clock stops when
# the pane first shows the menu's "Quit" item (polled every 5 ms). Runs alternate in rounds of three
# (amur with the launcher's class-data archive, amur without it (AMUR_CDS=0), the bare menu) so that
# load on the machine falls on all alike. Prints every round, then the medians, the ratios of the
# medians, and the load average before and after. The first, untimed run of ./amur makes the archive
# if it is missing (the launcher records it in a short run of its own before the game starts).
#
#   mvn -B -q -o test-compile && ./amur --version && src/test/scripts/first-frame.sh [ROUNDS]
#
# AMUR_FF_CMD overrides the game's command (e.g. to time the jar without the launcher).
set -euo pipefail

here=$(cd "$(dirname "$0")/../../.." && pwd)
pairs=${1:-9}
game=${AMUR_FF_CMD:-"$here/amur"}
nocds="env AMUR_CDS=0 $game"
bare="java -Djava.awt.headless=true -cp $here/target/amur.jar:$here/target/test-classes org.amur.bench.BareMenu"
session="amur-ff-$$"
# a private tmux server, so the runs never touch the user's own tmux sessions
tmx() { tmux -L "$session" "$@"; }

command -v tmux >/dev/null || { echo "first-frame: tmux is not installed" >&2; exit 2; }
[ -f "$here/target/amur.jar" ] || { echo "first-frame: run ./amur once first (it builds target/amur.jar)" >&2; exit 2; }
[ -f "$here/target/test-classes/org/amur/bench/BareMenu.class" ] || { echo "first-frame: run mvn -B -q -o test-compile first" >&2; exit 2; }

cleanup() { tmx kill-server 2>/dev/null || true; }
trap cleanup EXIT

# cpu_ms PID: CPU time (user + system, all threads) the java process in that pane has used so far
cpu_ms() {
    local pid=$1
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = java ] || pid=$(pgrep -P "$pid" -x java | head -n 1)
    [ -n "$pid" ] || { echo 0; return; }
    awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$pid/stat"
}

# once: prints the wall-clock milliseconds from starting COMMAND in a fresh pane to "Quit" on the
# screen, and the CPU milliseconds the JVM had used by then (the steadier figure on a busy machine)
once() {
    local cmd=$1 t0 t1 cpu
    t0=$(date +%s%N)
    tmx new-session -d -s "$session" -x 80 -y 24 "$cmd"
    until tmx capture-pane -p -t "$session" 2>/dev/null | grep -qF "Quit"; do
        sleep 0.005
        if (( ($(date +%s%N) - t0) > 30000000000 )); then echo "first-frame: no menu after 30 s" >&2; exit 1; fi
    done
    t1=$(date +%s%N)
    cpu=$(cpu_ms "$(tmx display-message -p -t "$session" '#{pane_pid}')")
    tmx send-keys -t "$session" q
    # wait for the program to end
    for _ in $(seq 1 100); do tmx has-session -t "$session" 2>/dev/null || break; sleep 0.1; done
    cleanup
    echo "$(( (t1 - t0) / 1000000 )) $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
once "$game" >/dev/null   # warm the file cache, make the archive if missing (and build the jar if needed)
once "$nocds" >/dev/null
once "$bare" >/dev/null
[ -f "$here/target/amur.jsa" ] && echo "archive: $(wc -c <"$here/target/amur.jsa") bytes" || echo "archive: none (AMUR_CDS=0 or read-only target/)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
ga=(); na=(); ba=(); gc=(); nc=(); bc=()
for ((i = 1; i <= pairs; i++)); do
    read -r g gcpu <<<"$(once "$game")"; read -r n ncpu <<<"$(once "$nocds")"; read -r b bcpu <<<"$(once "$bare")"
    ga+=("$g"); na+=("$n"); ba+=("$b"); gc+=("$gcpu"); nc+=("$ncpu"); bc+=("$bcpu")
    echo "round $i: wall ms (CPU ms): amur $g ($gcpu), amur without archive $n ($ncpu), bare $b ($bcpu); amur/bare $(ratio "$g" "$b")"
done
med() { printf '%s\n' "$@" | median; }
gm=$(med "${ga[@]}"); nm=$(med "${na[@]}"); bm=$(med "${ba[@]}")
gcm=$(med "${gc[@]}"); ncm=$(med "${nc[@]}"); bcm=$(med "${bc[@]}")
echo "median wall ms: amur $gm, amur without archive $nm, bare $bm"
echo "median CPU ms:  amur $gcm, amur without archive $ncm, bare $bcm"
echo "ratios of medians, wall: amur/bare $(ratio "$gm" "$bm"), without archive/bare $(ratio "$nm" "$bm"), amur/without archive $(ratio "$gm" "$nm")"
echo "ratios of medians, CPU:  amur/bare $(ratio "$gcm" "$bcm"), without archive/bare $(ratio "$ncm" "$bcm"), amur/without archive $(ratio "$gcm" "$ncm")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
