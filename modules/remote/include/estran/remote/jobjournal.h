// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/remote/jobinfo.h"
#include "estran/remote/remote_export.h"
#include "estran/remote/scheduler.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

namespace Estran::Remote {

/// Everything needed to follow a job again after the application (or estran-cli) restarts.
struct JournalEntry {
    QString key;            ///< unique, also the file name: <key>.json
    QString profilePath;    ///< the profile file ("" with profileName "local": the embedded default)
    QString profileName;
    SubmittedJob job;
    QString recipe;         ///< recipe id, or "" for a plain script
    QVariantMap parameters;
    QString fetchDir;       ///< local folder where results arrive
    QDateTime submitted;    ///< UTC
    JobInfo last;           ///< the last state seen
    qint64 stdoutOffset = 0;  ///< bytes of stdout.log already shown
    qint64 stderrOffset = 0;
    /// Remote output files already brought back, with the size and modification time they had
    /// (a file that changes again is fetched again: growing time series).
    QMap<QString, QString> fetched;  ///< relative path -> "size:mtime"
};

/// The jobs a user has submitted, one JSON file per job in a folder, each written atomically, so
/// the app and estran-cli can share the journal without locking each other out.
class ESTRAN_REMOTE_EXPORT JobJournal {
public:
    /// ~/.local/share/Estran/jobs ($XDG_DATA_HOME/Estran/jobs: GenericDataLocation, not
    /// AppDataLocation, so the app and estran-cli, two applications, share it).
    static QString defaultDirectory();
    explicit JobJournal(QString directory = defaultDirectory());

    QString directory() const { return m_directory; }
    /// Every entry, newest first; unreadable files are reported (Error names the file) and skipped.
    [[nodiscard]] QList<JournalEntry> entries(QList<Base::Error>* problems = nullptr) const;
    [[nodiscard]] Base::Result<JournalEntry> entry(const QString& key) const;
    /// Writes (or replaces) one entry atomically; assigns a key when it has none.
    [[nodiscard]] Base::Result<void> save(JournalEntry& entry) const;
    [[nodiscard]] Base::Result<void> remove(const QString& key) const;
    /// Records a job's state alone: the entry is read again just before it is written, so the
    /// offsets and fetched files a follower (the app) saved meanwhile are kept.
    [[nodiscard]] Base::Result<void> saveState(const QString& key, const JobInfo& state) const;

    /// The error to show when a job was submitted but its entry could not be saved: the job
    /// runs, so the message gives its id and folder for the user to follow or cancel it by hand.
    Base::Error notRecorded(const SubmittedJob& job, const Base::Error& why) const;

private:
    QString m_directory;
};

}  // namespace Estran::Remote
