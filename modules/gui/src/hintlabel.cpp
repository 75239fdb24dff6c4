// SPDX-License-Identifier: GPL-3.0-or-later
#include "hintlabel.h"

#include <QLabel>

namespace Estran::Gui {

QLabel* createHintLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

}  // namespace Estran::Gui
