#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures Estran beside the tools people would otherwise use, on the same file, in the same run
# (so machine drift affects both sides alike):
#   (a) open + first frame        estran app       vs ParaView (pvbatch), QGIS (PyQGIS)
#   (b) one time step to PNG      estran-cli       vs gdaldem color-relief
#   (c) playback through time     estran app       vs ParaView, QGIS
#   (d) reader-only rate          Estran::Data     vs a plain netCDF-C nc_get_vara_float loop
#   (e) peak memory while playing estran app       vs ParaView, QGIS
#   (f) catalogue answers parsed  catalog providers vs Python's json / ElementTree
# The file is the demo generator's global 0.25° daily year (1440x720, 365 steps, deflate +
# shuffle, one map per chunk). Whole-process figures come from /usr/bin/time; in-process
# figures are what each tool reports about itself. Medians over --runs runs after one warm-up.
#
#   tests/bench/run-benchmarks.sh [--build DIR] [--runs N] [--steps N] [--file FILE --var VAR]
#
# --build is a build tree (default build/dev) or an installed prefix holding bench/readrate_bench
# (a frozen copy is handy when others keep rebuilding the tree under the benchmark).
# Writes the table to stdout and to <build>/bench/results.md. Not part of CI (minutes long).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build/dev"
runs=5
steps=100
file=""
var="sst"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) build="$(cd "$2" && pwd)"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --steps) steps="$2"; shift 2 ;;
        --file) file="$2"; shift 2 ;;
        --var) var="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"; exit 0 ;;
        *) echo "run-benchmarks: unknown option '$1'" >&2; exit 2 ;;
    esac
done

# Every GUI-side tool draws into the same private X server with Mesa's software rasteriser:
# the same conditions for all of them, and nothing depends on the desktop of whoever runs this.
if [[ -z "${ESTRAN_BENCH_IN_XVFB:-}" ]]; then
    "$root/scripts/install-deps.sh" --bench
    # ParaView's Python modules (python3-paraview) conflict with python3-vtk9, which
    # libvtk9-dev needs: installing them would remove Estran's VTK. Unpack them privately.
    pvpython_dir="$build/bench/paraview-python"
    if [[ ! -d "$pvpython_dir/usr/lib/python3/dist-packages/paraview" ]]; then
        mkdir -p "$build/bench/download"
        (cd "$build/bench/download" && apt-get download python3-paraview)
        dpkg-deb -x "$build"/bench/download/python3-paraview_*.deb "$pvpython_dir"
    fi
    exec xvfb-run -a -s "-screen 0 1600x1000x24" env ESTRAN_BENCH_IN_XVFB=1 \
        LIBGL_ALWAYS_SOFTWARE=1 "$0" --build "$build" --runs "$runs" --steps "$steps" \
        ${file:+--file "$file"} --var "$var"
fi

bin="$build/bin"
out="$build/bench"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for exe in "$bin/estran" "$bin/estran-cli" "$build/bench/readrate_bench"; do
    if [[ ! -x "$exe" ]]; then
        echo "run-benchmarks: $exe is missing; build first: cmake --build $build" >&2
        exit 1
    fi
done
here="$root/tests/bench"
python=/usr/bin/python3  # Debian's: PyQGIS and pvbatch's modules are built for it
pvpython="$build/bench/paraview-python/usr/lib/python3/dist-packages"

if [[ -z "$file" ]]; then
    file="$out/global-0.25deg-365d.nc"
    if [[ ! -s "$file" ]]; then
        echo "run-benchmarks: generating $file" >&2
        gen_start=$(date +%s.%N)
        "$bin/estran-cli" demo --out "$file" --days 365 --resolution 0.25 >/dev/null
        gen_seconds=$(awk -v a="$gen_start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
        echo "run-benchmarks: generated in ${gen_seconds} s" >&2
    fi
fi
# The middle time step, by index (gdaldem's band) and by date (estran-cli's --time).
read -r step step_date < <("$python" - "$file" "$var" <<'PY'
import sys
import netCDF4
ds = netCDF4.Dataset(sys.argv[1])
axis = ds.variables[ds.variables[sys.argv[2]].dimensions[0]]
k = len(axis) // 2
when = netCDF4.num2date(axis[k], axis.units, getattr(axis, "calendar", "standard"))
print(k, when.strftime("%Y-%m-%dT%H:%M:%S"))
PY
)

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }
range() { sort -g | awk 'NR == 1 {lo=$1} {hi=$1} END {if (NR) printf "%s–%s", lo, hi}'; }

# measure NAME RUNS COMMAND...: one warm-up, then RUNS runs; per run the wall seconds and peak
# RSS (MB, largest process) from /usr/bin/time and the command's own "key: value" lines.
measure() {
    local name="$1" n="$2"; shift 2
    : >"$work/$name.wall"; : >"$work/$name.rss"; : >"$work/$name.out"
    local i
    for ((i = 0; i <= n; i++)); do
        # One retry: pvbatch under Xvfb now and then aborts while starting up.
        if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/run.out" 2>"$work/run.err" &&
           ! { echo "run-benchmarks: $name failed once, retrying" >&2; retried="$retried $name";
               /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/run.out" 2>"$work/run.err"; }; then
            echo "run-benchmarks: $name failed: $*" >&2
            tail -5 "$work/run.err" >&2
            return 1
        fi
        [[ $i -eq 0 ]] && continue
        read -r wall rss <"$work/time"
        echo "$wall" >>"$work/$name.wall"
        echo "$(( rss / 1024 ))" >>"$work/$name.rss"
        cat "$work/run.out" >>"$work/$name.out"
    done
    echo "run-benchmarks: $name done" >&2
}
# A tool that fails is reported as n/a in the table; the other figures are still worth having.
try() { "$@" || failed="$failed $2"; }
# key NAME KEY: median of a "KEY: value" line the command printed.
key() { sed -n "s/^$2: *\([0-9.]*\).*/\1/p" "$work/$1.out" | median; }
keyrange() { sed -n "s/^$2: *\([0-9.]*\).*/\1/p" "$work/$1.out" | range; }
wall() { median <"$work/$1.wall"; }
wallrange() { range <"$work/$1.wall"; }
rss() { median <"$work/$1.rss"; }

play_runs=$(( runs > 3 ? 3 : runs ))
retried=""
failed=""

# (a) open + first frame
try measure estran-first "$runs" "$bin/estran" --benchmark-first-frame "$file" --var "$var"
try measure paraview-first "$runs" env PYTHONPATH="$pvpython" pvbatch "$here/paraview_bench.py" first-frame "$file" "$var"
try measure qgis-first "$runs" "$python" "$here/qgis_bench.py" first-frame "$file" "$var"
# (b) one step to PNG at the file's resolution
try measure cli-render "$runs" "$bin/estran-cli" render "$file" --var "$var" --time "$step_date" \
    --size 1440x720 --out "$work/estran.png"
try measure gdaldem "$runs" gdaldem color-relief -q -b $((step + 1)) -of PNG \
    "NETCDF:\"$file\":$var" "$here/viridis-relief.txt" "$work/gdaldem.png"
# (c) + (e) playback
try measure estran-play "$play_runs" "$bin/estran" --benchmark-play "$file" --var "$var" --steps "$steps"
try measure paraview-play "$play_runs" env PYTHONPATH="$pvpython" pvbatch "$here/paraview_bench.py" play "$file" "$var" "$steps"
try measure qgis-play "$play_runs" "$python" "$here/qgis_bench.py" play "$file" "$var" "$steps"
# (d) reader only, one thread
# (An installed tree keeps the libraries in lib/estran; the build tree in lib.)
LD_LIBRARY_PATH="$build/lib/estran:$build/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
ESTRAN_BENCH_FILE="$file" ESTRAN_BENCH_VAR="$var" "$build/bench/readrate_bench" \
    --benchmark_out="$work/readrate.json" --benchmark_out_format=json >"$work/readrate.txt" 2>&1 \
    || { cat "$work/readrate.txt" >&2; failed="$failed readrate"; echo '{"benchmarks": []}' >"$work/readrate.json"; }
readrate() {
    "$python" - "$work/readrate.json" "$1" <<'PY'
import json, sys
runs = [b for b in json.load(open(sys.argv[1]))["benchmarks"]
        if b["name"].startswith(sys.argv[2] + "/") and b.get("run_type") == "iteration"]
# Wall-clock rate, and the rate per second of the reading thread's CPU time, which a machine
# busy with other work disturbs much less.
rates = sorted(b["steps_per_second"] for b in runs)
cpu_rates = sorted(b["steps_per_second"] * b["real_time"] / b["cpu_time"] for b in runs)
if rates:
    print(f"{rates[len(rates) // 2]:.0f} ({cpu_rates[len(cpu_rates) // 2]:.0f} per CPU-s)")
else:
    print("n/a")
PY
}

# (f) catalogue answers: Estran's providers end to end over loopback HTTP, beside Python's
# standard parsers on the same files (no HTTP), in bytes of response per second.
fixtures="$root/../shared/fixtures"
catalog_rows=""
if [[ -x "$build/bench/catalogparse_bench" && -d "$fixtures" ]]; then
    if LD_LIBRARY_PATH="$build/lib/estran:$build/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
        "$build/bench/catalogparse_bench" --benchmark_out="$work/catalog.json" \
        --benchmark_out_format=json >/dev/null 2>&1; then
        catalog_rows="$("$python" - "$work/catalog.json" "$fixtures" <<'PY'
import json, sys, time, xml.etree.ElementTree as ET
from pathlib import Path
# A benchmark that skipped with an error has no rate: it is left out of the table.
bench = {b["name"].split("/")[0]: b["bytes_per_second"] for b in json.load(open(sys.argv[1]))["benchmarks"]
         if "bytes_per_second" in b}
def python_rate(path, parse):
    data = Path(path).read_bytes()
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < 1.0:
        parse(data)
        n += 1
    return len(data) * n / (time.perf_counter() - start)
rows = [("StacCollectionsLarge", "stac/pystac-client-pc-collections-large.json", json.loads, "json.loads"),
        ("ThreddsCatalogLarge", "thredds/siphon-tds5-rap-catalog-large.xml", ET.fromstring, "ElementTree")]
for name, rel, parse, label in rows:
    if name in bench:
        py = python_rate(Path(sys.argv[2]) / rel, parse)
        print(f"| {rel} | {bench[name] / 1e6:.1f} | {py / 1e6:.1f} ({label}) |")
PY
)" || failed="$failed catalogparse"
    else
        failed="$failed catalogparse"
    fi
fi

shape="$(ncdump -h "$file" | sed -n 's/^\s*\(float\|short\|double\) '"$var"'(\(.*\)).*/\2/p' | head -1)"
{
    echo "## Estran benchmarks"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1));"
    echo "Xvfb with Mesa llvmpipe (LIBGL_ALWAYS_SOFTWARE=1)."
    echo "File: $(basename "$file"), $var($shape), $(du -m "$file" | cut -f1) MB."
    echo "Medians of $runs runs (playback: $play_runs runs of $steps steps) after one warm-up; ranges are min–max."
    echo "ParaView $(PYTHONPATH="$pvpython" pvbatch --version 2>/dev/null | sed -n 's/.*version //p' | head -1),"\
         "QGIS $("$python" -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])' 2>/dev/null),"\
         "GDAL $(gdal-config --version), netCDF-C $(nc-config --version | cut -d' ' -f2)."
    echo
    echo "| | measure | Estran | ParaView | QGIS | gdaldem | netCDF-C |"
    echo "|---|---|---|---|---|---|---|"
    echo "| a | open + first frame, in-process (ms) | $(key estran-first first-frame-ms) | $(key paraview-first first-frame-ms) | $(key qgis-first first-frame-ms) | | |"
    echo "| a | launch to first frame: since the process started, libraries included (ms) | $(key estran-first launch-first-frame-ms) ($(keyrange estran-first launch-first-frame-ms)) | $(key paraview-first launch-first-frame-ms) ($(keyrange paraview-first launch-first-frame-ms)) | $(key qgis-first launch-first-frame-ms) ($(keyrange qgis-first launch-first-frame-ms)) | | |"
    echo "| a | open + first frame, whole process with exit (s) | $(wall estran-first) ($(wallrange estran-first)) | $(wall paraview-first) ($(wallrange paraview-first)) | $(wall qgis-first) ($(wallrange qgis-first)) | | |"
    echo "| b | step $step ($step_date) to a 1440x720 PNG, whole process (s) | $(wall cli-render) ($(wallrange cli-render)) | | | $(wall gdaldem) ($(wallrange gdaldem)) | |"
    echo "| b | peak RSS (MB) | $(rss cli-render) | | | $(rss gdaldem) | |"
    echo "| c | playback, displayed steps/s | $(key estran-play displayed-steps-per-second) ($(keyrange estran-play displayed-steps-per-second)) | $(key paraview-play displayed-steps-per-second) ($(keyrange paraview-play displayed-steps-per-second)) | $(key qgis-play displayed-steps-per-second) ($(keyrange qgis-play displayed-steps-per-second)) | | |"
    echo "| d | read every step, one thread (steps/s, wall) | $(readrate Estran) | | | | $(readrate NetcdfC/nc_get_vara_float) raw, $(readrate 'NetcdfC/nc_get_vara_float+decode') with decode |"
    echo "| e | peak RSS while playing (MB) | $(rss estran-play) | $(rss paraview-play) | $(rss qgis-play) | | |"
    echo
    if [[ -n "$catalog_rows" ]]; then
        echo "| file | Estran provider, HTTP included (MB/s) | Python, parse only (MB/s) |"
        echo "|---|---|---|"
        echo "$catalog_rows"
        echo
    fi
    echo "Estran's own peak-rss-mb while playing: $(key estran-play peak-rss-mb) MB."
    echo "QGIS renders into an image (no window); ParaView and Estran draw into an X window."
    echo "estran-cli draws coastlines, graticule, colour bar and title; gdaldem only maps colours."
    if [[ -n "$failed" ]]; then
        echo "Failed, shown as n/a:$failed."
    fi
    if [[ -n "$retried" ]]; then
        echo "Runs that failed once and were repeated:$retried."
    fi
    if [[ -n "${gen_seconds:-}" ]]; then
        echo "Generating the file with estran-cli demo took ${gen_seconds} s."
    fi
} | tee "$out/results.md"
