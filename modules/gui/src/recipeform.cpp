// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/recipeform.h"

#include "estran/base/selectionmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>

#include <cmath>
#include <limits>

namespace Estran::Gui {

using Type = Remote::RecipeParameter::Type;

namespace {

QString degrees(double v, bool lon)
{
    const QLocale locale;
    const char* hemisphere = lon ? (v < 0 ? "W" : "E") : (v < 0 ? "S" : "N");
    return RecipeForm::tr("%1°%2").arg(locale.toString(std::abs(v), 'f', 2), QLatin1String(hemisphere));
}

}  // namespace

RecipeForm::RecipeForm(QWidget* parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

RecipeForm::~RecipeForm() = default;

void RecipeForm::setSelectionModel(Base::SelectionModel* model)
{
    if (m_model) disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) connect(m_model, &Base::SelectionModel::selectionChanged, this, &RecipeForm::updateFromSelection);
    updateFromSelection();
}

void RecipeForm::setRecipe(const Remote::Recipe& recipe)
{
    m_recipe = recipe;
    while (m_form->rowCount() > 0) m_form->removeRow(0);
    m_editors.clear();
    m_selectionLabels.clear();
    bool followsSelection = false;
    for (const Remote::RecipeParameter& p : m_recipe.parameters) {
        QWidget* editor = createEditor(p);
        QString label = p.label.isEmpty() ? p.name : p.label;
        auto* labelWidget = new QLabel(p.required ? tr("%1 *").arg(label) : label);
        labelWidget->setToolTip(p.help);
        labelWidget->setBuddy(editor);
        editor->setToolTip(p.help.isEmpty() ? p.name : tr("%1\n(%2)").arg(p.help, p.name));
        m_form->addRow(labelWidget, editor);
        followsSelection = followsSelection || p.type == Type::Area || p.type == Type::Period;
    }
    if (followsSelection) {
        auto* note = new QLabel(tr("Area and period follow the selection panel."));
        note->setObjectName(QStringLiteral("selectionNote"));
        note->setWordWrap(true);
        QFont f = note->font();
        f.setItalic(true);
        note->setFont(f);
        note->setForegroundRole(QPalette::PlaceholderText);
        m_form->addRow(note);
    }
    if (m_recipe.parameters.isEmpty()) {
        auto* none = new QLabel(tr("This recipe has no parameters."));
        none->setForegroundRole(QPalette::PlaceholderText);
        m_form->addRow(none);
    }
    updateFromSelection();
    Q_EMIT changed();
}

QWidget* RecipeForm::createEditor(const Remote::RecipeParameter& p)
{
    QWidget* editor = nullptr;
    const QVariant& d = p.defaultValue;
    switch (p.type) {
    case Type::String: {
        auto* e = new QLineEdit(d.toString());
        connect(e, &QLineEdit::textChanged, this, &RecipeForm::changed);
        editor = e;
        break;
    }
    case Type::Text: {
        auto* e = new QPlainTextEdit(d.toString());
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        e->setTabChangesFocus(true);
        e->setMinimumHeight(e->fontMetrics().lineSpacing() * 7);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
        connect(e, &QPlainTextEdit::textChanged, this, &RecipeForm::changed);
        editor = e;
        break;
    }
    case Type::Integer: {
        auto* e = new QSpinBox;
        const auto lo = double(std::numeric_limits<int>::min()), hi = double(std::numeric_limits<int>::max());
        e->setRange(int(std::max(lo, p.minimum.value_or(lo))), int(std::min(hi, p.maximum.value_or(hi))));
        e->setValue(d.isValid() ? d.toInt() : std::max(e->minimum(), 0));
        connect(e, &QSpinBox::valueChanged, this, &RecipeForm::changed);
        editor = e;
        break;
    }
    case Type::Number: {
        auto* e = new QDoubleSpinBox;
        e->setDecimals(6);
        e->setRange(p.minimum.value_or(-1e12), p.maximum.value_or(1e12));
        e->setValue(d.isValid() ? d.toDouble() : std::max(e->minimum(), 0.0));
        e->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        connect(e, &QDoubleSpinBox::valueChanged, this, &RecipeForm::changed);
        editor = e;
        break;
    }
    case Type::Boolean: {
        auto* e = new QCheckBox;
        e->setChecked(d.toBool());
        connect(e, &QCheckBox::toggled, this, &RecipeForm::changed);
        editor = e;
        break;
    }
    case Type::Choice: {
        auto* e = new QComboBox;
        e->addItems(p.choices);
        const int i = e->findText(d.toString());
        if (i >= 0) e->setCurrentIndex(i);
        connect(e, &QComboBox::currentIndexChanged, this, &RecipeForm::changed);
        editor = e;
        break;
    }
    case Type::Variable: {
        auto* e = new QComboBox;
        e->setEditable(true);
        e->setInsertPolicy(QComboBox::NoInsert);
        e->lineEdit()->setPlaceholderText(tr("first variable of the selection"));
        e->setEditText(d.toString());
        connect(e, &QComboBox::editTextChanged, this, &RecipeForm::changed);
        editor = e;
        break;
    }
    case Type::Path: {
        auto* box = new QWidget;
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto* e = new QLineEdit(d.toString());
        e->setObjectName(QStringLiteral("path"));
        e->setPlaceholderText(tr("a file or folder on the host"));
        auto* browse = new QToolButton;
        browse->setText(tr("…"));
        browse->setToolTip(tr("Browse the host's files"));
        row->addWidget(e, 1);
        row->addWidget(browse);
        connect(e, &QLineEdit::textChanged, this, &RecipeForm::changed);
        connect(browse, &QToolButton::clicked, this, [this, name = p.name] { Q_EMIT browseRequested(name); });
        editor = box;
        break;
    }
    case Type::Area:
    case Type::Period: {
        auto* e = new QLabel;
        e->setWordWrap(true);
        e->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_selectionLabels.insert(p.name, e);
        editor = e;
        break;
    }
    }
    editor->setObjectName(p.name);
    m_editors.insert(p.name, editor);
    return editor;
}

void RecipeForm::updateFromSelection()
{
    const Base::Selection selection = m_model ? m_model->selection() : Base::Selection();
    for (const Remote::RecipeParameter& p : m_recipe.parameters) {
        if (QLabel* label = m_selectionLabels.value(p.name)) {
            if (p.type == Type::Area) {
                const auto box = selection.boundingBox();
                label->setText(box ? tr("%1 to %2, %3 to %4")
                                         .arg(degrees(box->west, true), degrees(box->east, true),
                                              degrees(box->south, false), degrees(box->north, false))
                                   : tr("whole world (no area selected)"));
            } else {
                const QString start = selection.timeStart.isEmpty() ? tr("open") : selection.timeStart;
                const QString end = selection.timeEnd.isEmpty() ? tr("open") : selection.timeEnd;
                label->setText(selection.timeStart.isEmpty() && selection.timeEnd.isEmpty()
                                   ? tr("all times (no period selected)")
                                   : tr("%1 → %2").arg(start, end));
            }
        } else if (p.type == Type::Variable) {
            auto* combo = qobject_cast<QComboBox*>(m_editors.value(p.name));
            if (!combo) continue;
            const QString typed = combo->currentText();
            combo->blockSignals(true);
            combo->clear();
            combo->addItems(selection.variables);
            combo->setEditText(typed);
            combo->blockSignals(false);
        }
    }
}

QString RecipeForm::selectionText(const QString& name) const
{
    QLabel* label = m_selectionLabels.value(name);
    return label ? label->text() : QString();
}

QVariantMap RecipeForm::values() const
{
    QVariantMap v;
    for (const Remote::RecipeParameter& p : m_recipe.parameters) {
        QWidget* w = m_editors.value(p.name);
        switch (p.type) {
        case Type::String: v.insert(p.name, static_cast<QLineEdit*>(w)->text()); break;
        case Type::Text: v.insert(p.name, static_cast<QPlainTextEdit*>(w)->toPlainText()); break;
        case Type::Integer: v.insert(p.name, static_cast<QSpinBox*>(w)->value()); break;
        case Type::Number: v.insert(p.name, static_cast<QDoubleSpinBox*>(w)->value()); break;
        case Type::Boolean: v.insert(p.name, static_cast<QCheckBox*>(w)->isChecked()); break;
        case Type::Choice: v.insert(p.name, static_cast<QComboBox*>(w)->currentText()); break;
        case Type::Variable: {
            const QString text = static_cast<QComboBox*>(w)->currentText().trimmed();
            if (!text.isEmpty()) v.insert(p.name, text);
            break;
        }
        case Type::Path: {
            const QString text = w->findChild<QLineEdit*>(QStringLiteral("path"))->text().trimmed();
            if (!text.isEmpty()) v.insert(p.name, text);
            break;
        }
        case Type::Area:
        case Type::Period: break;
        }
    }
    return v;
}

bool RecipeForm::setValue(const QString& name, const QVariant& value)
{
    QWidget* w = m_editors.value(name);
    if (!w) return false;
    if (auto* e = qobject_cast<QLineEdit*>(w)) e->setText(value.toString());
    else if (auto* t = qobject_cast<QPlainTextEdit*>(w)) t->setPlainText(value.toString());
    else if (auto* s = qobject_cast<QSpinBox*>(w)) s->setValue(value.toInt());
    else if (auto* n = qobject_cast<QDoubleSpinBox*>(w)) n->setValue(value.toDouble());
    else if (auto* c = qobject_cast<QCheckBox*>(w)) c->setChecked(value.toBool());
    else if (auto* b = qobject_cast<QComboBox*>(w)) {
        if (b->isEditable()) b->setEditText(value.toString());
        else {
            const int i = b->findText(value.toString());
            if (i < 0) return false;
            b->setCurrentIndex(i);
        }
    } else if (auto* path = w->findChild<QLineEdit*>(QStringLiteral("path"))) path->setText(value.toString());
    else return false;
    return true;
}

}  // namespace Estran::Gui
