#!/usr/bin/env bash
# Reports the sizes of the bundle, the .deb and what the .deb installs, and fails when one
# of them is above its ceiling (make package-check):
#
#   packaging/check-sizes.sh BUNDLE_DIR DEB
#
# The ceilings sit a little above the sizes of a build on Debian 12 (packaging/README.md,
# "Size"), so that what slips into the bundle unnoticed (a library's new dependency, a Qt
# plugin, translations) fails the check instead. When something is added on purpose,
# raise them here, with the reason in the commit. BUNDLE_MAX_MB, DEB_MAX_MB and
# INSTALLED_MAX_MB override them for one run.
set -euo pipefail

bundle_max_mb="${BUNDLE_MAX_MB:-157}"
deb_max_mb="${DEB_MAX_MB:-53}"
installed_max_mb="${INSTALLED_MAX_MB:-160}"

[ $# -eq 2 ] || { echo "usage: packaging/check-sizes.sh BUNDLE_DIR DEB" >&2; exit 2; }
bundle="$1"
deb="$2"
[ -d "$bundle" ] && [ -f "$deb" ] || { echo "check-sizes: no $bundle or no $deb." >&2; exit 1; }

bundle_kb=$(($(du -sb "$bundle" | cut -f1) / 1024))
deb_kb=$(($(stat -c %s "$deb") / 1024))
installed_kb="$(dpkg-deb --field "$deb" Installed-Size)"

failed=0
report() {  # what, size in KiB, ceiling in MiB
    local mb
    mb="$(awk -v kb="$2" 'BEGIN { printf "%.1f", kb / 1024 }')"
    if [ "$2" -gt $(($3 * 1024)) ]; then
        echo "check-sizes: $1 is $mb MiB, above its ceiling of $3 MiB." >&2
        failed=1
    else
        echo "check-sizes: $1 is $mb MiB (ceiling $3 MiB)."
    fi
}
report "the bundle ($bundle)" "$bundle_kb" "$bundle_max_mb"
report "the .deb ($(basename "$deb"))" "$deb_kb" "$deb_max_mb"
report "what the .deb installs" "$installed_kb" "$installed_max_mb"
exit "$failed"
