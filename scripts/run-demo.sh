#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, builds the app with the dev preset and starts it on the embedded
# demo dataset (a synthetic global sea-surface temperature series generated in memory).
#   scripts/run-demo.sh [extra estran arguments]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

"$root/scripts/install-deps.sh"
cmake --preset dev
# Only the app (its libraries and translations come along as dependencies), not the tests.
cmake --build --preset dev --parallel "${ESTRAN_JOBS:-$(nproc)}" --target estran

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run-demo: no display (DISPLAY/WAYLAND_DISPLAY unset); try: xvfb-run -a $0" >&2
    exit 1
fi
exec "$root/build/dev/bin/estran" --demo "$@"
