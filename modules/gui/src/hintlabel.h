// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;

namespace Estran::Gui {

/// A hint under a control: wrapped, selectable (to copy an error), in the placeholder colour so
/// it reads as secondary to the controls around it.
QLabel* createHintLabel(const QString& text = {});

}  // namespace Estran::Gui
