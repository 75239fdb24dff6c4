#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Estran builds, runs and tests with.
# Idempotent and non-interactive; run as root (or through sudo). `apt-get update` runs only
# when something is missing, so a machine that has everything never touches the network.
#   scripts/install-deps.sh            build, run and test dependencies
#   scripts/install-deps.sh --bench    also the peer tools the benchmarks compare against
set -eu

BUILD="cmake ninja-build ccache g++ pkg-config file dpkg-dev fakeroot
 qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
 libqt6opengl6-dev libgl-dev qtkeychain-qt6-dev
 libvtk9-dev libgdal-dev libproj-dev libnetcdf-dev libhdf5-dev zlib1g-dev libdeflate-dev
 libcurl4-openssl-dev libssl-dev libcpp-httplib-dev
 libgtest-dev libgmock-dev libbenchmark-dev"
RUN="gmt-gshhg-low libgl1-mesa-dri xvfb xauth qt6-translations-l10n"
TEST="netcdf-bin gdal-bin python3 python3-netcdf4 appstream desktop-file-utils gnome-keyring dbus python3-pyftpdlib
 openssh-client openssh-server tcsh slurm-wlm munge cdo nco nginx-light tinyproxy-bin"
# Only for the benchmarks in tests/bench: the tools Estran is measured against. Not
# python3-paraview: it conflicts with python3-vtk9, so installing it removes libvtk9-dev;
# run-benchmarks.sh unpacks it into the build tree instead.
BENCH="paraview qgis python3-qgis time nginx-light curl bc nco cdo"

wanted="$BUILD $RUN $TEST"
for arg in "$@"; do
    case "$arg" in
        --bench) wanted="$wanted $BENCH" ;;
        *) echo "install-deps: unknown option '$arg' (known: --bench)" >&2; exit 2 ;;
    esac
done

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

missing=""
for pkg in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done
if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# Another apt may be running (unattended upgrades, a second session): wait for its lock.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
# shellcheck disable=SC2086
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing </dev/null
