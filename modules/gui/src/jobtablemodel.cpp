// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/gui/jobtablemodel.h"

#include <QColor>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace Estran::Gui {

using Remote::JobState;

namespace {

QString durationText(qint64 seconds)
{
    if (seconds < 0) return {};
    const qint64 h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60;
    if (h > 0) return JobTableModel::tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    if (m > 0) return JobTableModel::tr("%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return JobTableModel::tr("%1 s").arg(s);
}

// A filled dot in the state's colour: readable at a glance in a long list, and the same on
// every platform theme (standard icons have no "queued" or "timed out").
QIcon stateIcon(JobState state, bool problem)
{
    static QHash<int, QIcon> cache;
    const int key = int(state) * 2 + (problem ? 1 : 0);
    auto it = cache.find(key);
    if (it != cache.end()) return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = problem ? QColor(0xef, 0x6c, 0x00) : JobTableModel::stateColour(state);
    painter.setPen(QPen(colour.darker(130), 2));
    painter.setBrush(state == JobState::Queued && !problem ? Qt::NoBrush : QBrush(colour));
    painter.drawEllipse(QRectF(5, 5, 22, 22));
    painter.end();
    return *cache.insert(key, QIcon(pixmap));
}

QString profileText(const Remote::JournalEntry& e)
{
    if (e.profilePath.isEmpty()) return JobTableModel::tr("This computer");
    return e.profileName.isEmpty() ? QFileInfo(e.profilePath).completeBaseName() : e.profileName;
}

}  // namespace

JobTableModel::JobTableModel(QObject* parent) : QAbstractTableModel(parent) {}

JobTableModel::~JobTableModel() = default;

QString JobTableModel::stateName(JobState state)
{
    switch (state) {
    case JobState::Queued: return tr("queued");
    case JobState::Running: return tr("running");
    case JobState::Completed: return tr("completed");
    case JobState::Failed: return tr("failed");
    case JobState::Cancelled: return tr("cancelled");
    case JobState::TimedOut: return tr("timed out");
    case JobState::Unknown: break;
    }
    return tr("unknown");
}

QColor JobTableModel::stateColour(JobState state)
{
    switch (state) {
    case JobState::Queued: return QColor(0x90, 0x90, 0x90);
    case JobState::Running: return QColor(0x1e, 0x88, 0xe5);
    case JobState::Completed: return QColor(0x2e, 0x9d, 0x4f);
    case JobState::Failed: return QColor(0xd3, 0x2f, 0x2f);
    case JobState::Cancelled: return QColor(0x75, 0x75, 0x75);
    case JobState::TimedOut: return QColor(0xf5, 0x7c, 0x00);
    case JobState::Unknown: break;
    }
    return QColor(0xb0, 0xb0, 0xb0);
}

void JobTableModel::setEntries(const QList<Remote::JournalEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const auto& a, const auto& b) { return a.submitted > b.submitted; });
    m_problems.clear();
    endResetModel();
}

void JobTableModel::upsert(const Remote::JournalEntry& entry)
{
    m_problems.remove(entry.key);
    const int row = rowOf(entry.key);
    if (row >= 0) {
        m_entries[row] = entry;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

void JobTableModel::remove(const QString& key)
{
    const int row = rowOf(key);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    m_problems.remove(key);
    m_following.remove(key);
}

int JobTableModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key) return i;
    }
    return -1;
}

const Remote::JournalEntry* JobTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

const Remote::JournalEntry* JobTableModel::entry(const QString& key) const { return entry(rowOf(key)); }

void JobTableModel::setProblem(const QString& key, const QString& message, const QDateTime& retryAt)
{
    m_problems.insert(key, {message, retryAt});
    const int row = rowOf(key);
    if (row >= 0) Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobTableModel::clearProblem(const QString& key)
{
    if (!m_problems.remove(key)) return;
    const int row = rowOf(key);
    if (row >= 0) Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobTableModel::setFollowing(const QString& key, bool following)
{
    if (following) m_following.insert(key, true);
    else m_following.remove(key);
    const int row = rowOf(key);
    if (row >= 0) Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
}

QString JobTableModel::stateText(const QString& key) const
{
    const int row = rowOf(key);
    return row < 0 ? QString() : data(index(row, StateColumn)).toString();
}

void JobTableModel::tick()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const Remote::JournalEntry& e = m_entries[row];
        if (m_problems.contains(e.key)) Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
        if (!e.last.isFinished()) Q_EMIT dataChanged(index(row, DurationColumn), index(row, DurationColumn));
    }
}

int JobTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int JobTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant JobTableModel::data(const QModelIndex& index, int role) const
{
    const Remote::JournalEntry* e = entry(index.row());
    if (!e) return {};
    if (role == KeyRole) return e->key;
    const Remote::JobInfo& info = e->last;
    const auto problem = m_problems.constFind(e->key);
    const bool hasProblem = problem != m_problems.cend() && !info.isFinished();
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole) {
            const QString what = !e->recipe.isEmpty() ? m_recipeTitles.value(e->recipe, e->recipe)
                                                      : (info.name.isEmpty() ? tr("script") : info.name);
            return e->job.id.isEmpty() ? what : tr("%1 · %2").arg(what, e->job.id);
        }
        if (role == Qt::ToolTipRole) {
            return tr("Job %1 on %2\nFolder: %3\nResults: %4")
                .arg(e->job.id, profileText(*e), e->job.jobDir, e->fetchDir);
        }
        break;
    case ProfileColumn:
        if (role == Qt::DisplayRole) return profileText(*e);
        if (role == Qt::ToolTipRole) return e->profilePath.isEmpty() ? tr("the embedded default profile") : e->profilePath;
        break;
    case StateColumn:
        if (role == Qt::DisplayRole) {
            if (hasProblem) {
                const qint64 s = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(problem->retryAt));
                return s > 0 ? tr("reconnecting in %1 s").arg(s) : tr("reconnecting…");
            }
            return stateName(info.state);
        }
        if (role == Qt::DecorationRole) return stateIcon(info.state, hasProblem);
        if (role == Qt::ForegroundRole && (info.state == JobState::Failed || info.state == JobState::TimedOut)) {
            return stateColour(info.state);
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines{stateName(info.state)};
            if (!info.reason.isEmpty()) lines << info.reason;
            if (hasProblem) lines << problem->message;
            if (m_following.contains(e->key)) lines << tr("following: output and results arrive as they are written");
            return lines.join(u'\n');
        }
        break;
    case SubmittedColumn:
        if (role == Qt::DisplayRole && e->submitted.isValid()) {
            // Today's jobs by their time only: the column stays narrow in a side panel.
            const QDateTime local = e->submitted.toLocalTime();
            return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                        : QLocale().toString(local, QLocale::ShortFormat);
        }
        if (role == Qt::ToolTipRole && e->submitted.isValid()) return e->submitted.toString(Qt::ISODate);
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole && info.started.isValid()) {
            const QDateTime end = info.ended.isValid() ? info.ended : QDateTime::currentDateTimeUtc();
            return durationText(info.started.secsTo(end));
        }
        break;
    case ExitColumn:
        if (role == Qt::DisplayRole) {
            if (info.exitCode && !info.reason.isEmpty() && info.state != JobState::Completed) {
                return tr("%1 (%2)").arg(*info.exitCode).arg(info.reason);
            }
            if (info.exitCode) return QString::number(*info.exitCode);
            return info.reason;
        }
        if (role == Qt::ToolTipRole) return info.reason;
        if (role == Qt::TextAlignmentRole) return int(Qt::AlignLeft | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

void JobTableModel::setRecipeTitles(const QHash<QString, QString>& titles)
{
    m_recipeTitles = titles;
    if (!m_entries.isEmpty()) Q_EMIT dataChanged(index(0, NameColumn), index(int(m_entries.size()) - 1, NameColumn));
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Job");
    case ProfileColumn: return tr("Profile");
    case StateColumn: return tr("State");
    case SubmittedColumn: return tr("Submitted");
    case DurationColumn: return tr("Duration");
    case ExitColumn: return tr("Exit");
    default: break;
    }
    return {};
}

}  // namespace Estran::Gui
