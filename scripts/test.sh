#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the dependencies, configures, builds and runs every test (labels unit, gui, render,
# integration). This is the one test command: the README shows it and .ci/run calls it.
#   scripts/test.sh [extra ctest arguments, e.g. -L unit or -R Colormap]
# Environment: ESTRAN_PRESET (default: ci when CI=true, else dev), ESTRAN_JOBS (build jobs,
# default: number of cores), ESTRAN_TEST_JOBS (tests run at once, default 2),
# ESTRAN_TEST_TIMEOUT (seconds per test, default 300).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ "${CI:-}" == "true" ]]; then
    preset="${ESTRAN_PRESET:-ci}"
else
    preset="${ESTRAN_PRESET:-dev}"
fi
jobs="${ESTRAN_JOBS:-$(nproc)}"
test_jobs="${ESTRAN_TEST_JOBS:-2}"
timeout="${ESTRAN_TEST_TIMEOUT:-300}"

"$root/scripts/install-deps.sh"

if [[ ! -d "$root/../shared/fixtures" ]]; then
    # The tests read ESTRAN_FIXTURES_DIR = <source>/../shared/fixtures; without it the
    # fixture-based tests fail with a message naming the missing file, which is what we want.
    echo "test.sh: warning: $root/../shared/fixtures is missing; fixture tests will fail" >&2
fi

echo "test.sh: configure (preset $preset)"
cmake --preset "$preset"
echo "test.sh: build (-j$jobs)"
cmake --build --preset "$preset" --parallel "$jobs"

# One ctest run for every label so there is one summary. GUI and render tests need a display
# and OpenGL: a private Xvfb with Mesa's software rasteriser gives both, identically on every
# machine, so baselines compare the same on a laptop and in CI.
export LIBGL_ALWAYS_SOFTWARE=1
echo "test.sh: ctest (timeout ${timeout}s per test, $test_jobs at once)"
status=0
xvfb-run -a -s "-screen 0 1600x1000x24" \
    ctest --test-dir "build/$preset" --output-on-failure --no-tests=error \
          --timeout "$timeout" --parallel "$test_jobs" "$@" || status=$?
if [[ $status -ne 0 ]]; then
    echo "test.sh: FAILED (ctest exit status $status)" >&2
fi
exit $status
