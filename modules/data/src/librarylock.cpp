// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylock.h"

namespace Estran::Data::detail {

std::recursive_mutex& libraryMutex()
{
    static std::recursive_mutex mutex;
    return mutex;
}

}  // namespace Estran::Data::detail
