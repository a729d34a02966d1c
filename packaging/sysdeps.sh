#!/usr/bin/env bash
# Checks (and, as root, installs) the Debian packages Tour de Table needs outside Python.
#
#   packaging/sysdeps.sh [--list] [offscreen] [window] [xvfb] [venv] [package]
#
#   offscreen  what Qt needs to run at all (tests run with QT_QPA_PLATFORM=offscreen)
#   window     what Qt's xcb plugin needs to open a real window on X11 (make run)
#   xvfb       a virtual X server and a window manager (openbox: windows maximise and have
#              title bars as on a desktop), for screenshots of the real window
#   venv       python3-venv, when this python3 cannot create a virtual environment
#   postgres   a PostgreSQL server and its contrib extensions (unaccent), for the tests
#              that run every database and service test on PostgreSQL too (make test)
#   package    what make package and make package-check use besides Python: the desktop
#              file and AppStream validators, and binutils (PyInstaller reads the shared
#              libraries with objdump; the .deb's libc6 version is read with readelf)
#
#   --list     print the packages of the groups, one a line, and check nothing
#
# The list lives in packaging/ because it is what a workstation install needs too: the .deb
# (packaging/linux-packages.sh) carries the offscreen and window names in its Depends.
# On a system without dpkg-query (not Debian) the check is skipped with a note.
set -euo pipefail

offscreen=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
    libxkbcommon0 fonts-dejavu-core)
window=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxkbcommon-x11-0 libxcb-xkb1 libxcb-util1)
xvfb=(xvfb xauth openbox)
package=(desktop-file-utils appstream binutils)
postgres=(postgresql postgresql-contrib)

list=false
if [ "${1:-}" = "--list" ]; then
    list=true
    shift
fi

wanted=()
for group in "${@:-offscreen}"; do
    case "$group" in
        offscreen) wanted+=("${offscreen[@]}") ;;
        window) wanted+=("${offscreen[@]}" "${window[@]}") ;;
        xvfb) wanted+=("${xvfb[@]}") ;;
        venv) "${PYTHON:-python3}" -c 'import ensurepip' 2>/dev/null || wanted+=(python3-venv) ;;
        package) wanted+=("${package[@]}") ;;
        postgres) wanted+=("${postgres[@]}") ;;
        *) echo "sysdeps: unknown group '$group' (use offscreen, window, xvfb, venv, postgres or package)." >&2
           exit 2 ;;
    esac
done
[ ${#wanted[@]} -eq 0 ] && exit 0
if $list; then
    printf '%s\n' "${wanted[@]}" | awk '!seen[$0]++'
    exit 0
fi

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
