#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the data module, the libraries below it and the GDAL plugin into a scratch prefix
# (the same install rules cpack packages) and checks that the plugin lands in lib/estran/plugins
# and finds the Estran libraries of that prefix through its RUNPATH, not the build tree's.
#   check-plugin-install.sh <build-dir>
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
for dir in modules/base modules/geo modules/data plugins/gdal; do
    cmake --install "$build/$dir" --prefix "$prefix" >/dev/null
done
plugin=$(find "$prefix" -path '*/estran/plugins/libestran_gdal.so')
if [ -z "$plugin" ]; then
    echo "FAIL: libestran_gdal.so not installed under <prefix>/lib/estran/plugins"; find "$prefix"; exit 1
fi
runpath=$(readelf -d "$plugin" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
if [ "$runpath" != '$ORIGIN/..' ]; then
    echo "FAIL: $plugin has RUNPATH '$runpath', expected '\$ORIGIN/..'"; exit 1
fi
libdir=$(cd "$(dirname "$plugin")/.." && pwd)
resolved=$(ldd "$plugin" | awk '$1 == "libestrandata.so.0" {print $3}')
[ -n "$resolved" ] && resolved=$(realpath -s "$resolved")
if [ "$resolved" != "$libdir/libestrandata.so.0" ]; then
    echo "FAIL: $plugin finds libestrandata.so.0 at '$resolved', expected $libdir/libestrandata.so.0"; exit 1
fi
if ldd "$plugin" | grep -q 'not found'; then
    echo "FAIL: unresolved libraries:"; ldd "$plugin" | grep 'not found'; exit 1
fi
echo "OK: ${plugin#$prefix/} (RUNPATH $runpath) -> ${resolved#$prefix/}"
