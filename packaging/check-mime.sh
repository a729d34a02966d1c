#!/usr/bin/env bash
# Checks the session file's MIME type (packaging/org.tourdetable.TourDeTable.xml):
#
#   packaging/check-mime.sh [PYTHON]
#
# 1. the XML is well formed (xmllint) and shared-mime-info takes it without a complaint
#    (update-mime-database, into a throwaway database: it prints its objections and still
#    exits 0, so any output fails here; no schema of the format ships with Debian);
# 2. a desktop recognises session files by their content and leaves other JSON alone: GLib
#    (gio, what GNOME and xdg-mime there use), and Qt (KDE; PySide6 of PYTHON, when given),
#    on a session file as exported, with a byte order mark, in compact JSON, with no
#    extension, and on JSON files that are not session files.
#
# Needs libxml2-utils, shared-mime-info and libglib2.0-bin (packaging/sysdeps.sh package).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
xml="$root/packaging/org.tourdetable.TourDeTable.xml"
type=application/x-tourdetable-session+json
python="${1:-}"
# Absolute (the checks run in a temporary folder), the venv's link kept as it is.
[ -z "$python" ] || python="$(cd "$(dirname "$python")" && pwd)/$(basename "$python")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for tool in xmllint update-mime-database gio; do
    command -v "$tool" >/dev/null || {
        echo "check-mime: $tool is missing (packaging/sysdeps.sh package)." >&2; exit 1; }
done

xmllint --noout "$xml"
mkdir -p "$tmp/share/mime/packages" "$tmp/files"
cp "$xml" "$tmp/share/mime/packages/"
# XDG_DATA_HOME: the throwaway database is then on the search path, so no note about it.
complaints="$(XDG_DATA_HOME="$tmp/share" update-mime-database "$tmp/share/mime" 2>&1)"
if [ -n "$complaints" ]; then
    printf 'check-mime: update-mime-database objects to %s:\n%s\n' "$xml" "$complaints" >&2
    exit 1
fi
grep -qx "$type" "$tmp/share/mime/types" || {
    echo "check-mime: $type is not in the database made from $xml." >&2; exit 1; }

cd "$tmp/files"
printf '{\n  "format": "tourdetable-session",\n  "format_version": 4\n}\n' > session.json
printf '\357\273\277{\n  "format": "tourdetable-session",\n  "format_version": 4\n}\n' > bom.json
printf '{"format":"tourdetable-session","format_version":4}\n' > compact.json
cp session.json no-extension
printf '{\n  "format": "something-else",\n  "version": 1\n}\n' > other.json
printf '[1, 2, 3]\n' > list.json
expected() {
    case "$1" in other.json | list.json) echo application/json ;; *) echo "$type" ;; esac
}
files=(session.json bom.json compact.json no-extension other.json list.json)

failed=0
for file in "${files[@]}"; do
    got="$(XDG_DATA_HOME="$tmp/share" gio info --attributes=standard::content-type "$file" \
        | sed -n 's/^ *standard::content-type: //p')"
    if [ "$got" != "$(expected "$file")" ]; then
        echo "check-mime: GLib takes $file for $got, not $(expected "$file")." >&2
        failed=1
    fi
done
if [ -n "$python" ]; then
    while read -r file got; do
        if [ "$got" != "$(expected "$file")" ]; then
            echo "check-mime: Qt takes $file for $got, not $(expected "$file")." >&2
            failed=1
        fi
    done < <(XDG_DATA_HOME="$tmp/share" "$python" -c '
import sys
from PySide6.QtCore import QMimeDatabase
database = QMimeDatabase()
for name in sys.argv[1:]:
    print(name, database.mimeTypeForFile(name).name())
' "${files[@]}")
fi
[ "$failed" -eq 0 ] || exit 1
echo "check-mime: $type is valid; session files are known by their content (GLib${python:+, Qt})," \
    "other JSON files stay application/json."
