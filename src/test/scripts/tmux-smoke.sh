#!/usr/bin/env bash
# Real-terminal check of the game screen, in tmux (not part of mvn verify: it needs tmux and a pty).
#
#   src/test/scripts/tmux-smoke.sh
#
# Starts ./amur in an 80x24 tmux window, starts a game, plays a turn, checks the reveal, shrinks the
# window below 80x24 and back, leaves with q; then does it again and leaves with Ctrl-C mid-turn.
# After each exit it checks with `stty -a` that echo and canonical mode are back, and that the
# game was autosaved. Exit 0 when every check passes. Saves it creates are removed at the end.
set -euo pipefail

here=$(cd "$(dirname "$0")/../../.." && pwd)
session="amur-smoke-$$"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/amur-smoke.XXXXXX")
failures=0

command -v tmux >/dev/null || { echo "tmux-smoke: tmux is not installed" >&2; exit 2; }

before=$(ls "$here/saves" 2>/dev/null || true)

cleanup() {
    tmux kill-session -t "$session" 2>/dev/null || true
    # remove only the saves this script created
    for f in $(ls "$here/saves" 2>/dev/null || true); do
        if ! grep -qxF "$f" <<<"$before"; then
            rm -f "$here/saves/$f"
        fi
    done
    rm -rf "$tmp"
}
trap cleanup EXIT

pane() { tmux capture-pane -p -t "$session"; }

# wait_for TEXT [SECONDS]: polls the pane until TEXT shows
wait_for() {
    local text=$1 limit=${2:-20} i
    for ((i = 0; i < limit * 10; i++)); do
        if pane | grep -qF -- "$text"; then
            return 0
        fi
        sleep 0.1
    done
    echo "FAIL: '$text' did not appear within ${limit}s; the pane shows:" >&2
    pane >&2
    return 1
}

check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then
        echo "ok   $what"
    else
        echo "FAIL $what"
        failures=$((failures + 1))
    fi
}

keys() { tmux send-keys -t "$session" "$@"; sleep 0.3; }

stty_sane() { # the shell's terminal after amur exits: echo and icanon on
    rm -f "$tmp/stty.txt"
    keys "stty -a > $tmp/stty.txt; echo STTY-\$((40+2))-DONE" Enter
    wait_for STTY-42-DONE 10 >/dev/null # the typed command reads STTY-$((40+2)), so only its output matches
    echo "     stty: $(grep -owE -- '-?(echo|icanon|isig)' "$tmp/stty.txt" | tr '\n' ' ')"
    grep -qE '(^| )echo( |$)' "$tmp/stty.txt" && grep -qE '(^| )icanon( |$)' "$tmp/stty.txt" \
        && grep -qE '(^| )isig( |$)' "$tmp/stty.txt"
}

tmux new-session -d -s "$session" -x 80 -y 24 "cd '$here' && exec bash --norc --noprofile"
sleep 0.5

# ---- run 1: play a turn, shrink and grow, quit with q
keys "./amur" Enter
check "main menu shows (first run may build the jar)" wait_for "New game" 240
keys n
check "new game screen" wait_for "Start the game"
keys Enter
check "introduction with seed" wait_for "To play this game again"
keys Enter
check "turn screen: dashboard and lines" wait_for "Formal alliance"
pane > "$tmp/turn-80x24.txt"
keys 2 Enter
keys -l "smoke test"
keys Enter
check "reveal after committing" wait_for "the choices revealed"
pane > "$tmp/reveal-80x24.txt"
tmux resize-window -t "$session" -x 70 -y 20
check "below 80x24: the enlarge message" wait_for "Enlarge the terminal to at least 80x24"
tmux resize-window -t "$session" -x 80 -y 24
check "enlarged again: the reveal is back" wait_for "the choices revealed"
keys Enter
check "turn 2" wait_for "Turn 2 of 8"
keys q
check "back on the menu, with something to continue" wait_for "baseline, turn 2"
keys q
sleep 1
keys 'echo "amur-exit=$?"' Enter
check "amur exited with status 0" wait_for "amur-exit=0" 15
check "run 1 (q): echo, icanon and isig restored" stty_sane

# ---- run 2: leave with Ctrl-C in the middle of a turn
keys "clear; ./amur" Enter
check "main menu again" wait_for "Continue" 30
keys c
check "continue resumes turn 2" wait_for "Turn 2 of 8"
keys 3 Enter
keys -l "half"
tmux send-keys -t "$session" C-c
check "Ctrl-C saves and says where" wait_for "Game saved to" 10
sleep 1
keys 'echo "amur-exit=$?"' Enter
check "amur exited with status 0 after Ctrl-C" wait_for "amur-exit=0" 15
check "run 2 (Ctrl-C): echo, icanon and isig restored" stty_sane

echo
echo "----- turn screen at 80x24 -----"
cat "$tmp/turn-80x24.txt"
echo "----- reveal at 80x24 -----"
cat "$tmp/reveal-80x24.txt"
echo
if ((failures > 0)); then
    echo "tmux-smoke: $failures check(s) failed"
    exit 1
fi
echo "tmux-smoke: all checks passed"
