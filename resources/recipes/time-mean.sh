# SPDX-License-Identifier: GPL-3.0-or-later
# Estran recipe "time-mean": parameters arrive in ESTRAN_PARAM_* environment variables only.
. ./lib/cdo-common.sh || exit 1
cdo_selection
input_files "$ESTRAN_PARAM_INPUT"
cdo_each timmean timmean "${period[@]}" "${select[@]}" in.nc
