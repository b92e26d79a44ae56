#!/usr/bin/env bash
# Builds the Debian package from a build directory and checks what is in it: the binary, the
# desktop file, metainfo, icons, man page, and Depends computed by dpkg-shlibdeps.
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
for f in ./usr/bin/galley \
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
for lib in libqt6core6 libqt6webenginewidgets6 libcmark-gfm0 libc6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
grep -q "libqt6sql6-sqlite" <<<"$depends" || fail "Depends lacks the SQLite driver plugin"

# The packaged binary runs (its libraries are on this machine).
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/galley" --version | grep -q '^galley ' || fail "packaged galley --version failed"
echo "1 passed, 0 failed"
