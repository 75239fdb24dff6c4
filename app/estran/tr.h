// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Estran::App {

/// Translation context for code of the application that is not inside a QObject
/// (lupdate reads the context from Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Estran::App)
};

}  // namespace Estran::App
