#!/usr/bin/env bash
# Turns the PyInstaller bundle (dist/tourdetable/, from packaging/tourdetable.spec) into
#
#   dist/tourdetable-VERSION-linux-ARCH.tar.gz   the folder, to unpack and run anywhere
#   dist/tourdetable_VERSION-REVISION_ARCH.deb   for Debian 12 and its derivatives
#
#   packaging/linux-packages.sh [BUNDLE_DIR] [OUT_DIR] [CLI_DOCS_DIR]
#
# CLI_DOCS_DIR (build/cli-docs by default) holds the manual page and the bash and zsh
# completions that packaging/cli_docs.py made from the argument parser (make package).
#
# The .deb installs the bundle to /opt/tourdetable, links /usr/bin/tourdetable to it, and
# puts the desktop file, the AppStream metainfo, the session file's MIME type, the icons,
# the manual page, the completions and the documentation where the desktop and the shells
# find them (the icon, desktop, MIME and manual caches are refreshed by dpkg's triggers of
# hicolor-icon-theme, desktop-file-utils, shared-mime-info and man-db). It has no
# maintainer scripts and creates nothing at run time under /opt, so `apt-get remove
# tourdetable` leaves nothing behind. Its Depends are the libraries Qt and Python load
# from the system (packaging/sysdeps.sh --list deb) and the libc6 that the bundle's binaries
# were linked against; packaging/deb_depends.py checks that nothing else is needed.
#
# DEB_MAINTAINER and DEB_REVISION (1) override the maintainer and the Debian revision.
# Both archives are reproducible: file times are set to SOURCE_DATE_EPOCH (by default the
# time of the last commit) and owners to root.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$(cd "${1:-$root/dist/tourdetable}" && pwd)"
out="${2:-$root/dist}"
cli_docs="${3:-$root/build/cli-docs}"
app_id=org.tourdetable.TourDeTable
name=tourdetable
maintainer="${DEB_MAINTAINER:-Tour de Table developers <developers@tourdetable.org>}"
revision="${DEB_REVISION:-1}"

[ -x "$bundle/$name" ] || { echo "linux-packages: no bundle at $bundle (run make bundle)." >&2; exit 1; }
for tool in dpkg-deb readelf gzip python3; do
    command -v "$tool" >/dev/null || {
        echo "linux-packages: $tool is missing (packaging/sysdeps.sh package)." >&2; exit 1; }
done
for file in "$name.1" "$name.bash" "_$name"; do
    [ -f "$cli_docs/$file" ] || {
        echo "linux-packages: no $cli_docs/$file (make package runs packaging/cli_docs.py)." >&2
        exit 1; }
done

# tourdetable 1.2.0rc1 -> 1.2.0~rc1: Debian sorts a pre-release before its release with ~.
version="$("$bundle/$name" --version | awk '{print $2}')"
upstream="$(printf '%s' "$version" | sed -E 's/(a|b|rc|\.dev)([0-9]+)/~\1\2/')"
deb_version="$upstream-$revision"
arch="$(dpkg --print-architecture)"
machine="$(uname -m)"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}"
mkdir -p "$out"

# ---------------------------------------------------------------- the archive
tarball="$out/$name-$version-linux-$machine.tar.gz"
tar --create --file - --directory "$(dirname "$bundle")" \
    --exclude=__pycache__ --sort=name --owner=0 --group=0 --numeric-owner \
    --mtime="@$SOURCE_DATE_EPOCH" --transform="s,^$(basename "$bundle"),$name-$version," \
    "$(basename "$bundle")" | gzip -n > "$tarball"
echo "Wrote $tarball"

# ---------------------------------------------------------------- the .deb's tree
stage="$root/build/deb/${name}_${deb_version}_$arch"
doc="$stage/usr/share/doc/$name"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$doc"
cp -a "$bundle" "$stage/opt/$name"
find "$stage/opt/$name" -name __pycache__ -type d -prune -exec rm -rf {} +
# Shared libraries are read, not run (the wheels ship some of them executable).
find "$stage/opt/$name" -type f -name '*.so*' -perm /111 -exec chmod 644 {} +
ln -s "/opt/$name/$name" "$stage/usr/bin/$name"
install -D -m 644 "$root/packaging/$app_id.desktop" "$stage/usr/share/applications/$app_id.desktop"
install -D -m 644 "$root/packaging/$app_id.metainfo.xml" \
    "$stage/usr/share/metainfo/$app_id.metainfo.xml"
install -D -m 644 "$root/packaging/$app_id.xml" "$stage/usr/share/mime/packages/$app_id.xml"
for png in "$root"/resources/icons/tourdetable-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    install -D -m 644 "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -D -m 644 "$root/resources/icons/tourdetable.svg" \
    "$stage/usr/share/icons/hicolor/scalable/apps/$app_id.svg"

# The manual page and the completions, made from the argument parser.
mkdir -p "$stage/usr/share/man/man1"
gzip -9n < "$cli_docs/$name.1" > "$stage/usr/share/man/man1/$name.1.gz"
install -D -m 644 "$cli_docs/$name.bash" "$stage/usr/share/bash-completion/completions/$name"
install -D -m 644 "$cli_docs/_$name" "$stage/usr/share/zsh/vendor-completions/_$name"

# The documentation the help text and the messages refer to (docs/deployment.md…), under
# the same names, compressed above 4 kB as Debian's policy asks; the licences; the changelog.
install -m 644 "$root/packaging/copyright" "$doc/copyright"
install -D -m 644 "$root/README.md" "$doc/README.md"
for page in deployment.md session-file.md; do
    install -D -m 644 "$root/docs/$page" "$doc/docs/$page"
done
find "$doc" -type f ! -name copyright -size +4k -exec gzip -9n {} +
python3 - "$root/packaging/$app_id.metainfo.xml" "$version" "$deb_version" "$maintainer" \
    > "$doc/changelog.Debian" <<'PY'
"""changelog.Debian from the metainfo's releases, newest first: each release's notes under
its version (with this package's Debian revision) and date."""
import os
import sys
import textwrap
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from email.utils import format_datetime

metainfo, version, deb_version, maintainer = sys.argv[1:5]
revision = deb_version.rsplit("-", 1)[1]
upstream = deb_version.rsplit("-", 1)[0]
entries = []
for release in ET.parse(metainfo).getroot().iter("release"):
    notes = " ".join(" ".join("".join(p.itertext()).split()) for p in release.iter("p"))
    when = datetime.strptime(release.get("date"), "%Y-%m-%d").replace(tzinfo=timezone.utc)
    entries.append((release.get("version"), notes, when))
if version not in [v for v, _, _ in entries]:
    stamp = datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), timezone.utc)
    entries.insert(0, (version, f"Tour de Table {version}, not yet released.", stamp))
for index, (release, notes, when) in enumerate(entries):
    number = upstream if index == 0 else release.replace("rc", "~rc")
    lines = textwrap.wrap(notes, 76, initial_indent="  * ", subsequent_indent="    ")
    print(f"tourdetable ({number}-{revision}) stable; urgency=medium\n")
    print("\n".join(lines) + "\n")
    print(f" -- {maintainer}  {format_datetime(when)}\n")
PY
gzip -9n "$doc/changelog.Debian"
# lintian's tags that a self-contained bundle raises by design, each with its reason.
install -D -m 644 "$root/packaging/lintian-overrides" "$stage/usr/share/lintian/overrides/$name"
chmod -R u+rwX,go+rX,go-w "$stage"

# ---------------------------------------------------------------- control
depends="$(python3 "$root/packaging/deb_depends.py" "$stage/opt/$name" \
    $("$root/packaging/sysdeps.sh" --list deb))"
cat > "$stage/DEBIAN/control" <<EOF_CONTROL
Package: $name
Version: $deb_version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends
Section: misc
Priority: optional
Homepage: https://tourdetable.org/
Description: secretariat's tool for councils that decide by consensus
 Tour de Table logs, delegation by delegation and item by item, what each
 delegation says in a council that decides by consensus, such as the North
 Atlantic Council, and shows at once whether an item has consensus. It runs
 silence procedures against their Brussels-time deadlines, records the chair's
 outcomes and action items, and exports the minutes to PDF in English or French.
 .
 This package is a self-contained build (Python and Qt included) installed to
 /opt/tourdetable. Run 'tourdetable self-test' to check an installation.
EOF_CONTROL
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

deb="$out/${name}_${deb_version}_$arch.deb"
find "$stage" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --threads-max="$(nproc)" --build "$stage" "$deb" >/dev/null
echo "Wrote $deb"
