// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/catalog/queryable.h"
#include "estran/gui/gui_export.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <optional>

class QLineEdit;
class QToolButton;

namespace Estran::Gui {

/// The catalogue search's filter: an expression such as `eo:cloud_cover < 20 and platform =
/// 'sentinel-2a'` (Catalog::Cql2Expression), checked as it is typed, with a Fields button that
/// lists what the catalogues can filter on and inserts a name at the cursor. The owner fetches
/// the queryables when fieldsRequested() is emitted and hands them over with setQueryables().
/// GUI thread only.
class ESTRAN_GUI_EXPORT FilterEdit final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterEdit)
public:
    explicit FilterEdit(QWidget* parent = nullptr);
    ~FilterEdit() override;

    QString text() const;
    void setText(const QString& text);
    /// The CQL2-JSON filter; nullopt when the field is empty. An invalid expression is not a
    /// filter: problem() says why.
    std::optional<QJsonObject> filter() const;
    /// Why the expression cannot be sent, or empty.
    QString problem() const;

    /// What the catalogues can filter on; `note` says where they come from or why there are none.
    void setQueryables(const QList<Catalog::Queryable>& queryables, const QString& note = {});
    const QList<Catalog::Queryable>& queryables() const { return m_queryables; }
    /// Forgets them (the collection changed): names are no longer checked until reloaded.
    void clearQueryables();
    /// Shows the fields menu (after setQueryables() when the user asked for it).
    void showFieldsMenu();

Q_SIGNALS:
    /// The user wants the list of fields and none has been loaded yet.
    void fieldsRequested();
    void returnPressed();

private:
    static QString help();
    void validate();
    QLineEdit* m_edit;
    QToolButton* m_fields;
    QList<Catalog::Queryable> m_queryables;
    QString m_note;
    bool m_loaded = false;
    bool m_menuPending = false;
    QString m_problem;
};

}  // namespace Estran::Gui
