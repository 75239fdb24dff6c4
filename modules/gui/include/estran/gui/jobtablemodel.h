// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/gui/gui_export.h"
#include "estran/remote/jobjournal.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Estran::Gui {

/// The jobs of the journal, newest first: name, profile, state (icon and colour), submitted,
/// duration and exit code or reason. A job whose host cannot be reached shows "reconnecting in
/// N s" until the next round succeeds; tick() refreshes that countdown and running durations.
/// GUI thread only.
class ESTRAN_GUI_EXPORT JobTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)
public:
    enum Column { NameColumn, ProfileColumn, StateColumn, SubmittedColumn, DurationColumn, ExitColumn, ColumnCount };
    /// The entry's key, on every column.
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit JobTableModel(QObject* parent = nullptr);
    ~JobTableModel() override;

    void setEntries(const QList<Remote::JournalEntry>& entries);
    /// Replaces the entry with the same key, or inserts it at the top.
    void upsert(const Remote::JournalEntry& entry);
    void remove(const QString& key);
    int rowOf(const QString& key) const;
    const Remote::JournalEntry* entry(int row) const;
    const Remote::JournalEntry* entry(const QString& key) const;

    /// The host of this job cannot be reached: shown until clearProblem() or the next upsert().
    void setProblem(const QString& key, const QString& message, const QDateTime& retryAt);
    void clearProblem(const QString& key);
    /// Whether a follower is attached (shown as "following" in the tooltip).
    void setFollowing(const QString& key, bool following);
    bool isFollowing(const QString& key) const { return m_following.contains(key); }
    /// The state column's text for a key (for tests and the status line).
    QString stateText(const QString& key) const;
    /// Refreshes countdowns and running durations.
    void tick();
    /// Recipe id → title, for the job column ("Time mean · 4567").
    void setRecipeTitles(const QHash<QString, QString>& titles);

    static QString stateName(Remote::JobState state);
    static QColor stateColour(Remote::JobState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Problem {
        QString message;
        QDateTime retryAt;
    };
    QList<Remote::JournalEntry> m_entries;
    QHash<QString, Problem> m_problems;
    QHash<QString, bool> m_following;
    QHash<QString, QString> m_recipeTitles;
};

}  // namespace Estran::Gui
