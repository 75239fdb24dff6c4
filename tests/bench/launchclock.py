# SPDX-License-Identifier: GPL-3.0-or-later
"""The peers' side of Estran's launch-first-frame-ms: time since the process started."""
import os
import time


def ms_since_process_start():
    """Milliseconds since this process was started, from the kernel's record of its start
    (clock ticks since boot), as the Estran app prints launch-first-frame-ms: it counts the
    interpreter's and the libraries' loading, which a clock started in the script cannot."""
    with open("/proc/self/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    start_ticks = int(fields[22 - 3])  # man proc: field 22, counted here from field 3
    return time.clock_gettime(time.CLOCK_BOOTTIME) * 1000 - start_ticks * 1000 / os.sysconf("SC_CLK_TCK")
