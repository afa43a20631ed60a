#!/bin/bash
# Installs the kiosk on a Debian PC so that it boots straight into the kiosk (docs/deploy.md):
# Debian packages, the `kiosk` user, the program (dist/kiosk/ from `make dist`) in
# /opt/library-kiosk, the systemd units, PAM, polkit and boot settings. Run it again to update
# the program: everything it does is safe to repeat, and the settings in
# /etc/library-kiosk/kiosk.toml are kept.
#
#   sudo deploy/install-kiosk.sh [--dry-run] [--console] [--program DIR]
#
#   --dry-run      print what would be done, change nothing (needs no root)
#   --console      a desk PC: the program and the attendant console only, no kiosk service
#   --program DIR  the built program (default: dist/kiosk of this repository; built if missing)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$HERE")"
OS_RELEASE="${KIOSK_OS_RELEASE:-/etc/os-release}"  # another file only in the tests
SYSTEMD_RUNNING="${KIOSK_SYSTEMD_RUNNING:-/run/systemd/system}"  # exists once systemd runs

PREFIX=/opt/library-kiosk
CONFIG_DIR=/etc/library-kiosk
DATA_DIR=/var/lib/library-kiosk
KIOSK_USER=kiosk
UNIT_DIR=/etc/systemd/system
USER_UNIT_DIR=/etc/systemd/user

# The Qt runtime of the Makefile's SYSTEM_PACKAGES (less python3-venv: the program carries its
# own Python), the Wayland client libraries PySide6's own wayland plugin links against (Debian's
# qt6-wayland is for Debian's Qt, not PySide6's), cage, sticks (udisks2 + udiskie, polkit for
# the rule), a Hangul font, speech, and the call system's broker.
PACKAGES_COMMON=(fonts-nanum libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
    libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
    libxcb-xfixes0 libpulse0 libespeak-ng1 espeak-ng alsa-utils
    libwayland-client0 libwayland-cursor0 libwayland-egl1)
# cage: Debian's is built with XWayland and will not start without its server (Xwayland),
# which it does not depend on.
PACKAGES_KIOSK=(cage xwayland udisks2 udiskie polkitd mosquitto libpam-systemd dbus)
UNITS_KIOSK=(library-kiosk.service library-kiosk-usb.service)
UNIT_CONSOLE=library-kiosk-attendant.service

DRY_RUN=0
ROLE=kiosk
PROGRAM="$REPO/dist/kiosk"

die() { echo "install-kiosk: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --dry-run) DRY_RUN=1 ;;
        --console) ROLE=console ;;
        --program) [ $# -ge 2 ] || die "--program needs a folder"; PROGRAM="$2"; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$1' (see --help)" ;;
    esac
    shift
done

# Every change goes through `run`: printed, and done unless --dry-run.
run() {
    echo "+ $(printf '%q ' "$@")"
    if [ "$DRY_RUN" = 0 ]; then "$@"; fi
}

# A file of deploy/ to its place, with its mode (install(1) replaces it whole).
put() {
    local src="$1" dest="$2" mode="$3"
    [ -f "$HERE/$src" ] || die "missing $HERE/$src"
    run install -D -m "$mode" "$HERE/$src" "$dest"
}

check_debian() {
    [ -r "$OS_RELEASE" ] || die "cannot read $OS_RELEASE: this installer is for Debian (12 or later) only"
    local ids
    # shellcheck disable=SC1090  # the file named above, sourced in a subshell
    ids="$(. "$OS_RELEASE" && echo "${ID:-} ${ID_LIKE:-}")"
    case " $ids " in
        *" debian "*) ;;
        *) die "this is '${ids%% *}', not Debian: the installer uses apt, Debian's package names and paths. Install by hand following docs/deploy.md." ;;
    esac
}

install_packages() {
    local packages=("${PACKAGES_COMMON[@]}")
    if [ "$ROLE" = kiosk ]; then packages+=("${PACKAGES_KIOSK[@]}"); fi
    echo "Debian packages: ${packages[*]}"
    run apt-get update -qq
    run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
}

make_user() {
    if id -u "$KIOSK_USER" >/dev/null 2>&1; then
        echo "user $KIOSK_USER exists"
    else
        run useradd --system --user-group --home-dir "$DATA_DIR" --no-create-home \
            --shell /usr/sbin/nologin --comment "Library lobby kiosk" "$KIOSK_USER"
    fi
    # aplay plays the kiosk's speech on the sound card; the group also gives it when logind
    # has not (a session that is not the active one).
    run usermod --append --groups audio "$KIOSK_USER"
}

install_program() {
    if [ ! -x "$PROGRAM/kiosk" ]; then
        if [ "$PROGRAM" = "$REPO/dist/kiosk" ]; then
            run make -C "$REPO" dist
        elif [ "$DRY_RUN" = 0 ]; then
            die "$PROGRAM/kiosk not found: build it with 'make dist' or name the folder with --program"
        fi
    fi
    # Copied beside the old one, then swapped: a running kiosk keeps its files until it restarts.
    # Root's, whoever built it (cp -a keeps the builder's uid: that user could change what the
    # kiosk runs), and readable by the kiosk user whatever the builder's umask was.
    run rm -rf "$PREFIX.new"
    run cp -a --no-preserve=ownership "$PROGRAM" "$PREFIX.new"
    run chmod -R u+rwX,go+rX,go-w "$PREFIX.new"
    run install -D -m 0644 "$REPO/docs/deploy.md" "$PREFIX.new/docs/deploy.md"
    run rm -rf "$PREFIX.old"
    if [ -e "$PREFIX" ]; then run mv "$PREFIX" "$PREFIX.old"; fi
    run mv "$PREFIX.new" "$PREFIX"
}

install_kiosk_files() {
    run install -d -m 0755 "$CONFIG_DIR"
    # The site's settings are never overwritten: a new sample goes beside them.
    if [ -e "$CONFIG_DIR/kiosk.toml" ]; then
        put kiosk.toml "$CONFIG_DIR/kiosk.toml.dist" 0644
    else
        put kiosk.toml "$CONFIG_DIR/kiosk.toml" 0644
    fi
    put kiosk-fleet.toml "$CONFIG_DIR/kiosk-fleet.toml.example" 0644
    run install -d -m 0750 -o "$KIOSK_USER" -g "$KIOSK_USER" "$DATA_DIR"
    put pam/library-kiosk /etc/pam.d/library-kiosk 0644
    put polkit/50-library-kiosk-udisks.rules /etc/polkit-1/rules.d/50-library-kiosk-udisks.rules 0644
    put grub/library-kiosk.cfg /etc/default/grub.d/library-kiosk.cfg 0644
    if command -v update-grub >/dev/null 2>&1; then run update-grub; fi
    local unit
    for unit in "${UNITS_KIOSK[@]}"; do put "$unit" "$UNIT_DIR/$unit" 0644; done
}

install_console_files() {
    put console/library-kiosk-attendant.desktop \
        /usr/share/applications/library-kiosk-attendant.desktop 0644
    put "console/$UNIT_CONSOLE" "$USER_UNIT_DIR/$UNIT_CONSOLE" 0644
    put console/attendant.env "$CONFIG_DIR/attendant.env.example" 0644
}

enable_units() {
    # Without a running systemd (a container, a chroot) enable still makes the links, and there
    # is nothing to stop.
    local now=()
    if [ -d "$SYSTEMD_RUNNING" ]; then run systemctl daemon-reload; now=(--now); fi
    if [ "$ROLE" = kiosk ]; then
        # The kiosk starts its own broker on port 1883: Debian's mosquitto service would hold it.
        run systemctl disable "${now[@]}" mosquitto.service || true
        run systemctl disable getty@tty1.service || true
        run systemctl set-default graphical.target
        run systemctl enable "${UNITS_KIOSK[@]}"
        echo "Units enabled: ${UNITS_KIOSK[*]}; the kiosk starts at the next boot"
        echo "(now: sudo systemctl start library-kiosk)."
    else
        echo "Console installed: each attendant runs once 'systemctl --user enable --now $UNIT_CONSOLE'"
        echo "after filling ~/.config/library-kiosk/attendant.env from $CONFIG_DIR/attendant.env.example."
    fi
}

check_debian
if [ "$DRY_RUN" = 0 ] && [ "$(id -u)" != 0 ]; then
    die "run as root (sudo $0), or with --dry-run to see what it would do"
fi
if [ "$DRY_RUN" = 1 ]; then echo "Dry run: nothing is changed."; fi
echo "Installing the library kiosk ($ROLE) from $PROGRAM"
install_packages
if [ "$ROLE" = kiosk ]; then make_user; fi
install_program
install_console_files
if [ "$ROLE" = kiosk ]; then install_kiosk_files; fi
enable_units
