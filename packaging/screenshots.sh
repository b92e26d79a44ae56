#!/usr/bin/env bash
# The screenshots in the README and the AppStream metainfo, made from the current build:
#   packaging/screenshots.sh           build `galley`, drive it on a virtual desktop, write the PNGs
#   packaging/screenshots.sh --check   only check the committed PNGs and where they are referenced
# The program runs as a person meets it: on a real X server (Xvfb, 1280x800) with a window manager
# (openbox; without one no window is active and no shortcut fires), driven only by the keyboard
# shortcuts of the README's "A week with Galley" table, typed with xdotool (the mouse only drags a
# splitter once). Each shot is taken once the screen has settled (three grabs in a row that differ
# from the one before by no more than a blinking caret), not after a fixed sleep. Needs: xvfb, openbox, xdotool, imagemagick (packaging/debian-build-deps.txt).
# GALLEY=path/to/galley uses that binary instead of building build/default.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
shots_dir=packaging/screenshots
# The metainfo's captions for them are in packaging/org.galley.Galley.metainfo.xml.
shots=(main-window preview-phone preview-dark add-link check-panel export-dialog)
width=1280
height=800

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# A committed (or fresh) PNG: a PNG of the screen's size with real content, not a blank screen.
check_png() {
    local file=$1 info format w h colours
    [ -f "$file" ] || fail "$file is missing (run packaging/screenshots.sh)"
    info=$(identify -format '%m %w %h %k' "$file" 2>/dev/null) || fail "$file is not an image"
    read -r format w h colours <<<"$info"
    [ "$format" = PNG ] || fail "$file is $format, not PNG"
    if [ "$w" != "$width" ] || [ "$h" != "$height" ]; then
        fail "$file is ${w}x$h, not ${width}x$height"
    fi
    # A blank or half-drawn screen has a handful of colours; a window with text and a rendered
    # email has thousands (anti-aliased text).
    [ "$colours" -ge 1000 ] || fail "$file has only $colours colours: a blank or unfinished screen"
}

check_all() {
    local name file sums=()
    for name in "${shots[@]}"; do
        file=$shots_dir/$name.png
        check_png "$file"
        sums+=("$(identify -format '%#' "$file")")
        grep -Eq "\]\($file\)|<img src=\"$file\"" README.md || fail "README.md does not show $file"
        grep -q "<image type=\"source\" width=\"$width\" height=\"$height\">https://[^<]*/$file</image>" \
            packaging/org.galley.Galley.metainfo.xml \
            || fail "packaging/org.galley.Galley.metainfo.xml does not list $file (${width}x$height)"
    done
    # Six different pictures: a shortcut that did nothing would leave two the same.
    local distinct
    distinct=$(printf '%s\n' "${sums[@]}" | sort -u | wc -l)
    [ "$distinct" -eq "${#shots[@]}" ] || fail "only $distinct of ${#shots[@]} screenshots differ"
    echo "PASS: ${#shots[@]} screenshots in $shots_dir, each ${width}x$height with content, all" \
        "shown in README.md and listed in the metainfo"
}

if [ "${1:-}" = "--check" ]; then
    command -v identify >/dev/null || fail "identify is missing (Debian package imagemagick)"
    check_all
    exit 0
fi
[ $# -eq 0 ] || { echo "usage: $0 [--check]" >&2; exit 2; }

for tool in Xvfb openbox xdotool import compare identify convert; do
    command -v "$tool" >/dev/null \
        || fail "$tool is missing (packaging/debian-build-deps.txt lists its Debian package)"
done
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
# A person's first start: no settings, no store; the English interface.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/run QTWEBENGINE_DISABLE_SANDBOX=1 LANG=C.UTF-8 LC_ALL=C.UTF-8
export TZ=UTC
unset QT_QPA_PLATFORM WAYLAND_DISPLAY GALLEY_DB QT_SCALE_FACTOR
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" "$work/shots"
chmod 700 "$XDG_RUNTIME_DIR"
# The Export dialog offers the Documents folder: a person's, not this script's temporary home
# (nothing is exported there).
echo 'XDG_DOCUMENTS_DIR="/home/editor/Documents"' >"$XDG_CONFIG_HOME/user-dirs.dirs"
db=$work/store.sqlite
if [ -z "${GALLEY:-}" ]; then
    echo "== building galley (build/default)"
    { cmake --preset default && cmake --build --preset default --target galley; } \
        >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log"; fail "the build failed"; }
    GALLEY=$here/build/default/src/app/galley
fi
[ -x "$GALLEY" ] || fail "no galley binary at $GALLEY"

# Xvfb picks a free display itself and writes its number to fd 5.
Xvfb -displayfd 5 -screen 0 "${width}x${height}x24" -nolisten tcp 5>"$work/display" \
    2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
DISPLAY=:$(cat "$work/display")
export DISPLAY
# Openbox maximises the main window (a screen-sized window, with its title bar) and leaves
# dialogs at their own size.
cat >"$work/openbox.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <theme><name>Clearlooks</name></theme>
  <applications>
    <application class="*" type="normal"><maximized>yes</maximized></application>
  </applications>
</openbox_config>
EOF
openbox --config-file "$work/openbox.xml" >"$work/openbox.log" 2>&1 &
pids+=($!)

grab() { import -window root "$1"; }

# Pixels that differ between two grabs (2% colour tolerance).
differing() {
    { compare -metric AE -fuzz 2% "$1" "$2" null: 2>&1 || true; } | awk '{ printf "%d\n", $1 }'
}

# Waits until the screen has settled: three grabs in a row that differ from the one before by no
# more than a blinking text caret. With BASELINE, the screen must first differ from it by more
# than that (the key had its effect). Fails after 40 s.
settle() {
    local baseline=${1:-} prev=$work/prev.png cur=$work/cur.png calm=0 changed=1 n
    [ -n "$baseline" ] && changed=0
    grab "$prev"
    local deadline=$((SECONDS + 40))
    while [ $SECONDS -lt $deadline ]; do
        sleep 0.2
        grab "$cur"
        if [ $changed -eq 0 ]; then
            n=$(differing "$baseline" "$cur")
            [ "$n" -gt 400 ] && changed=1
        fi
        n=$(differing "$prev" "$cur")
        if [ $changed -eq 1 ] && [ "$n" -le 60 ]; then
            calm=$((calm + 1))
            [ $calm -ge 3 ] && return 0
        else
            calm=0
        fi
        mv "$cur" "$prev"
    done
    grab "${TMPDIR:-/tmp}/galley-screenshots-timeout.png"
    fail "the screen did not settle within 40 s (it is in ${TMPDIR:-/tmp}/galley-screenshots-timeout.png)"
}

# The preview (the right part of the window) shows an email, not the blank page it starts as.
wait_for_preview() {
    local deadline=$((SECONDS + 60)) colours
    while [ $SECONDS -lt $deadline ]; do
        grab "$work/cur.png"
        colours=$(convert "$work/cur.png" -crop 480x560+780+160 +repage -format %k info:)
        [ "$colours" -ge 100 ] && return 0
        sleep 0.3
    done
    fail "the preview showed no email within 60 s: $(tail -n 5 "$work/galley.log")"
}

shoot() {
    local name=$1
    # The pointer rests in a corner, off every button and link.
    xdotool mousemove $((width - 1)) $((height - 1))
    grab "$work/raw.png"
    # No time stamps in the file: the same screen gives the same bytes.
    convert "$work/raw.png" -strip "$work/shots/$name.png"
    check_png "$work/shots/$name.png"
    echo "== $name.png"
}

start_galley() {
    "$GALLEY" --db "$db" >>"$work/galley.log" 2>&1 &
    galley_pid=$!
    pids+=("$galley_pid")
    main=
    for _ in $(seq 300); do
        main=$(xdotool search --onlyvisible --name 'Galley$' 2>/dev/null | head -n 1) || true
        [ -n "$main" ] && break
        sleep 0.2
    done
    [ -n "$main" ] || fail "no Galley window appeared: $(tail -n 5 "$work/galley.log")"
    # The window manager makes it the active window: only then do shortcuts reach it.
    for _ in $(seq 100); do
        [ "$(xdotool getactivewindow 2>/dev/null)" = "$main" ] && return 0
        sleep 0.1
    done
    fail "the Galley window never became active (is openbox running? $(cat "$work/openbox.log"))"
}

quit_galley() {
    xdotool key ctrl+q
    for _ in $(seq 100); do kill -0 "$galley_pid" 2>/dev/null || return 0; sleep 0.1; done
    fail "galley did not quit on Ctrl+Q"
}

wait_dialog() {
    for _ in $(seq 100); do
        xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    fail "no window titled '$1' appeared"
}

# 1. The first start, as `packaging/quickstart.sh run` does it: an empty store, so the sample issue.
start_galley
# The side panel narrower, so the editor's lines wrap less (the handle is right of the panel).
xdotool mousemove 340 400 mousedown 1 mousemove 300 400 mousemove 260 400 mouseup 1
wait_for_preview
settle
shoot main-window
grab "$work/before.png"
xdotool key ctrl+alt+2 # preview at phone width
settle "$work/before.png"
shoot preview-phone
grab "$work/before.png"
xdotool key ctrl+alt+3 # dark mode
settle "$work/before.png"
shoot preview-dark
xdotool key ctrl+alt+1
quit_galley

# 2. Years of back issues: the archive of an invented weekly (tests/data/fixtures), imported with
# the command line, then the next issue planned from it, a link added, checked and exported.
"$GALLEY" --db "$db" import tests/data/fixtures/ops-weekly-10[123].md >>"$work/galley.log"
start_galley
wait_for_preview
grab "$work/before.png"
xdotool key ctrl+n # New Issue: #104 from the archive, its intro's placeholder selected
settle "$work/before.png"
xdotool type --delay 15 'Kilnfile reached 1.1, and the egress piece from last week got a sequel.'
xdotool key ctrl+l # Add Link to Section
wait_dialog '^Add Link'
# A link the archive featured in #101 and #103: once typing pauses, the dialog looks it up and
# says so (settled: the lookup's delay and answer are over).
grab "$work/before.png"
xdotool type --delay 15 'https://github.com/example/kilnfile'
settle "$work/before.png"
grab "$work/before.png"
xdotool key Tab
xdotool type --delay 15 'Kilnfile 1.1 makes the new cache format the default; upgrade notes inside.'
settle "$work/before.png"
shoot add-link
xdotool key Tab Return # to the Section box, then OK
settle
grab "$work/before.png"
xdotool key F7 # Check Issue
settle "$work/before.png"
shoot check-panel
xdotool key ctrl+e # Export
wait_dialog '^Export Issue'
settle
shoot export-dialog
xdotool key Escape
quit_galley

mkdir -p "$shots_dir"
cp "$work/shots/"*.png "$shots_dir/"
check_all
