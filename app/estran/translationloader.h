// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Estran::App {

/// Installs Estran's and Qt's translations for the chosen language: `code` is "" to follow the
/// system locale, or "en"/"fr". Estran's .qm files are looked up relative to the executable
/// (../share/estran/translations, as in the build tree and an installed tree); Qt's own in
/// Qt's translation directory. Returns the language actually loaded ("en" when none was).
QString installTranslations(const QString& code);

}  // namespace Estran::App
