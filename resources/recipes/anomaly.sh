# SPDX-License-Identifier: GPL-3.0-or-later
# Estran recipe "anomaly": parameters arrive in ESTRAN_PARAM_* environment variables only.
. ./lib/cdo-common.sh || exit 1
cdo_selection
input_files "$ESTRAN_PARAM_INPUT"
# The climatology comes from the reference period; the anomaly covers every time step.
cdo_each anom ymonsub "${select[@]}" in.nc -ymonmean "${period[@]}" "${select[@]}" in.nc
