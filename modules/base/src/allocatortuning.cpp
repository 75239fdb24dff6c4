// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/base/allocatortuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Estran::Base {

void tuneAllocatorForLargeBuffers()
{
#if defined(__GLIBC__)
    // Buffers up to 32 MiB (glibc's ceiling for this setting on 64-bit; a larger value is
    // refused) come from the heap; up to 512 MiB of free heap top is kept.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif
}

}  // namespace Estran::Base
