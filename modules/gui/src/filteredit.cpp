// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/filteredit.h"

#include "estran/catalog/cql2expression.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace Estran::Gui {

namespace {

QString describe(const Catalog::Queryable& q)
{
    QString text = q.name + QStringLiteral("  (") + Catalog::Queryable::typeName(q.type);
    if (q.minimum || q.maximum) {
        text += QStringLiteral(", %1 to %2").arg(q.minimum ? QString::number(*q.minimum) : QStringLiteral("…"),
                                                  q.maximum ? QString::number(*q.maximum) : QStringLiteral("…"));
    }
    text += u')';
    if (!q.title.isEmpty() && q.title != q.name) text += QStringLiteral(" — ") + q.title;
    return text;
}

}  // namespace

FilterEdit::FilterEdit(QWidget* parent) : QWidget(parent), m_edit(new QLineEdit), m_fields(new QToolButton)
{
    m_edit->setPlaceholderText(tr("e.g. eo:cloud_cover < 20 (STAC catalogues)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(help());
    m_fields->setText(tr("Fields"));
    m_fields->setToolTip(tr("What the enabled STAC catalogues can filter on (for the collection typed above, if one)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_fields);
    connect(m_edit, &QLineEdit::textChanged, this, &FilterEdit::validate);
    connect(m_edit, &QLineEdit::returnPressed, this, &FilterEdit::returnPressed);
    connect(m_fields, &QToolButton::clicked, this, [this] {
        if (m_loaded) {
            showFieldsMenu();
            return;
        }
        m_menuPending = true;
        m_fields->setEnabled(false);
        m_fields->setText(tr("Loading…"));
        Q_EMIT fieldsRequested();
    });
}

FilterEdit::~FilterEdit() = default;

QString FilterEdit::help()
{
    return tr("A filter on item properties, sent as CQL2 to STAC catalogues: comparisons (=, <>, <, <=, >, >=), "
              "in (...), like, joined by and / or");
}

void FilterEdit::clearQueryables()
{
    m_queryables.clear();
    m_note.clear();
    m_loaded = false;
    validate();
}

QString FilterEdit::text() const { return m_edit->text(); }
void FilterEdit::setText(const QString& text) { m_edit->setText(text); }
QString FilterEdit::problem() const { return m_problem; }

std::optional<QJsonObject> FilterEdit::filter() const
{
    if (m_edit->text().trimmed().isEmpty()) return std::nullopt;
    Base::Result<QJsonObject> parsed = Catalog::Cql2Expression::parse(m_edit->text(), m_queryables);
    if (!parsed) return std::nullopt;
    return *parsed;
}

void FilterEdit::setQueryables(const QList<Catalog::Queryable>& queryables, const QString& note)
{
    m_queryables = queryables;
    m_note = note;
    m_loaded = true;
    m_fields->setEnabled(true);
    m_fields->setText(tr("Fields"));
    validate();
    if (m_menuPending) {
        m_menuPending = false;
        showFieldsMenu();
    }
}

void FilterEdit::showFieldsMenu()
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_note.isEmpty()) menu->addSection(m_note);
    for (const Catalog::Queryable& q : m_queryables) {
        if (q.type == Catalog::Queryable::Type::Geometry || q.type == Catalog::Queryable::Type::Object) continue;
        menu->addAction(describe(q), this, [this, name = q.name] {
            m_edit->insert(name + u' ');
            m_edit->setFocus();
        });
    }
    if (m_queryables.isEmpty()) menu->addAction(tr("No filterable properties"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Reload the fields"), this, [this] {
        m_loaded = false;
        m_fields->click();
    });
    // popup(), not exec(): no nested event loop.
    menu->popup(m_fields->mapToGlobal(QPoint(0, m_fields->height())));
}

void FilterEdit::validate()
{
    m_problem.clear();
    if (!m_edit->text().trimmed().isEmpty()) {
        Base::Result<QJsonObject> parsed = Catalog::Cql2Expression::parse(m_edit->text(), m_queryables);
        if (!parsed) m_problem = parsed.error().message();
    }
    m_edit->setStyleSheet(m_problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c03030; }"));
    m_edit->setToolTip(m_problem.isEmpty() ? help() : m_problem);
}

}  // namespace Estran::Gui
