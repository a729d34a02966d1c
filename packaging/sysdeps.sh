#!/usr/bin/env bash
# Checks (and, as root, installs) the Debian packages Tour de Table needs outside Python.
#
#   packaging/sysdeps.sh [--list] [offscreen] [window] [wayland] [xvfb] [venv] [postgres]
#                        [package] [deb]
#
#   offscreen  what Qt needs to run at all (tests run with QT_QPA_PLATFORM=offscreen), and a
#              font for the interface (the tests expect DejaVu)
#   window     what Qt's xcb plugin needs to open a real window on X11 (make run)
#   wayland    what Qt's wayland plugin needs (the bundle ships it: a Wayland session)
#   xvfb       a virtual X server and a window manager (openbox: windows maximise and have
#              title bars as on a desktop), for screenshots of the real window
#   venv       python3-venv, when this python3 cannot create a virtual environment
#   postgres   a PostgreSQL server and its contrib extensions (unaccent), for the tests
#              that run every database and service test on PostgreSQL too (make test)
#   package    what make package and make package-check use besides Python: binutils
#              (PyInstaller reads the shared libraries with objdump, the .deb's checks with
#              readelf), the checkers (desktop-file-validate, appstreamcli, xmllint,
#              update-mime-database and gio for the MIME type, lintian, man), and the
#              libraries of the deb group, so that the build can check them
#   deb        the .deb's Depends: the libraries of offscreen (not its font: the minutes
#              embed their own, the interface takes the system's), window and wayland,
#              OpenSSL (Python's ssl and hashlib) and the C++ runtime (Qt's)
#
#   --list     print the packages of the groups, one a line, and check nothing
#
# The list lives in packaging/ because it is what a workstation install needs too: the .deb
# (packaging/linux-packages.sh) depends on the deb group, and the bundle
# (packaging/tourdetable.spec) leaves the libraries of those packages, and of the packages
# they depend on, to the system.
# On a system without dpkg-query (not Debian) the check is skipped with a note. apt-get
# waits up to two minutes for the dpkg lock when another apt or dpkg holds it.
set -euo pipefail

libraries=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
    libxkbcommon0)
offscreen=("${libraries[@]}" fonts-dejavu-core)
window=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxkbcommon-x11-0 libxcb-xkb1 libxcb-util1)
wayland=(libwayland-client0 libwayland-cursor0 libwayland-egl1)
# libssl3: Python's ssl and hashlib use the system's OpenSSL, updated with the system.
# libstdc++6: Qt is C++; the system's runtime is the one its graphics drivers load too.
deb=("${libraries[@]}" "${window[@]}" "${wayland[@]}" libssl3 libstdc++6)
xvfb=(xvfb xauth openbox)
package=(desktop-file-utils appstream binutils libxml2-utils shared-mime-info libglib2.0-bin
    lintian man-db "${deb[@]}")
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
        wayland) wanted+=("${wayland[@]}") ;;
        xvfb) wanted+=("${xvfb[@]}") ;;
        venv) "${PYTHON:-python3}" -c 'import ensurepip' 2>/dev/null || wanted+=(python3-venv) ;;
        package) wanted+=("${package[@]}") ;;
        postgres) wanted+=("${postgres[@]}") ;;
        deb) wanted+=("${deb[@]}") ;;
        *) echo "sysdeps: unknown group '$group' (use offscreen, window, wayland, xvfb, venv," \
               "postgres, package or deb)." >&2
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

# -o DPkg::Lock::Timeout: wait for another apt or dpkg (unattended-upgrades, a second build)
# rather than fail at once on its lock.
apt_get="apt-get -o DPkg::Lock::Timeout=120"
install_cmd="$apt_get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "sysdeps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086
    $apt_get update -q
    # shellcheck disable=SC2086
    $install_cmd
    exit 0
fi

echo "sysdeps: these Debian packages are missing: ${missing[*]}." >&2
echo "Install them with the command below, then run make again:" >&2
echo "    sudo $install_cmd" >&2
exit 1
