// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/levelselector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace Estran::Gui {

LevelSelector::LevelSelector(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(tr("Level:"), this)), m_combo(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    m_label->setBuddy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("Depth or level of the variable shown on the map"));
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0) Q_EMIT currentLevelChanged(index);
    });
    setLevels({}, {}, {});
}

LevelSelector::~LevelSelector() = default;

void LevelSelector::setLevels(const std::vector<double>& levels, const QString& name,
                              const QString& units)
{
    m_updating = true;
    const int previous = m_combo->currentIndex();
    m_combo->clear();
    for (double level : levels) {
        const QString value = QLocale().toString(level, 'g', 6);
        m_combo->addItem(units.isEmpty() ? value : tr("%1 %2").arg(value, units), level);
    }
    if (levels.empty()) {
        m_combo->addItem(tr("(no vertical axis)"));
        m_label->setText(tr("Level:"));
    } else {
        // Name the axis ("depth:") so the user knows what the numbers are.
        m_label->setText(name.isEmpty() ? tr("Level:") : tr("%1:").arg(name));
    }
    setEnabled(!levels.empty());
    m_combo->setCurrentIndex(previous >= 0 && previous < int(levels.size()) ? previous : 0);
    m_updating = false;
}

qint64 LevelSelector::count() const { return isEnabled() ? m_combo->count() : 0; }

qint64 LevelSelector::currentLevel() const { return isEnabled() ? m_combo->currentIndex() : 0; }

void LevelSelector::setCurrentLevel(qint64 index)
{
    if (!isEnabled() || index < 0 || index >= m_combo->count()) return;
    m_combo->setCurrentIndex(int(index));
}

QString LevelSelector::currentText() const { return isEnabled() ? m_combo->currentText() : QString(); }

}  // namespace Estran::Gui
