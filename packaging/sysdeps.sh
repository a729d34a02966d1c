#!/usr/bin/env bash
# Checks (and, as root, installs) the Debian packages Tour de Table needs outside Python.
#
#   packaging/sysdeps.sh [offscreen] [window] [xvfb] [venv]
#
#   offscreen  what Qt needs to run at all (tests run with QT_QPA_PLATFORM=offscreen)
#   window     what Qt's xcb plugin needs to open a real window on X11 (make run)
#   xvfb       a virtual X server, for screenshots of the real window
#   venv       python3-venv, when this python3 cannot create a virtual environment
#
# The list lives in packaging/ because it is what a workstation install needs too: a .deb
# built from this tree would carry these same names in its Depends.
# On a system without dpkg-query (not Debian) the check is skipped with a note.
set -euo pipefail

offscreen=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
    libxkbcommon0 fonts-dejavu-core)
window=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxkbcommon-x11-0 libxcb-xkb1 libxcb-util1)
xvfb=(xvfb xauth)

wanted=()
for group in "${@:-offscreen}"; do
    case "$group" in
        offscreen) wanted+=("${offscreen[@]}") ;;
        window) wanted+=("${offscreen[@]}" "${window[@]}") ;;
        xvfb) wanted+=("${xvfb[@]}") ;;
        venv) "${PYTHON:-python3}" -c 'import ensurepip' 2>/dev/null || wanted+=(python3-venv) ;;
        *) echo "sysdeps: unknown group '$group' (use offscreen, window, xvfb or venv)." >&2; exit 2 ;;
    esac
done
[ ${#wanted[@]} -eq 0 ] && exit 0

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "sysdeps: not a Debian system, so the system packages were not checked" \
        "(Qt needs the equivalents of: ${wanted[*]})." >&2
    exit 0
fi

missing=()
for pkg in $(printf '%s\n' "${wanted[@]}" | sort -u); do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

install_cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "sysdeps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # shellcheck disable=SC2086
    $install_cmd
    exit 0
fi

echo "sysdeps: these Debian packages are missing: ${missing[*]}." >&2
echo "Install them with the command below, then run make again:" >&2
echo "    sudo $install_cmd" >&2
exit 1
