# SPDX-License-Identifier: GPL-3.0-or-later
# Estran recipe "subset". Every value arrives in ESTRAN_PARAM_* environment variables and is
# used quoted; names passed to the tools are checked first, because CDO and NCO split their
# arguments on commas.
. ./lib/cdo-common.sh || exit 1

# ncks reads a bound without a decimal point as an index, not a coordinate value.
as_float() { case "$1" in *[.eE]*) printf '%s' "$1" ;; *) printf '%s.0' "$1" ;; esac; }

tool="$ESTRAN_PARAM_TOOL"
case "$tool" in
    cdo) need cdo ;;
    nco) need ncks ;;
    python)
        need python3
        python3 -c 'import netCDF4' 2>/dev/null || fail "python3 on $(hostname) has no netCDF4 module (pip install netCDF4, or load a module that has it)" ;;
    *) fail "unknown tool '$tool'" ;;
esac

vars=()
IFS=', ' read -r -a vars <<< "$ESTRAN_PARAM_VARIABLES"
for v in "${vars[@]}"; do name_ok "$v" || fail "'$v' is not a variable name"; done
for d in "$ESTRAN_PARAM_LON_NAME" "$ESTRAN_PARAM_LAT_NAME" "$ESTRAN_PARAM_TIME_NAME"; do
    name_ok "$d" || fail "'$d' is not a dimension name"
done

input_files "$ESTRAN_PARAM_INPUT"

for f in "${files[@]}"; do
    # A name starting with '-' would read as an option.
    case "$f" in -*) f="./$f" ;; esac
    base="$(basename -- "$f")"
    base="${base%.nc}"
    out="$ESTRAN_OUTPUT_DIR/${base}_subset.nc"
    # Written under a hidden .part name and renamed, so a follower never fetches half a file.
    tmp="$ESTRAN_OUTPUT_DIR/.${base}_subset.nc.part"
    echo "subset: $f ($tool)"
    case "$tool" in
    cdo)
        ops=()
        if [ -n "$ESTRAN_PARAM_AREA" ]; then
            ops+=("-sellonlatbox,$ESTRAN_PARAM_AREA_WEST,$ESTRAN_PARAM_AREA_EAST,$ESTRAN_PARAM_AREA_SOUTH,$ESTRAN_PARAM_AREA_NORTH")
        fi
        if [ -n "$ESTRAN_PARAM_PERIOD" ]; then
            ops+=("-seldate,$ESTRAN_PARAM_PERIOD_START,$ESTRAN_PARAM_PERIOD_END")
        fi
        if [ "${#vars[@]}" -gt 0 ]; then
            ops+=("-selname,$(IFS=,; echo "${vars[*]}")")
        fi
        [ "${#ops[@]}" -gt 0 ] || ops=("-copy")
        # The first operator is written without its dash (cdo's chaining syntax).
        first="${ops[0]#-}"
        run_cdo "$f" "$tmp" "$first" "${ops[@]:1}" in.nc || fail "cdo failed on $f"
        ;;
    nco)
        args=()
        if [ -n "$ESTRAN_PARAM_AREA" ]; then
            args+=(-d "$ESTRAN_PARAM_LON_NAME,$(as_float "$ESTRAN_PARAM_AREA_WEST"),$(as_float "$ESTRAN_PARAM_AREA_EAST")")
            args+=(-d "$ESTRAN_PARAM_LAT_NAME,$(as_float "$ESTRAN_PARAM_AREA_SOUTH"),$(as_float "$ESTRAN_PARAM_AREA_NORTH")")
        fi
        if [ -n "$ESTRAN_PARAM_PERIOD" ]; then
            args+=(-d "$ESTRAN_PARAM_TIME_NAME,$ESTRAN_PARAM_PERIOD_START,$ESTRAN_PARAM_PERIOD_END")
        fi
        if [ "${#vars[@]}" -gt 0 ]; then
            args+=(-v "$(IFS=,; echo "${vars[*]}")")
        fi
        ncks -O "${args[@]}" "$f" "$tmp" || { rm -f "$tmp"; fail "ncks failed on $f"; }
        ;;
    python)
        ESTRAN_IN="$f" ESTRAN_TMP="$tmp" python3 - <<'PYTHON' || { rm -f "$tmp"; fail "python3 failed on $f"; }
import datetime
import os
import numpy as np
import netCDF4

env = os.environ
src = netCDF4.Dataset(env["ESTRAN_IN"])
lon_name, lat_name, time_name = env["ESTRAN_PARAM_LON_NAME"], env["ESTRAN_PARAM_LAT_NAME"], env["ESTRAN_PARAM_TIME_NAME"]
keep = {}
if env["ESTRAN_PARAM_AREA"]:
    w, s, e, n = (float(env["ESTRAN_PARAM_AREA_" + k]) for k in ("WEST", "SOUTH", "EAST", "NORTH"))
    lon = np.asarray(src.variables[lon_name][:], dtype=float)
    lat = np.asarray(src.variables[lat_name][:], dtype=float)
    lon180 = (lon + 180.0) % 360.0 - 180.0
    w180, e180 = (w + 180.0) % 360.0 - 180.0, (e + 180.0) % 360.0 - 180.0
    inside = (lon180 >= w180) & (lon180 <= e180) if w180 <= e180 else (lon180 >= w180) | (lon180 <= e180)
    if e - w >= 360.0:
        inside = np.ones_like(lon, dtype=bool)
    keep[lon_name] = np.nonzero(inside)[0]
    keep[lat_name] = np.nonzero((lat >= s) & (lat <= n))[0]
if env["ESTRAN_PARAM_PERIOD"] and time_name in src.variables:
    t = src.variables[time_name]
    calendar = getattr(t, "calendar", "standard")
    def when(text, next_day=False):
        moment = datetime.datetime.fromisoformat(text.rstrip("Z").replace(" ", "T"))
        # A date alone as the end means the whole of that day.
        if next_day:
            moment += datetime.timedelta(days=1)
        return netCDF4.date2num(moment, t.units, calendar)
    end_text = env["ESTRAN_PARAM_PERIOD_END"]
    start = when(env["ESTRAN_PARAM_PERIOD_START"])
    values = np.asarray(t[:], dtype=float)
    if len(end_text) == 10:
        inside = (values >= start) & (values < when(end_text, True))
    else:
        inside = (values >= start) & (values <= when(end_text))
    keep[time_name] = np.nonzero(inside)[0]
for name, index in keep.items():
    if len(index) == 0:
        raise SystemExit("nothing of %s falls inside the selection" % name)
wanted = [v for v in os.environ["ESTRAN_PARAM_VARIABLES"].replace(",", " ").split()]
for v in wanted:
    if v not in src.variables:
        raise SystemExit("no variable %s in %s" % (v, env["ESTRAN_IN"]))
dst = netCDF4.Dataset(env["ESTRAN_TMP"], "w", format="NETCDF4")
dst.setncatts({k: src.getncattr(k) for k in src.ncattrs()})
for name, dim in src.dimensions.items():
    size = len(keep[name]) if name in keep else len(dim)
    dst.createDimension(name, None if dim.isunlimited() else size)
needed = set(wanted) | set(src.dimensions) if wanted else set(src.variables)
for v in wanted:
    for extra in getattr(src.variables[v], "coordinates", "").split() + [getattr(src.variables[v], "bounds", "")]:
        if extra in src.variables:
            needed.add(extra)
for name, var in src.variables.items():
    if name not in needed:
        continue
    fill = var.getncattr("_FillValue") if "_FillValue" in var.ncattrs() else None
    out = dst.createVariable(name, var.datatype, var.dimensions, zlib=True, fill_value=fill)
    out.setncatts({k: var.getncattr(k) for k in var.ncattrs() if k != "_FillValue"})
    var.set_auto_maskandscale(False)
    out.set_auto_maskandscale(False)
    index = tuple(keep.get(d, slice(None)) for d in var.dimensions)
    data = var[:]
    for axis, sel in enumerate(index):
        if not isinstance(sel, slice):
            data = np.take(data, sel, axis=axis)
    out[...] = data
dst.close()
src.close()
PYTHON
        ;;
    esac
    mv -f "$tmp" "$out" || exit 1
    echo "wrote $(basename -- "$out")"
done
