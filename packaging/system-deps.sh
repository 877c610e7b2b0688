#!/usr/bin/env bash
# Install the Debian packages the app and its tests need, only when missing.
set -euo pipefail
# shellcheck source=debian.sh
source "$(dirname "$0")/debian.sh"

have_lib 'libEGL.so.1' || need+=(libegl1)
have_lib 'libGL.so.1' || need+=(libgl1)
have_lib 'libxkbcommon.so.0' || need+=(libxkbcommon0)
have_lib 'libfontconfig.so.1' || need+=(libfontconfig1)
have_lib 'libdbus-1.so.3' || need+=(libdbus-1-3)
have_lib 'libglib-2.0.so.0' || need+=(libglib2.0-0)
# PDF tools the pack tests use: qpdf --check, and pdftoppm to look at pages.
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
# The packaging files' checks: desktop-file-validate and update-mime-database.
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v update-mime-database >/dev/null || need+=(shared-mime-info)
# A real PostgreSQL server for the hub tests (they run initdb and pg_ctl themselves).
command -v initdb >/dev/null || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null \
  || need+=(postgresql)

install_needed
