#!/usr/bin/env bash
# Turns the PyInstaller bundle (dist/tourdetable/, from packaging/tourdetable.spec) into
#
#   dist/tourdetable-VERSION-linux-ARCH.tar.gz   the folder, to unpack and run anywhere
#   dist/tourdetable_VERSION_ARCH.deb            for Debian 12 and its derivatives
#
#   packaging/linux-packages.sh [BUNDLE_DIR] [OUT_DIR]
#
# The .deb installs the bundle to /opt/tourdetable, links /usr/bin/tourdetable to it, and
# puts the desktop file, the AppStream metainfo and the icons where the desktop finds them
# (the icon and desktop caches are refreshed by dpkg's triggers of hicolor-icon-theme and
# desktop-file-utils). It has no maintainer scripts and creates nothing at run time under
# /opt, so `dpkg -r tourdetable` leaves nothing behind. Its Depends are the libraries Qt
# loads from the system (packaging/sysdeps.sh --list offscreen window) and the libc6 that
# the bundle's binaries were linked against.
#
# Both archives are reproducible: file times are set to SOURCE_DATE_EPOCH (by default the
# time of the last commit) and owners to root.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$(cd "${1:-$root/dist/tourdetable}" && pwd)"
out="${2:-$root/dist}"
app_id=org.tourdetable.TourDeTable
name=tourdetable

[ -x "$bundle/$name" ] || { echo "linux-packages: no bundle at $bundle (run make bundle)." >&2; exit 1; }
for tool in dpkg-deb readelf; do
    command -v "$tool" >/dev/null || {
        echo "linux-packages: $tool is missing (packaging/sysdeps.sh package)." >&2; exit 1; }
done

# tourdetable 1.2.0rc1 -> 1.2.0~rc1: Debian sorts a pre-release before its release with ~.
version="$("$bundle/$name" --version | awk '{print $2}')"
deb_version="$(printf '%s' "$version" | sed -E 's/(a|b|rc|\.dev)([0-9]+)/~\1\2/')"
arch="$(dpkg --print-architecture)"
machine="$(uname -m)"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}"
mkdir -p "$out"

# ---------------------------------------------------------------- the archive
tarball="$out/$name-$version-linux-$machine.tar.gz"
tar --create --gzip --file "$tarball" --directory "$(dirname "$bundle")" \
    --exclude=__pycache__ --sort=name --owner=0 --group=0 --numeric-owner \
    --mtime="@$SOURCE_DATE_EPOCH" --transform="s,^$(basename "$bundle"),$name-$version," \
    "$(basename "$bundle")"
echo "Wrote $tarball"

# ---------------------------------------------------------------- the .deb's tree
stage="$root/build/deb/${name}_${deb_version}_$arch"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/doc/$name"
cp -a "$bundle" "$stage/opt/$name"
find "$stage/opt/$name" -name __pycache__ -type d -prune -exec rm -rf {} +
ln -s "/opt/$name/$name" "$stage/usr/bin/$name"
install -m 644 "$root/packaging/$app_id.desktop" "$stage/usr/share/applications/"
install -m 644 "$root/packaging/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
for png in "$root"/resources/icons/tourdetable-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    install -D -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -D -m 644 "$root/resources/icons/tourdetable.svg" \
    "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
cat > "$stage/usr/share/doc/$name/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Tour de Table

Files: *
Copyright: Tour de Table developers
License: GPL-3.0-or-later
 On Debian systems, the full text of the GNU General Public License version 3 can be
 found in /usr/share/common-licenses/GPL-3.

Files: opt/$name/_internal/resources/fonts/*
Copyright: Bitstream, Inc.; DejaVu changes are in the public domain
License: Bitstream-Vera
 See opt/$name/_internal/resources/fonts/LICENSE-DejaVu.txt.

Files: opt/$name/_internal/PySide6/* opt/$name/_internal/*.so*
Copyright: The Qt Company Ltd. and the authors of each library
License: LGPL-3.0-only
 Qt for Python (PySide6) and the shared libraries bundled beside it are distributed under
 their own licences, LGPL-3.0 for Qt; see /usr/share/common-licenses/LGPL-3.
EOF
chmod -R u+rwX,go+rX,go-w "$stage"

# ---------------------------------------------------------------- control
# The newest glibc symbol version any bundled binary asks for is the libc6 it needs.
glibc="$(find "$stage/opt/$name" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | xargs -0 readelf -W --version-info 2>/dev/null \
    | grep -oE 'Name: GLIBC_[0-9]+(\.[0-9]+)+' | sed 's/Name: GLIBC_//' | sort -uV | tail -n 1)"
depends="libc6 (>= ${glibc:-2.36})"
for pkg in $("$root/packaging/sysdeps.sh" --list offscreen window); do
    depends+=", $pkg"
done
cat > "$stage/DEBIAN/control" <<EOF
Package: $name
Version: $deb_version
Architecture: $arch
Maintainer: Tour de Table developers
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends
Section: misc
Priority: optional
Description: secretariat's tool for councils that decide by consensus
 Tour de Table logs, delegation by delegation and item by item, what each
 delegation says in a council that decides by consensus, such as the North
 Atlantic Council, and shows at once whether an item has consensus. It runs
 silence procedures against their Brussels-time deadlines, records the chair's
 outcomes and action items, and exports the minutes to PDF in English or French.
 .
 This package is a self-contained build (Python and Qt included) installed to
 /opt/tourdetable. Run 'tourdetable self-test' to check an installation.
EOF

deb="$out/${name}_${deb_version}_$arch.deb"
find "$stage" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --threads-max="$(nproc)" --build "$stage" "$deb" >/dev/null
echo "Wrote $deb"
