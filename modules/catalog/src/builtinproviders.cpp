// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinproviders.h"

namespace Estran::Catalog {

void registerBuiltinProviders(ProviderRegistry& registry)
{
    registerStacApiProvider(registry);
    registerStaticStacProvider(registry);
    registerOpenSearchProvider(registry);
    registerCswProvider(registry);
    registerThreddsProvider(registry);
    registerErddapProvider(registry);
}

}  // namespace Estran::Catalog
