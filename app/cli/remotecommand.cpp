// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commands.h"

#include "estran/base/selection.h"
#include "estran/remote/jobfollower.h"
#include "estran/remote/jobjournal.h"
#include "estran/remote/profile.h"
#include "estran/remote/recipelibrary.h"
#include "estran/remote/remotefiles.h"
#include "estran/remote/scheduler.h"
#include "estran/remote/sshhost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QThread>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>

using namespace Estran;

namespace {

const QString kCommand = QStringLiteral("remote");
const QString kLocal = QStringLiteral("local");

/// The profile, its host and its scheduler, as every action needs them.
struct Target {
    Remote::Profile profile;
    QString path;  ///< "" for the embedded "This computer" profile
    std::shared_ptr<Remote::RemoteHost> host;
    std::unique_ptr<Remote::Scheduler> scheduler;
};

/// The app's "This computer" profile, so jobs submitted here and in the app share one folder.
Remote::Profile embeddedProfile()
{
    return Remote::Profile::thisComputer();
}

Base::Result<Target> targetFor(const QString& profileArgument)
{
    Target t;
    if (profileArgument.isEmpty() || profileArgument == kLocal) {
        t.profile = embeddedProfile();
    } else {
        Base::Result<Remote::Profile> p = Remote::Profile::load(profileArgument);
        if (!p) return p.error();
        t.profile = *p;
        t.path = QFileInfo(profileArgument).absoluteFilePath();
    }
    // The same rule as the app's (this computer for a local profile without a host, else ssh).
    // No askpass handler: ssh asks on the terminal when there is one, and an unknown host key is
    // refused (ssh says so on stderr).
    t.host = Remote::createHost(t.profile, Remote::SshOptions{});
    t.scheduler = Remote::Scheduler::create(t.profile, t.host);
    return t;
}

QJsonValue exitCodeJson(const std::optional<int>& code) { return code ? QJsonValue(*code) : QJsonValue(QJsonValue::Null); }

QJsonObject entryJson(const Remote::JournalEntry& e)
{
    return QJsonObject{{QStringLiteral("key"), e.key},
                       {QStringLiteral("id"), e.job.id},
                       {QStringLiteral("job_dir"), e.job.jobDir},
                       {QStringLiteral("profile"), e.profilePath.isEmpty() ? kLocal : e.profilePath},
                       {QStringLiteral("recipe"), e.recipe},
                       {QStringLiteral("state"), Remote::jobStateName(e.last.state)},
                       {QStringLiteral("exit_code"), exitCodeJson(e.last.exitCode)},
                       {QStringLiteral("reason"), e.last.reason},
                       {QStringLiteral("fetch_dir"), e.fetchDir}};
}

QString stateLine(const Remote::JournalEntry& e)
{
    QString line = QStringLiteral("%1 %2 %3").arg(e.key, e.job.id, Remote::jobStateName(e.last.state));
    if (e.last.exitCode && e.last.isFinished()) line += u' ' + Cli::tr("exit code %1").arg(*e.last.exitCode);
    if (!e.last.reason.isEmpty()) line += QStringLiteral(" (%1)").arg(e.last.reason);
    return line;
}

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) { g_interrupted = true; }

void writeBytes(std::FILE* stream, const QByteArray& bytes)
{
    if (bytes.isEmpty()) return;
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/// Follows a job until it has ended and its results are back: its output on stdout and stderr
/// as it is written, each result file named on stderr as it arrives. The journal entry is saved
/// after every round, so a killed estran-cli resumes with `remote follow KEY` without repeating
/// or losing output.
int follow(Remote::JournalEntry& entry, Target& target, const Remote::JobJournal& journal, bool json)
{
    Remote::JobFollower follower(*target.host, *target.scheduler, entry);
    QStringList arrived;
    bool reportedTrouble = false;
    // Ctrl-C (or a TERM) stops following between two rounds, with the journal up to date: the
    // job itself keeps running where it is.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const auto interrupted = [&entry] {
        if (!g_interrupted) return false;
        Cli::printErr(Cli::tr("stopped following; job %1 keeps running (follow it again with: estran-cli remote follow %1)")
                          .arg(entry.key));
        return true;
    };
    for (;;) {
        if (interrupted()) return 130;
        Base::Result<Remote::FollowUpdate> update = follower.poll();
        if (!update) {
            // A dropped connection is waited out with backoff; anything else ends the follow.
            if (update.error().kind() != Base::Error::Kind::Network) return Cli::fail(update.error());
            const auto delay = follower.nextDelay();
            Cli::warn(Base::Error(update.error().kind(), update.error().where(),
                                  Cli::tr("%1; trying again in %2 s").arg(update.error().message()).arg(delay.count() / 1000.0),
                                  update.error().detail()));
            reportedTrouble = true;
            for (qint64 waited = 0; waited < delay.count() && !g_interrupted; waited += 100) QThread::msleep(100);
            continue;
        }
        if (reportedTrouble) {
            Cli::printErr(Cli::tr("connection restored"));
            reportedTrouble = false;
        }
        if (!json) writeBytes(stdout, update->standardOutput);
        writeBytes(stderr, update->standardError);
        for (const QString& path : update->arrived) {
            arrived.append(path);
            if (!json) Cli::printErr(Cli::tr("result: %1").arg(path));
        }
        for (const Base::Error& problem : update->problems) Cli::warn(problem);
        // Printed first, then recorded: a kill in between repeats a line rather than losing it.
        if (auto saved = journal.save(entry); !saved) Cli::warn(saved.error());
        if (update->finished) break;
        if (interrupted()) return 130;
        QThread::msleep(ulong(follower.nextDelay().count()));
    }
    const Remote::JobInfo& state = entry.last;
    if (json) {
        QJsonObject o = entryJson(entry);
        o.insert(QStringLiteral("arrived"), QJsonArray::fromStringList(arrived));
        Cli::printJson(QJsonDocument(o));
    }
    if (state.state == Remote::JobState::Completed) return 0;
    QString detail = state.exitCode ? Cli::tr("exit code %1").arg(*state.exitCode) : QString();
    if (!state.reason.isEmpty()) detail += (detail.isEmpty() ? QString() : QStringLiteral(", ")) + state.reason;
    return Cli::fail(Base::Error(Base::Error::Kind::InvalidInput, entry.key,
                                 Cli::tr("The job ended %1").arg(Remote::jobStateName(state.state)), detail));
}

/// A journal entry by key, or by the scheduler's job id.
Base::Result<Remote::JournalEntry> findEntry(const Remote::JobJournal& journal, const QString& keyOrId)
{
    if (Base::Result<Remote::JournalEntry> e = journal.entry(keyOrId)) return e;
    for (const Remote::JournalEntry& e : journal.entries())
        if (e.job.id == keyOrId) return e;
    return Base::Error(Base::Error::Kind::NotFound, keyOrId,
                       Cli::tr("No such job in the journal (%1)").arg(journal.directory()));
}

QString profileArgumentOf(const Remote::JournalEntry& e) { return e.profilePath.isEmpty() ? kLocal : e.profilePath; }

QJsonObject recipeJson(const Remote::Recipe& r)
{
    QJsonArray parameters;
    for (const Remote::RecipeParameter& p : r.parameters) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("type"), Remote::recipeParameterTypeName(p.type)},
                      {QStringLiteral("label"), p.label},
                      {QStringLiteral("help"), p.help},
                      {QStringLiteral("required"), p.required},
                      {QStringLiteral("default"), QJsonValue::fromVariant(p.defaultValue)}};
        if (!p.choices.isEmpty()) o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(p.choices));
        if (p.minimum) o.insert(QStringLiteral("min"), *p.minimum);
        if (p.maximum) o.insert(QStringLiteral("max"), *p.maximum);
        parameters.append(o);
    }
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("description"), r.description},
                       {QStringLiteral("tools"), QJsonArray::fromStringList(r.tools)},
                       {QStringLiteral("parameters"), parameters}};
}

int listRecipes(bool json)
{
    Remote::RecipeLibrary library;
    library.load();
    for (const Base::Error& e : library.problems()) Cli::warn(e);
    if (json) {
        QJsonArray all;
        for (const Remote::Recipe& r : library.recipes()) all.append(recipeJson(r));
        Cli::printJson(QJsonDocument(all));
        return 0;
    }
    for (const Remote::Recipe& r : library.recipes()) {
        Cli::printOut(QStringLiteral("%1  %2").arg(r.id, r.title));
        for (const Remote::RecipeParameter& p : r.parameters) {
            QString line = QStringLiteral("    %1 (%2%3)").arg(p.name, Remote::recipeParameterTypeName(p.type),
                                                             p.required ? Cli::tr(", required") : QString());
            if (!p.choices.isEmpty()) line += u' ' + p.choices.join(u'|');
            if (p.defaultValue.isValid()) line += u' ' + Cli::tr("default %1").arg(p.defaultValue.toString());
            if (!p.label.isEmpty() && p.label != p.name) line += QStringLiteral(" — ") + p.label;
            Cli::printOut(line);
        }
    }
    return 0;
}

}  // namespace

int runRemoteCommand(const QStringList& args)
{
    const QString action = args.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Run jobs where a profile says (this computer, Slurm, PBS Pro) and follow them.\n"
        "Actions: submit, follow KEY, status KEY, cancel KEY, list, recipes.\n"
        "Every job is recorded in the job journal, shared with the application."));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        Cli::tr("Profile file (JSON, see docs/remote-profiles.md); \"local\" or none: this computer."),
                                        Cli::tr("FILE"));
    const QCommandLineOption scriptOpt(QStringLiteral("script"), Cli::tr("Job script to run (bash)."), Cli::tr("JOB.sh"));
    const QCommandLineOption recipeOpt(QStringLiteral("recipe"), Cli::tr("Recipe to run (see: remote recipes)."), Cli::tr("NAME"));
    const QCommandLineOption paramOpt(QStringLiteral("param"), Cli::tr("A recipe parameter (repeatable)."), Cli::tr("K=V"));
    const QCommandLineOption bboxOpt(QStringLiteral("bbox"), Cli::tr("Selected area for the recipe's area parameters."),
                                     Cli::tr("W,S,E,N"));
    const QCommandLineOption timeOpt(QStringLiteral("time"), Cli::tr("Selected period for the recipe's period parameters."),
                                     Cli::tr("START/END"));
    const QCommandLineOption varOpt(QStringLiteral("var"), Cli::tr("Selected variable for the recipe's variable parameters."),
                                    Cli::tr("NAME"));
    const QCommandLineOption followOpt(QStringLiteral("follow"),
                                       Cli::tr("Print the job's output as it is written; exit 0 only if the job completed."));
    const QCommandLineOption fetchOpt(QStringLiteral("fetch"),
                                      Cli::tr("Bring files written to $ESTRAN_OUTPUT_DIR into DIR as each is completed "
                                              "(default: a folder named after the job in the current folder)."),
                                      Cli::tr("DIR"));
    const QCommandLineOption queueOpt(QStringLiteral("queue"), Cli::tr("Slurm partition or PBS queue (default: the profile's)."),
                                      Cli::tr("NAME"));
    const QCommandLineOption cpusOpt(QStringLiteral("cpus"), Cli::tr("CPUs for the job (default: the recipe's, or 1)."), Cli::tr("N"));
    const QCommandLineOption memoryOpt(QStringLiteral("memory-mb"),
                                       Cli::tr("Memory for the job in MB (default: the recipe's, or the scheduler's)."), Cli::tr("MB"));
    const QCommandLineOption walltimeOpt(QStringLiteral("walltime-minutes"),
                                         Cli::tr("Time limit of the job (default: the recipe's, or the scheduler's)."),
                                         Cli::tr("MINUTES"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOptions({profileOpt, scriptOpt, recipeOpt, paramOpt, bboxOpt, timeOpt, varOpt, queueOpt, cpusOpt, memoryOpt,
                       walltimeOpt, followOpt, fetchOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("submit, follow, status, cancel, list or recipes"));
    int exitCode = 0;
    if (!Cli::parseArguments(parser, kCommand, args, exitCode)) return exitCode;
    const bool json = parser.isSet(jsonOpt);
    const QStringList positional = parser.positionalArguments();
    const Remote::JobJournal journal;

    if (action == u"recipes") return listRecipes(json);

    if (action == u"submit") {
        if (parser.isSet(scriptOpt) == parser.isSet(recipeOpt))
            return Cli::usageError(kCommand, Cli::tr("submit needs either --script JOB.sh or --recipe NAME"));
        if (parser.isSet(paramOpt) && !parser.isSet(recipeOpt))
            return Cli::usageError(kCommand, Cli::tr("--param goes with --recipe"));
        Base::Result<Target> target = targetFor(parser.value(profileOpt));
        if (!target) return Cli::fail(target.error());

        Remote::JournalEntry entry;
        Remote::JobRequest request;
        QString jobName;
        if (parser.isSet(scriptOpt)) {
            QFile script(parser.value(scriptOpt));
            if (!script.open(QIODevice::ReadOnly))
                return Cli::fail(Base::Error(Base::Error::Kind::NotFound, script.fileName(), Cli::tr("Cannot read the script"),
                                             script.errorString()));
            request.script = script.readAll();
            jobName = QFileInfo(script.fileName()).completeBaseName();
            request.name = jobName;
        } else {
            Remote::RecipeLibrary library;
            library.load();
            const Remote::Recipe* recipe = library.find(parser.value(recipeOpt));
            if (!recipe) {
                for (const Base::Error& e : library.problems()) Cli::warn(e);
                return Cli::fail(Base::Error(Base::Error::Kind::NotFound, parser.value(recipeOpt),
                                             Cli::tr("No such recipe (estran-cli remote recipes lists them)")));
            }
            QVariantMap values;
            for (const QString& kv : parser.values(paramOpt)) {
                const qsizetype eq = kv.indexOf(u'=');
                if (eq <= 0) return Cli::usageError(kCommand, Cli::tr("--param must be NAME=VALUE: %1").arg(kv));
                values.insert(kv.left(eq), kv.mid(eq + 1));
            }
            Base::Selection selection;
            if (parser.isSet(bboxOpt)) {
                selection.box = Base::GeoBox::fromString(parser.value(bboxOpt));
                if (!selection.box) return Cli::usageError(kCommand, Cli::tr("--bbox must be W,S,E,N in degrees"));
            }
            if (parser.isSet(timeOpt)) {
                const QStringList period = parser.value(timeOpt).split(u'/');
                if (period.size() != 2) return Cli::usageError(kCommand, Cli::tr("--time must be START/END"));
                selection.timeStart = period[0];
                selection.timeEnd = period[1];
            }
            if (parser.isSet(varOpt)) selection.variables = {parser.value(varOpt)};
            Base::Result<QVariantMap> resolved = recipe->resolve(values, &selection);
            if (!resolved) return Cli::fail(resolved.error());
            // Paths are the host's: "~/data" and "$DATAWORK/sst" are expanded there, without
            // evaluating anything else (RemoteFiles::resolve).
            for (const Remote::RecipeParameter& p : recipe->parameters) {
                const QString path = resolved->value(p.name).toString();
                if (p.type != Remote::RecipeParameter::Type::Path || path.isEmpty()) continue;
                if (!path.startsWith(u'~') && !path.contains(u'$')) continue;
                Remote::RemoteFiles files(*target->host);
                Base::Result<QString> expanded = files.resolve(path);
                if (!expanded) return Cli::fail(expanded.error());
                resolved->insert(p.name, *expanded);
            }
            Base::Result<Remote::JobRequest> job = recipe->jobRequest(*resolved);
            if (!job) return Cli::fail(job.error());
            request = *job;
            jobName = recipe->id;
            entry.recipe = recipe->id;
            entry.parameters = *resolved;
        }

        if (parser.isSet(queueOpt)) request.queue = parser.value(queueOpt);
        const struct {
            const QCommandLineOption& option;
            int& slot;
            int minimum;
        } resources[] = {{cpusOpt, request.cpus, 1}, {memoryOpt, request.memoryMb, 0}, {walltimeOpt, request.walltimeMinutes, 0}};
        for (const auto& r : resources) {
            if (!parser.isSet(r.option)) continue;
            bool ok = false;
            const int value = parser.value(r.option).toInt(&ok);
            if (!ok || value < r.minimum)
                return Cli::usageError(kCommand, Cli::tr("--%1 must be a whole number of at least %2: %3")
                                                     .arg(r.option.names().first())
                                                     .arg(r.minimum)
                                                     .arg(parser.value(r.option)));
            r.slot = value;
        }

        Base::Result<Remote::SubmittedJob> submitted = target->scheduler->submit(request);
        if (!submitted) return Cli::fail(submitted.error());
        entry.profilePath = target->path;
        entry.profileName = target->path.isEmpty() ? kLocal : target->profile.name;
        entry.job = *submitted;
        entry.submitted = QDateTime::currentDateTimeUtc();
        entry.last.id = submitted->id;
        entry.last.name = jobName;
        entry.last.state = Remote::JobState::Queued;
        if (auto saved = journal.save(entry); !saved) return Cli::fail(journal.notRecorded(entry.job, saved.error()));
        // The results folder is chosen now, so `remote follow KEY` later brings files to the
        // same place.
        entry.fetchDir = parser.isSet(fetchOpt) ? parser.value(fetchOpt)
                                                : QDir::current().filePath(QStringLiteral("%1-%2").arg(jobName, entry.key));
        entry.fetchDir = QFileInfo(entry.fetchDir).absoluteFilePath();
        if (auto saved = journal.save(entry); !saved) return Cli::fail(journal.notRecorded(entry.job, saved.error()));

        if (!parser.isSet(followOpt)) {
            if (json) {
                Cli::printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), entry.job.id},
                                                         {QStringLiteral("job_dir"), entry.job.jobDir},
                                                         {QStringLiteral("key"), entry.key},
                                                         {QStringLiteral("profile"), profileArgumentOf(entry)}}));
            } else {
                Cli::printOut(QStringLiteral("%1 %2").arg(entry.key, entry.job.id));
            }
            return 0;
        }
        if (!json) Cli::printErr(Cli::tr("job %1 submitted as %2 (follow it again with: estran-cli remote follow %1)")
                                     .arg(entry.key, entry.job.id));
        return follow(entry, *target, journal, json);
    }

    if (action == u"follow" || action == u"status" || action == u"cancel") {
        if (positional.size() < 2) return Cli::usageError(kCommand, Cli::tr("%1 needs a job KEY").arg(action));
        Base::Result<Remote::JournalEntry> entry = findEntry(journal, positional.at(1));
        if (!entry) return Cli::fail(entry.error());
        Base::Result<Target> target =
            targetFor(parser.isSet(profileOpt) ? parser.value(profileOpt) : profileArgumentOf(*entry));
        if (!target) return Cli::fail(target.error());
        if (action == u"follow") {
            if (parser.isSet(fetchOpt)) entry->fetchDir = QFileInfo(parser.value(fetchOpt)).absoluteFilePath();
            return follow(*entry, *target, journal, json);
        }
        if (action == u"cancel") {
            if (auto r = target->scheduler->cancel(entry->job); !r) return Cli::fail(r.error());
        }
        Base::Result<Remote::JobInfo> state = target->scheduler->status(entry->job);
        if (!state) return Cli::fail(state.error());
        entry->last = *state;
        if (auto saved = journal.saveState(entry->key, *state); !saved) Cli::warn(saved.error());
        if (json) Cli::printJson(QJsonDocument(entryJson(*entry)));
        else Cli::printOut(stateLine(*entry));
        return 0;
    }

    if (action == u"list") {
        // The journal's jobs (from here and from the app), their state refreshed from their
        // scheduler while they are not finished; with --profile, that profile's only, plus jobs
        // its scheduler knows that Estran did not submit.
        const bool oneProfile = parser.isSet(profileOpt);
        QString wanted;
        std::optional<Target> only;
        if (oneProfile) {
            Base::Result<Target> t = targetFor(parser.value(profileOpt));
            if (!t) return Cli::fail(t.error());
            wanted = t->path;
            only.emplace(std::move(*t));
        }
        QList<Base::Error> problems;
        QList<Remote::JournalEntry> entries = journal.entries(&problems);
        for (const Base::Error& e : problems) Cli::warn(e);
        std::map<QString, std::unique_ptr<Target>> targets;
        QJsonArray out;
        QSet<QString> listed;
        for (Remote::JournalEntry& e : entries) {
            if (oneProfile && e.profilePath != wanted) continue;
            if (!e.last.isFinished()) {
                Target* t = oneProfile ? &*only : nullptr;
                if (!t) {
                    auto& slot = targets[e.profilePath];
                    if (!slot) {
                        Base::Result<Target> made = targetFor(profileArgumentOf(e));
                        if (made) slot = std::make_unique<Target>(std::move(*made));
                        else Cli::warn(made.error());
                    }
                    t = slot.get();
                }
                if (t) {
                    Base::Result<Remote::JobInfo> state = t->scheduler->status(e.job);
                    if (state) {
                        e.last = *state;
                        if (auto saved = journal.saveState(e.key, *state); !saved) Cli::warn(saved.error());
                    } else {
                        Cli::warn(state.error());
                    }
                }
            }
            listed.insert(e.job.id);
            if (json) out.append(entryJson(e));
            else Cli::printOut(stateLine(e));
        }
        if (only) {
            Base::Result<QList<Remote::JobInfo>> known = only->scheduler->list();
            if (!known) return Cli::fail(known.error());
            for (const Remote::JobInfo& job : *known) {
                if (listed.contains(job.id)) continue;
                if (json) {
                    out.append(QJsonObject{{QStringLiteral("key"), QJsonValue(QJsonValue::Null)},
                                           {QStringLiteral("id"), job.id},
                                           {QStringLiteral("name"), job.name},
                                           {QStringLiteral("state"), Remote::jobStateName(job.state)},
                                           {QStringLiteral("exit_code"), exitCodeJson(job.exitCode)},
                                           {QStringLiteral("reason"), job.reason}});
                } else {
                    Cli::printOut(QStringLiteral("- %1 %2 %3").arg(job.id, Remote::jobStateName(job.state), job.name));
                }
            }
        }
        if (json) Cli::printJson(QJsonDocument(out));
        return 0;
    }
    return Cli::usageError(kCommand, Cli::tr("unknown action \"%1\": use submit, follow, status, cancel, list or recipes")
                                         .arg(action));
}
