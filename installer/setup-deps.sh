#!/bin/sh
# Installs every Debian 12 package that building, testing and running Herkomst needs.
# Idempotent: apt-get skips what is already there. Nothing is fetched outside Debian's archive.
set -eu

PACKAGES="
  build-essential cmake ninja-build ccache pkg-config dpkg-dev file
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev libqt6opengl6-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  libxlsxwriter-dev zlib1g-dev libarchive-dev
  iso-codes sqlite3 libsqlite3-dev libssl-dev
  xvfb xauth fonts-dejavu-core desktop-file-utils shared-mime-info
  clang-14 libclang-rt-14-dev
  python3-docx libreoffice-writer-nogui poppler-utils librsvg2-bin
"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  echo "herkomst set-up: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing
else
  echo "herkomst set-up: all packages present"
fi
