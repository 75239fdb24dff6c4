#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Subset time of `estran-cli subset` beside ncks, cdo and gdalmdimtranslate on the same
# selection (a 20°×20° box over 90 days of the global 0.25° daily file, one map per chunk)
# and the same output compression (netCDF-4, deflate 4 + shuffle), in the same run.
# Also prints peak resident memory of each tool (GNU time).
# Usage: tests/bench/subset-vs-peers.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build/dev}
runs=${2:-5}
cli="$build/bin/estran-cli"
file="$build/bench/global-0.25deg-365d.nc"
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 2; }
mkdir -p "$build/bench"
if [ ! -s "$file" ]; then
    echo "generating $file (1440x720, 365 days)..." >&2
    "$cli" demo --out "$file" --days 365 --resolution 0.25 >/dev/null
fi
out=$(mktemp -d /dev/shm/estran-subset.XXXXXX)
trap 'rm -rf "$out"' EXIT

declare -A cmds
cmds[estran]="$cli subset $file --var sst --bbox 0,0,20,20 --time 2020-01-01/2020-03-30 --out $out/estran.nc"
command -v ncks >/dev/null && cmds[ncks]="ncks -O -7 -L 4 -v sst -d lon,0.,20. -d lat,0.,20. -d time,0,89 $file $out/ncks.nc"
command -v cdo >/dev/null && cmds[cdo]="cdo -s -O -f nc4 -z zip_4 -sellonlatbox,0,20,0,20 -seltimestep,1/90 -selname,sst $file $out/cdo.nc"
command -v gdalmdimtranslate >/dev/null && cmds[gdalmdimtranslate]="gdalmdimtranslate -q -co COMPRESS=DEFLATE -array name=sst -subset lon(0,20) -subset lat(0,20) -subset time(0,89) $file $out/gdal.nc"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A secs mem
for name in "${!cmds[@]}"; do : > "$out/$name.t"; : > "$out/$name.m"; done
for _ in $(seq "$runs"); do
    for name in "${!cmds[@]}"; do
        /usr/bin/time -f "%e %M" -o "$out/$name.one" ${cmds[$name]} >/dev/null 2>&1 || { echo "$name failed: ${cmds[$name]}" >&2; exit 1; }
        read -r s m < "$out/$name.one"
        echo "$s" >> "$out/$name.t"
        echo "$m" >> "$out/$name.m"
    done
done
for name in "${!cmds[@]}"; do secs[$name]=$(median < "$out/$name.t"); mem[$name]=$(median < "$out/$name.m"); done
printf '| tool | median s | peak RSS MB | time / ncks |\n|---|---|---|---|\n'
base=${secs[ncks]:-${secs[estran]}}
for name in estran ncks cdo gdalmdimtranslate; do
    [ -n "${secs[$name]:-}" ] || continue
    printf '| %s | %.2f | %.0f | %.2f |\n' "$name" "${secs[$name]}" "$(echo "${mem[$name]} / 1024" | bc -l)" "$(echo "${secs[$name]} / $base" | bc -l)"
done
