# Sourced by the desktop tests: a real X server (Xvfb) with a window manager (openbox) in a
# throwaway home, so a test sees what a person's desktop does (an active window, keyboard focus,
# the window's composited repaints) and what offscreen tests cannot. Everything it starts is
# killed when the sourcing script exits, also when it fails.
for tool in Xvfb openbox xdotool; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (packaging/debian-build-deps.txt installs it)"; exit 1; }
done
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/run QTWEBENGINE_DISABLE_SANDBOX=1 GALLEY_DB=
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM WAYLAND_DISPLAY

# Xvfb picks a free display itself and writes its number once it accepts clients, so two
# desktop tests running at once never share a display.
Xvfb -displayfd 5 -screen 0 1400x900x24 -nolisten tcp 5>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAIL: Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }
export DISPLAY=":$(head -n 1 "$work/display")"
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
sleep 1
