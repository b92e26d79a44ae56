#!/usr/bin/env bash
# Builds the Debian package from a build directory and checks what is in it: the binary and the
# two programs it starts, the desktop file, metainfo, icons, man page, and Depends computed by
# dpkg-shlibdeps; that apt can install it here; and that the packaged program starts, window
# included.
set -euo pipefail
build=$1
appid=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

fail() { echo "FAIL: $*" >&2; exit 1; }
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/galley ./usr/libexec/galley/galley-cli ./usr/libexec/galley/galley-editor \
         ./usr/libexec/galley/galley-eml.so ./usr/libexec/galley/galley-smtp.so \
         ./usr/libexec/galley/galley-keyring.so \
         "./usr/share/applications/$appid.desktop" \
         "./usr/share/metainfo/$appid.metainfo.xml" \
         "./usr/share/icons/hicolor/scalable/apps/$appid.svg" \
         "./usr/share/icons/hicolor/16x16/apps/$appid.png" \
         "./usr/share/icons/hicolor/256x256/apps/$appid.png" \
         ./usr/share/man/man1/galley.1; do
    grep -qF " $f" <<<"$contents" || fail "$f is missing from the package"
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Computed from the binary's libraries, so these must be there without anyone typing them.
# libgmime comes from galley-eml.so, the module `galley export --to eml` loads; libcurl from
# galley-smtp.so, the one `galley send-test` loads.
for lib in libqt6core6 libqt6webenginewidgets6 libcmark-gfm0 libgmime-3.0 libcurl4 libc6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
grep -q "libqt6sql6-sqlite" <<<"$depends" || fail "Depends lacks the SQLite driver plugin"

# apt's own solver accepts the package here: every Depends resolves on this Debian (nothing is
# installed; --simulate only plans it).
if ! sim=$(apt-get install --simulate --no-install-recommends "$deb" 2>&1); then
    echo "$sim" >&2
    fail "apt-get cannot resolve the package's dependencies"
fi
if grep -qi "unmet dependencies\|broken packages" <<<"$sim"; then
    echo "$sim" >&2
    fail "apt-get reports unmet dependencies"
fi
grep -q "^Inst galley \|galley is already the newest version" <<<"$sim" \
    || { echo "$sim" >&2; fail "apt-get would not install galley"; }
echo "apt-get --simulate: $(grep -c '^Inst ' <<<"$sim") package(s) to install, dependencies resolve"

# The packaged binary runs (its libraries are on this machine): the command line, in English and
# (translations are embedded) in German, and the editor window itself (usr/bin/galley finds
# usr/libexec/galley/galley-{cli,editor} relative to itself), offscreen, on a temporary store:
# --self-test exits 0 only once the window is shown, the store is open and the preview has
# rendered.
dpkg-deb -x "$deb" "$out/root"
bin="$out/root/usr/bin/galley"
mkdir -p "$out/home/.config" "$out/home/.local/share"
mkdir -m 700 "$out/home/run"
run_packaged() {
    env -i PATH=/usr/bin:/bin HOME="$out/home" XDG_CONFIG_HOME="$out/home/.config" \
        XDG_DATA_HOME="$out/home/.local/share" XDG_RUNTIME_DIR="$out/home/run" \
        QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 "$@"
}
run_packaged LANG=C.UTF-8 "$bin" --version | grep -q '^galley ' || fail "packaged galley --version failed"
# A command does not load the editor's libraries (only libexec/galley/galley-editor links them).
gui_libs=$(run_packaged LD_DEBUG=libs "$bin" --version 2>&1 >/dev/null \
    | grep -o 'calling init: .*libQt6\(Gui\|Widgets\|WebEngine[A-Za-z]*\)\.so.*' || true)
[ -z "$gui_libs" ] || fail "packaged galley --version loads GUI libraries: $gui_libs"
run_packaged LANG=de_DE.UTF-8 "$bin" --help | grep -q '^Befehle:' \
    || fail "packaged galley --help is not German with LANG=de_DE.UTF-8"
# The .eml writer is a module loaded on demand (GMime stays out of every other command): the
# packaged command finds it and writes a MIME message.
printf '# Packaged\n\nHello *there*.\n' >"$out/issue.md"
eml=$(run_packaged LANG=C.UTF-8 "$bin" export "$out/issue.md" --to eml 2>&1) \
    || { echo "$eml" >&2; fail "packaged galley export --to eml failed"; }
grep -q '^MIME-Version: 1.0' <<<"$eml" || { echo "$eml" >&2; fail "packaged .eml has no MIME header"; }
grep -q 'multipart/alternative' <<<"$eml" || { echo "$eml" >&2; fail "packaged .eml is not multipart"; }
if ! selftest=$(run_packaged LANG=C.UTF-8 timeout 120 "$bin" --self-test 2>&1); then
    echo "$selftest" >&2
    fail "packaged galley --self-test failed (the editor window did not come up)"
fi
grep -q "self-test passed" <<<"$selftest" || { echo "$selftest" >&2; fail "no self-test result"; }
echo "$selftest" | grep "self-test passed"
[ -z "$(ls -A "$out/home/.local/share")" ] || fail "--self-test wrote into the data folder"
echo "1 passed, 0 failed"
