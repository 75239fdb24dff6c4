// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/jobjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Estran::Remote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

constexpr int kFormat = 1;

const QRegularExpression& keyPattern()
{
    // Keys become file names: nothing that could leave the folder or hide the file.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"));
    return re;
}

QString isoTime(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime fromIso(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid()) t = t.toUTC();
    return t;
}

JobState stateFromName(const QString& name)
{
    for (JobState s : {JobState::Queued, JobState::Running, JobState::Completed, JobState::Failed, JobState::Cancelled,
                       JobState::TimedOut}) {
        if (jobStateName(s) == name) return s;
    }
    return JobState::Unknown;
}

QJsonObject toJson(const JournalEntry& e)
{
    QJsonObject last{{QStringLiteral("id"), e.last.id},
                     {QStringLiteral("name"), e.last.name},
                     {QStringLiteral("queue"), e.last.queue},
                     {QStringLiteral("state"), jobStateName(e.last.state)},
                     {QStringLiteral("exit_code"), e.last.exitCode ? QJsonValue(*e.last.exitCode) : QJsonValue()},
                     {QStringLiteral("reason"), e.last.reason},
                     {QStringLiteral("submitted"), isoTime(e.last.submitted)},
                     {QStringLiteral("started"), isoTime(e.last.started)},
                     {QStringLiteral("ended"), isoTime(e.last.ended)}};
    QJsonObject fetched;
    for (auto it = e.fetched.begin(); it != e.fetched.end(); ++it) fetched.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("key"), e.key},
                       {QStringLiteral("profile_path"), e.profilePath},
                       {QStringLiteral("profile_name"), e.profileName},
                       {QStringLiteral("job_id"), e.job.id},
                       {QStringLiteral("job_dir"), e.job.jobDir},
                       {QStringLiteral("recipe"), e.recipe},
                       {QStringLiteral("parameters"), QJsonObject::fromVariantMap(e.parameters)},
                       {QStringLiteral("fetch_dir"), e.fetchDir},
                       {QStringLiteral("submitted"), isoTime(e.submitted)},
                       {QStringLiteral("last"), last},
                       // Offsets as numbers: doubles hold byte counts exactly up to 2^53.
                       {QStringLiteral("stdout_offset"), double(e.stdoutOffset)},
                       {QStringLiteral("stderr_offset"), double(e.stderrOffset)},
                       {QStringLiteral("fetched"), fetched}};
}

Base::Result<JournalEntry> fromJson(const QJsonObject& o, const QString& where)
{
    const auto bad = [&where](const QString& field) {
        return Base::Error(Base::Error::Kind::InvalidInput, where, tr("Field \"%1\": missing or of the wrong type").arg(field));
    };
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return Base::Error(Base::Error::Kind::Unsupported, where, tr("Unknown job journal format"),
                           QString::number(o.value(QStringLiteral("format")).toInt()));
    JournalEntry e;
    for (const char* key : {"key", "profile_path", "profile_name", "job_id", "job_dir", "recipe", "fetch_dir", "submitted"}) {
        if (!o.value(QLatin1String(key)).isString()) return bad(QLatin1String(key));
    }
    e.key = o.value(QStringLiteral("key")).toString();
    if (!keyPattern().match(e.key).hasMatch()) return bad(QStringLiteral("key"));
    e.profilePath = o.value(QStringLiteral("profile_path")).toString();
    e.profileName = o.value(QStringLiteral("profile_name")).toString();
    e.job.id = o.value(QStringLiteral("job_id")).toString();
    e.job.jobDir = o.value(QStringLiteral("job_dir")).toString();
    if (e.job.jobDir.isEmpty()) return bad(QStringLiteral("job_dir"));
    e.recipe = o.value(QStringLiteral("recipe")).toString();
    e.fetchDir = o.value(QStringLiteral("fetch_dir")).toString();
    e.submitted = fromIso(o.value(QStringLiteral("submitted")));
    if (!o.value(QStringLiteral("parameters")).isObject()) return bad(QStringLiteral("parameters"));
    e.parameters = o.value(QStringLiteral("parameters")).toObject().toVariantMap();
    const QJsonValue last = o.value(QStringLiteral("last"));
    if (!last.isObject()) return bad(QStringLiteral("last"));
    const QJsonObject l = last.toObject();
    e.last.id = l.value(QStringLiteral("id")).toString();
    e.last.name = l.value(QStringLiteral("name")).toString();
    e.last.queue = l.value(QStringLiteral("queue")).toString();
    e.last.state = stateFromName(l.value(QStringLiteral("state")).toString());
    if (l.value(QStringLiteral("exit_code")).isDouble()) e.last.exitCode = l.value(QStringLiteral("exit_code")).toInt();
    e.last.reason = l.value(QStringLiteral("reason")).toString();
    e.last.submitted = fromIso(l.value(QStringLiteral("submitted")));
    e.last.started = fromIso(l.value(QStringLiteral("started")));
    e.last.ended = fromIso(l.value(QStringLiteral("ended")));
    for (const char* key : {"stdout_offset", "stderr_offset"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < 0) return bad(QLatin1String(key));
    }
    e.stdoutOffset = qint64(o.value(QStringLiteral("stdout_offset")).toDouble());
    e.stderrOffset = qint64(o.value(QStringLiteral("stderr_offset")).toDouble());
    const QJsonValue fetched = o.value(QStringLiteral("fetched"));
    if (!fetched.isObject()) return bad(QStringLiteral("fetched"));
    const QJsonObject f = fetched.toObject();
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (!it.value().isString()) return bad(QStringLiteral("fetched.") + it.key());
        e.fetched.insert(it.key(), it.value().toString());
    }
    return e;
}

QString newKey()
{
    // Time first so keys sort like submissions; the random tail keeps two submissions in the
    // same millisecond (the app and estran-cli) apart.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'-' +
           QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
}

}  // namespace

QString JobJournal::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("Estran/jobs"));
}

JobJournal::JobJournal(QString directory) : m_directory(std::move(directory)) {}

QList<JournalEntry> JobJournal::entries(QList<Base::Error>* problems) const
{
    QList<JournalEntry> list;
    const QDir dir(m_directory);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            if (problems) problems->append(Base::Error(Base::Error::Kind::Io, path, tr("Cannot read the job file"), f.errorString()));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            if (problems)
                problems->append(Base::Error(Base::Error::Kind::InvalidInput, path, tr("The job file is not valid JSON"),
                                             error.errorString()));
            continue;
        }
        Base::Result<JournalEntry> e = fromJson(doc.object(), path);
        if (!e) {
            if (problems) problems->append(e.error());
            continue;
        }
        list.append(*e);
    }
    std::stable_sort(list.begin(), list.end(), [](const JournalEntry& a, const JournalEntry& b) {
        if (a.submitted != b.submitted) return a.submitted > b.submitted;
        return a.key > b.key;
    });
    return list;
}

Base::Result<JournalEntry> JobJournal::entry(const QString& key) const
{
    if (!keyPattern().match(key).hasMatch())
        return Base::Error(Base::Error::Kind::InvalidInput, key, tr("Not a job key"));
    const QString path = QDir(m_directory).filePath(key + QStringLiteral(".json"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Base::Error(Base::Error::Kind::NotFound, key, tr("No such job in the journal"), path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Base::Error(Base::Error::Kind::InvalidInput, path, tr("The job file is not valid JSON"), error.errorString());
    return fromJson(doc.object(), path);
}

Base::Result<void> JobJournal::save(JournalEntry& entry) const
{
    if (entry.key.isEmpty()) entry.key = newKey();
    if (!keyPattern().match(entry.key).hasMatch())
        return Base::Error(Base::Error::Kind::InvalidInput, entry.key, tr("Not a job key"));
    if (!entry.submitted.isValid()) entry.submitted = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(m_directory))
        return Base::Error(Base::Error::Kind::Io, m_directory, tr("Cannot create the job journal folder"));
    // QSaveFile: a reader (the app while estran-cli writes) sees the old or the new file, never half.
    QSaveFile f(QDir(m_directory).filePath(entry.key + QStringLiteral(".json")));
    const QByteArray data = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Base::Error(Base::Error::Kind::Io, f.fileName(), tr("Cannot write the job file"), f.errorString());
    return {};
}

Base::Result<void> JobJournal::remove(const QString& key) const
{
    if (!keyPattern().match(key).hasMatch())
        return Base::Error(Base::Error::Kind::InvalidInput, key, tr("Not a job key"));
    QFile f(QDir(m_directory).filePath(key + QStringLiteral(".json")));
    if (!f.exists()) return Base::Error(Base::Error::Kind::NotFound, key, tr("No such job in the journal"));
    if (!f.remove()) return Base::Error(Base::Error::Kind::Io, f.fileName(), tr("Cannot remove the job file"), f.errorString());
    return {};
}

Base::Result<void> JobJournal::saveState(const QString& key, const JobInfo& state) const
{
    Base::Result<JournalEntry> current = entry(key);
    if (!current) return current.error();
    current->last = state;
    return save(*current);
}

Base::Error JobJournal::notRecorded(const SubmittedJob& job, const Base::Error& why) const
{
    return Base::Error(Base::Error::Kind::Io, m_directory,
                       QCoreApplication::translate("Estran::Remote",
                                                   "Job %1 was submitted and runs (folder %2), but it could not be "
                                                   "recorded in the job journal: follow or cancel it by hand")
                           .arg(job.id, job.jobDir),
                       why.toString());
}

}  // namespace Estran::Remote
