// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Estran::Catalog {

class ProviderRegistry;

// Each built-in provider registers itself from its own source file, through the same
// ProviderRegistry::add() a plugin uses.
/// Registers every built-in provider; defined in builtinproviders.cpp.
void registerBuiltinProviders(ProviderRegistry& registry);

void registerStacApiProvider(ProviderRegistry& registry);
void registerStaticStacProvider(ProviderRegistry& registry);
void registerOpenSearchProvider(ProviderRegistry& registry);
void registerCswProvider(ProviderRegistry& registry);
void registerThreddsProvider(ProviderRegistry& registry);
void registerErddapProvider(ProviderRegistry& registry);

}  // namespace Estran::Catalog
