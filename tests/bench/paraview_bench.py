# SPDX-License-Identifier: GPL-3.0-or-later
"""ParaView side of the Estran benchmarks; run with pvbatch under Xvfb:

    xvfb-run -a pvbatch paraview_bench.py first-frame FILE VAR
    xvfb-run -a pvbatch paraview_bench.py play FILE VAR STEPS [SCREENSHOT.png]

Prints the same keys the Estran app's hooks print (first-frame-ms, displayed-steps-per-second)
so run-benchmarks.sh parses both alike. Like Estran's, the first-frame clock starts before the
libraries are loaded (here: before ParaView's Python modules are imported) and stops when
Render() returned, i.e. the frame was drawn. import-ms says how much of it was loading.
"""
import os
import sys
import time

T_START = time.perf_counter()
from paraview import simple as pv  # noqa: E402  (import time is measured separately)

T_IMPORTED = time.perf_counter()
# pvbatch does not put the script's folder on the module path.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from launchclock import ms_since_process_start  # noqa: E402



def open_and_show(path, variable):
    # vtkNetCDFCFReader: CF axes, time, fill values -- the reader ParaView picks for .nc.
    reader = pv.NetCDFReader(registrationName="data", FileName=[path])
    reader.Dimensions = "(lat, lon)" if "(lat, lon)" in reader.GetProperty("Dimensions").Available \
        else reader.Dimensions
    reader.SphericalCoordinates = 0
    reader.ReplaceFillValueWithNan = 1
    view = pv.CreateView("RenderView")
    view.ViewSize = [1280, 720]
    view.OrientationAxesVisibility = 0
    display = pv.Show(reader, view)
    pv.ColorBy(display, ("POINTS", variable))
    lut = pv.GetColorTransferFunction(variable)
    lut.ApplyPreset("Viridis (matplotlib)", True)
    display.RescaleTransferFunctionToDataRange(True, False)
    display.SetScalarBarVisibility(view, True)
    view.ResetCamera()
    return reader, view


def main(argv):
    mode, path, variable = argv[0], argv[1], argv[2]
    t0 = time.perf_counter()
    reader, view = open_and_show(path, variable)
    pv.Render(view)
    first = time.perf_counter()
    if len(argv) > 4 and argv[4]:
        pv.SaveScreenshot(argv[4], view)  # to look at what was measured
    print(f"import-ms: {(T_IMPORTED - T_START) * 1000:.0f}")
    print(f"first-frame-ms: {(first - T_START) * 1000:.0f}")
    print(f"launch-first-frame-ms: {ms_since_process_start() - (time.perf_counter() - first) * 1000:.0f}")
    if mode == "play":
        steps = int(argv[3])
        times = list(reader.TimestepValues) or [0.0]
        shown = 0
        t1 = time.perf_counter()
        while shown < steps:
            view.ViewTime = times[shown % len(times)]
            pv.Render(view)
            shown += 1
        rate = shown / (time.perf_counter() - t1)
        print(f"displayed-steps-per-second: {rate:.1f}")
    return 0


if __name__ == "__main__":
    status = main(sys.argv[1:])
    sys.stdout.flush()
    # pvbatch's GLX teardown under Xvfb raises an X error after the work is done; skip it.
    os._exit(status)
