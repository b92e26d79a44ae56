#!/usr/bin/env bash
# The editor as a person meets it: the real `galley` on a real X server (Xvfb) with a window
# manager (openbox; without one no window is ever active and focus bugs stay invisible). Keys
# typed with xdotool must land in the draft, and stay there after `kill -9` once autosave ran.
# Usage: type_under_window_manager.sh GALLEY_BINARY
set -u
galley=$1
. "$(dirname "$0")/x_session.sh"

db=$work/store.sqlite
"$galley" --db "$db" >"$work/galley.log" 2>&1 &
galley_pid=$!
pids+=($galley_pid)
# Searched again every half second for 30 s rather than with --sync: a window that is made and
# gone while xdotool walks the tree (BadWindow, seen once in CI) ends xdotool with an X error.
window=
for _ in $(seq 60); do
    window=$(xdotool search --onlyvisible --name 'Galley' 2>/dev/null | head -n 1)
    [ -n "$window" ] && break
    sleep 0.5
done
[ -n "$window" ] || { echo "FAIL: no Galley window appeared"; cat "$work/galley.log"; exit 1; }
# Wait until the sample draft is shown and saved (the title names it).
sleep 3
active=$(xdotool getactivewindow 2>/dev/null)
[ "$active" = "$window" ] || { echo "FAIL: the Galley window is not active (active: $active)"; exit 1; }
# No click first: a person starts typing. The words must reach the draft.
xdotool type --delay 20 'Typed by a person 4711'
sleep 3 # autosave about a second after typing stops
kill -9 "$galley_pid"
wait "$galley_pid" 2>/dev/null
ids=$("$galley" --db "$db" list --json | grep -o '"id": *[0-9]*' | grep -o '[0-9]*$')
for id in $ids; do
    if "$galley" --db "$db" show "$id" | grep -q 'Typed by a person 4711'; then
        # Typed where a person starts writing: the title in the front matter is whole.
        if ! "$galley" --db "$db" list --json | grep -q '"title": "SAMPLE WEEKLY ISSUE'; then
            echo "FAIL: the typing broke the draft's front matter:"
            "$galley" --db "$db" show "$id" | head -n 8
            exit 1
        fi
        echo "PASS: the typed text is in draft $id after kill -9, the title intact"
        exit 0
    fi
done
echo "FAIL: the typed text is in no draft; the keys went elsewhere"
cat "$work/galley.log"
exit 1
