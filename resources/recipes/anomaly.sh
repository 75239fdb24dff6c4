# SPDX-License-Identifier: GPL-3.0-or-later
# Estran recipe "anomaly": parameters arrive in ESTRAN_PARAM_* environment variables only.
set -u -o pipefail

fail() { echo "estran $ESTRAN_RECIPE: $*" >&2; exit 2; }
command -v cdo >/dev/null 2>&1 ||
    { echo "estran $ESTRAN_RECIPE: 'cdo' is not installed on $(hostname) (add a 'module load' line to the profile's setup)" >&2; exit 127; }

# Names reach cdo inside comma-separated operator arguments: checked, never trusted.
if [ -n "$ESTRAN_PARAM_VARIABLE" ] && ! [[ "$ESTRAN_PARAM_VARIABLE" =~ ^[A-Za-z_][A-Za-z0-9_.@+-]*$ ]]; then
    fail "'$ESTRAN_PARAM_VARIABLE' is not a variable name"
fi
select=()
[ -z "$ESTRAN_PARAM_VARIABLE" ] || select+=("-selname,$ESTRAN_PARAM_VARIABLE")
[ -z "$ESTRAN_PARAM_AREA" ] ||
    select+=("-sellonlatbox,$ESTRAN_PARAM_AREA_WEST,$ESTRAN_PARAM_AREA_EAST,$ESTRAN_PARAM_AREA_SOUTH,$ESTRAN_PARAM_AREA_NORTH")

input="$ESTRAN_PARAM_INPUT"
files=()
if [ -d "$input" ]; then
    shopt -s nullglob
    files=("$input"/*.nc)
    shopt -u nullglob
    [ "${#files[@]}" -gt 0 ] || fail "no .nc file in $input"
elif [ -f "$input" ]; then
    files=("$input")
else
    fail "$input: no such file or folder"
fi

mkdir -p "$ESTRAN_OUTPUT_DIR" || exit 1
# cdo 2 splits its arguments at spaces, file names included: it only ever sees in.nc and out.nc,
# in a private hidden folder (a follower skips hidden names) from which the result is renamed
# into place complete.
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

for f in "${files[@]}"; do
    base="$(basename "$f")"
    base="${base%.nc}"
    out="$ESTRAN_OUTPUT_DIR/${base}_anom.nc"
    echo "anomaly: $f"
    # The climatology comes from the reference period; the anomaly covers every time step.
    reference=()
    [ -z "$ESTRAN_PARAM_PERIOD" ] || reference=("-seldate,$ESTRAN_PARAM_PERIOD_START,$ESTRAN_PARAM_PERIOD_END")
    run_cdo "$f" "$out" ymonsub "${select[@]}" in.nc -ymonmean "${reference[@]}" "${select[@]}" in.nc ||
        fail "cdo ymonsub failed on $f"
    echo "wrote $(basename "$out")"
done
