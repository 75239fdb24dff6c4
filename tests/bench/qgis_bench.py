# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS side of the Estran benchmarks (PyQGIS, no window; run with Debian's python3):

    QT_QPA_PLATFORM=offscreen python3 qgis_bench.py first-frame FILE VAR [OUT.png]
    QT_QPA_PLATFORM=offscreen python3 qgis_bench.py play FILE VAR STEPS

The layer is GDAL's netCDF driver on NETCDF:"FILE":VAR, one band per time step, drawn with a
viridis pseudo-colour renderer stretched to the band's min/max (what Estran's automatic range
does), into a 1280x720 image with QGIS's map renderer. Prints the keys Estran's hooks print;
the first-frame clock starts before the QGIS modules are imported, as Estran's starts before
its window exists.
"""
import os
import sys
import time

T_START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: QGIS renders to an image
from qgis.core import (  # noqa: E402
    QgsApplication, QgsColorRampShader, QgsMapRendererSequentialJob, QgsMapSettings,
    QgsRasterBandStats, QgsRasterLayer, QgsRasterShader, QgsSingleBandPseudoColorRenderer,
    QgsStyle)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

T_IMPORTED = time.perf_counter()
# The launch clock shared with paraview_bench.py, beside this script.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from launchclock import ms_since_process_start  # noqa: E402



def style_band(layer, band):
    provider = layer.dataProvider()
    stats = provider.bandStatistics(band, QgsRasterBandStats.Min | QgsRasterBandStats.Max)
    ramp = QgsStyle.defaultStyle().colorRamp("Viridis")
    shader_fn = QgsColorRampShader(stats.minimumValue, stats.maximumValue, ramp)
    shader_fn.classifyColorRamp(255)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_fn)
    renderer = QgsSingleBandPseudoColorRenderer(provider, band, shader)
    renderer.setClassificationMin(stats.minimumValue)
    renderer.setClassificationMax(stats.maximumValue)
    layer.setRenderer(renderer)


def render(settings):
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def main(argv):
    mode, path, variable = argv[0], argv[1], argv[2]
    app = QgsApplication([], False)
    QgsApplication.setPrefixPath("/usr", True)
    app.initQgis()

    t0 = time.perf_counter()
    layer = QgsRasterLayer(f'NETCDF:"{path}":{variable}', variable, "gdal")
    if not layer.isValid():
        print(f"{path}: QGIS could not open {variable}: {layer.error().summary()}", file=sys.stderr)
        return 1
    style_band(layer, 1)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(1280, 720))
    settings.setBackgroundColor(QColor(255, 255, 255))
    image = render(settings)
    first = time.perf_counter()
    print(f"import-ms: {(T_IMPORTED - T_START) * 1000:.0f}")
    print(f"first-frame-ms: {(first - T_START) * 1000:.0f}")
    print(f"launch-first-frame-ms: {ms_since_process_start() - (time.perf_counter() - first) * 1000:.0f}")
    if mode == "first-frame" and len(argv) > 3:
        image.save(argv[3])
    if mode == "play":
        steps = int(argv[3])
        bands = layer.bandCount()
        t1 = time.perf_counter()
        for shown in range(steps):
            style_band(layer, shown % bands + 1)
            render(settings)
        print(f"displayed-steps-per-second: {steps / (time.perf_counter() - t1):.1f}")
    return 0


if __name__ == "__main__":
    status = main(sys.argv[1:])
    sys.stdout.flush()
    # QgsApplication's teardown crashes in some PyQGIS builds after the work is done; the
    # figures are printed, so leave without it.
    os._exit(status)
