# SPDX-License-Identifier: GPL-3.0-or-later
# What the built-in netCDF recipes share (subset, time-mean, climatology, anomaly). Each lists
# this file in its "files", so Estran writes it into the job folder beside the script, which
# sources it first:  . ./lib/cdo-common.sh || exit 1
# Values arrive in ESTRAN_PARAM_* environment variables only and are always used quoted.
set -u -o pipefail

# The job fails with status 2 and a message naming the recipe.
fail() { echo "estran $ESTRAN_RECIPE: $*" >&2; exit 2; }

# need PROGRAM: for tools chosen at run time (the "tools" key checks the fixed ones).
need() {
    command -v "$1" >/dev/null 2>&1 ||
        { echo "estran $ESTRAN_RECIPE: '$1' is not installed on $(hostname) (add a 'module load' line to the profile's setup)" >&2; exit 127; }
}

# CDO and NCO split their arguments on commas: names are checked, never trusted.
name_ok() { [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_.@+-]*$ ]]; }

# input_files PATH: files=(PATH), or every .nc file of the folder PATH; creates the output folder.
input_files() {
    files=()
    if [ -d "$1" ]; then
        shopt -s nullglob
        files=("$1"/*.nc)
        shopt -u nullglob
        [ "${#files[@]}" -gt 0 ] || fail "no .nc file in $1"
    elif [ -f "$1" ]; then
        files=("$1")
    else
        fail "$1: no such file or folder"
    fi
    mkdir -p "$ESTRAN_OUTPUT_DIR" || exit 1
}

# run_cdo IN OUT OPERATOR ARGS...: cdo 2 splits its arguments at spaces, file names included, so
# it only ever sees in.nc and out.nc, in a private hidden folder (a follower skips hidden names)
# from which the result is renamed into place complete.
run_cdo() {
    local f="$1" out="$2" scratch status
    shift 2
    case "$f" in /*) ;; *) f="$PWD/$f" ;; esac
    scratch="$(mktemp -d "$ESTRAN_OUTPUT_DIR/.estran-cdo.XXXXXX")" || return 1
    ln -s "$f" "$scratch/in.nc" && (cd "$scratch" && cdo -s -O "$@" out.nc) && mv -f "$scratch/out.nc" "$out"
    status=$?
    rm -rf "$scratch"
    return $status
}

# cdo_selection: select=(-selname,VARIABLE -sellonlatbox,W,E,S,N) from the "variable" and "area"
# parameters and period=(-seldate,START,END) from "period"; each empty when not given.
cdo_selection() {
    if [ -n "$ESTRAN_PARAM_VARIABLE" ] && ! name_ok "$ESTRAN_PARAM_VARIABLE"; then
        fail "'$ESTRAN_PARAM_VARIABLE' is not a variable name"
    fi
    select=()
    [ -z "$ESTRAN_PARAM_VARIABLE" ] || select+=("-selname,$ESTRAN_PARAM_VARIABLE")
    [ -z "$ESTRAN_PARAM_AREA" ] ||
        select+=("-sellonlatbox,$ESTRAN_PARAM_AREA_WEST,$ESTRAN_PARAM_AREA_EAST,$ESTRAN_PARAM_AREA_SOUTH,$ESTRAN_PARAM_AREA_NORTH")
    period=()
    [ -z "$ESTRAN_PARAM_PERIOD" ] || period=("-seldate,$ESTRAN_PARAM_PERIOD_START,$ESTRAN_PARAM_PERIOD_END")
}

# cdo_each SUFFIX OPERATOR ARGS...: for each of files, `cdo OPERATOR ARGS... out.nc` (ARGS name
# the input in.nc) into $ESTRAN_OUTPUT_DIR/<name>_SUFFIX.nc.
cdo_each() {
    local suffix="$1" f base out
    shift
    for f in "${files[@]}"; do
        base="$(basename -- "$f")"
        base="${base%.nc}"
        out="$ESTRAN_OUTPUT_DIR/${base}_$suffix.nc"
        echo "$ESTRAN_RECIPE: $f"
        run_cdo "$f" "$out" "$@" || fail "cdo $1 failed on $f"
        echo "wrote $(basename -- "$out")"
    done
}
