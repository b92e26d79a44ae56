#!/usr/bin/env bash
# Runs a command (a Qt Test of the real window) on a real X server with a window manager, for
# what only a composited desktop window shows. Usage: run_under_window_manager.sh COMMAND [ARGS]
set -u
. "$(dirname "$0")/x_session.sh"
"$@"
status=$?
[ "$status" -eq 0 ] || echo "FAIL: $1 exited with $status under $DISPLAY"
exit "$status"
