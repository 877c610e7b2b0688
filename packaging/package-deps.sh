#!/usr/bin/env bash
# Debian packages `make package` needs, installed only when missing: binutils (PyInstaller
# reads shared libraries' dependencies with objdump), desktop-file-utils (to check
# placeboard.desktop), shared-mime-info (update-mime-database, for install.sh's check),
# and the X11 libraries Qt's xcb platform plugin links to, so that PyInstaller finds
# and bundles them for a desktop that lacks them.
set -euo pipefail
# shellcheck source=debian.sh
source "$(dirname "$0")/debian.sh"

command -v objdump >/dev/null || need+=(binutils)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v update-mime-database >/dev/null || need+=(shared-mime-info)
have_lib 'libxcb-icccm.so.4' || need+=(libxcb-icccm4)
have_lib 'libxcb-keysyms.so.1' || need+=(libxcb-keysyms1)
have_lib 'libxcb-cursor.so.0' || need+=(libxcb-cursor0)
have_lib 'libxcb-image.so.0' || need+=(libxcb-image0)
have_lib 'libxcb-render-util.so.0' || need+=(libxcb-render-util0)
have_lib 'libxkbcommon-x11.so.0' || need+=(libxkbcommon-x11-0)

install_needed
