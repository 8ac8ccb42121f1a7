#!/usr/bin/env bash
# First frame of ./amur vs a bare Lanterna menu (src/test/java/org/amur/bench/BareMenu.java), timed
# the same way in the same run: each run starts in a fresh 80x24 tmux pane and the clock stops when
# the pane first shows the menu's "Quit" item (polled every 5 ms). Runs alternate (amur, bare, amur,
# bare...) so that load on the machine falls on both alike. Prints every pair, then the medians and
# the ratio of medians, and the load average before and after.
#
#   mvn -B -q -o test-compile && ./amur --version && src/test/scripts/first-frame.sh [PAIRS]
#
# AMUR_FF_CMD overrides the game's command (e.g. to time the jar without the launcher).
set -euo pipefail

here=$(cd "$(dirname "$0")/../../.." && pwd)
pairs=${1:-9}
game=${AMUR_FF_CMD:-"$here/amur"}
bare="java -Djava.awt.headless=true -cp $here/target/amur.jar:$here/target/test-classes org.amur.bench.BareMenu"
session="amur-ff-$$"

command -v tmux >/dev/null || { echo "first-frame: tmux is not installed" >&2; exit 2; }
[ -f "$here/target/amur.jar" ] || { echo "first-frame: run ./amur once first (it builds target/amur.jar)" >&2; exit 2; }
[ -f "$here/target/test-classes/org/amur/bench/BareMenu.class" ] || { echo "first-frame: run mvn -B -q -o test-compile first" >&2; exit 2; }

cleanup() { tmux kill-session -t "$session" 2>/dev/null || true; }
trap cleanup EXIT

# once: prints milliseconds from starting COMMAND in a fresh pane to "Quit" on the screen
once() {
    local cmd=$1 t0 t1
    t0=$(date +%s%N)
    tmux new-session -d -s "$session" -x 80 -y 24 "$cmd"
    until tmux capture-pane -p -t "$session" 2>/dev/null | grep -qF "Quit"; do
        sleep 0.005
        if (( ($(date +%s%N) - t0) > 30000000000 )); then echo "first-frame: no menu after 30 s" >&2; exit 1; fi
    done
    t1=$(date +%s%N)
    tmux send-keys -t "$session" q
    sleep 0.3
    cleanup
    echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
once "$game" >/dev/null   # warm the file cache (and build the jar if needed)
once "$bare" >/dev/null
ga=(); ba=()
for ((i = 1; i <= pairs; i++)); do
    g=$(once "$game"); b=$(once "$bare")
    ga+=("$g"); ba+=("$b")
    echo "pair $i: amur $g ms, bare $b ms, ratio $(awk -v g="$g" -v b="$b" 'BEGIN {printf "%.2f", g / b}')"
done
gm=$(printf '%s\n' "${ga[@]}" | median); bm=$(printf '%s\n' "${ba[@]}" | median)
echo "median: amur $gm ms, bare $bm ms, ratio $(awk -v g="$gm" -v b="$bm" 'BEGIN {printf "%.2f", g / b}')"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
