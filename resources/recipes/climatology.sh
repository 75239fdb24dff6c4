# SPDX-License-Identifier: GPL-3.0-or-later
# Estran recipe "climatology": parameters arrive in ESTRAN_PARAM_* environment variables only.
. ./lib/cdo-common.sh || exit 1
cdo_selection
input_files "$ESTRAN_PARAM_INPUT"
cdo_each clim ymonmean "${period[@]}" "${select[@]}" in.nc
