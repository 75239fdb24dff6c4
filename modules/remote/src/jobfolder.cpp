// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobfolder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Estran::Remote::JobFolder {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

namespace {

bool isIdentifierStart(QChar c) { return c == u'_' || (c.isLetter() && c.unicode() < 128); }
bool isIdentifierChar(QChar c) { return isIdentifierStart(c) || (c.isDigit() && c.unicode() < 128); }

QDateTime epoch(const QString& text)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    return ok && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

}  // namespace

QString pathWord(const QString& path)
{
    QString word;
    QString literal;
    const auto flush = [&] {
        if (!literal.isEmpty()) word += shellQuote(literal);
        literal.clear();
    };
    qsizetype i = 0;
    if (path == u"~" || path.startsWith(u"~/")) {
        word += QStringLiteral("\"${HOME}\"");
        i = 1;
    } else if (!path.startsWith(u'/') && !path.startsWith(u'$')) {
        // Relative to the login folder, as ssh and scp take it, whichever folder bash starts in.
        word += QStringLiteral("\"${HOME}\"/");
    }
    while (i < path.size()) {
        const QChar c = path.at(i);
        if (c == u'$' && i + 1 < path.size()) {
            const bool braced = path.at(i + 1) == u'{';
            qsizetype start = i + (braced ? 2 : 1), end = start;
            while (end < path.size() && isIdentifierChar(path.at(end))) ++end;
            const bool closed = !braced || (end < path.size() && path.at(end) == u'}');
            if (end > start && isIdentifierStart(path.at(start)) && closed) {
                flush();
                // :? makes bash stop with "NAME: not set" instead of creating folders at "/estran".
                word += QStringLiteral("\"${%1:?not set}\"").arg(path.mid(start, end - start));
                i = end + (braced ? 1 : 0);
                continue;
            }
        }
        literal += c;
        ++i;
    }
    flush();
    return word.isEmpty() ? shellQuote(QStringLiteral(".")) : word;
}

QString sanitisedName(const QString& name, int maxLength)
{
    QString out;
    for (const QChar c : name) {
        if (out.size() >= maxLength) break;
        const bool plain = c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
        if (plain) out += c;
        else if (!out.endsWith(u'_')) out += u'_';
    }
    while (out.startsWith(u'.') || out.startsWith(u'-')) out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("job") : out;
}

Base::Result<void> checkEnvironment(const JobRequest& request, const QString& where)
{
    for (auto it = request.environment.begin(); it != request.environment.end(); ++it) {
        const QString& key = it.key();
        const bool ok = !key.isEmpty() && isIdentifierStart(key.front()) &&
                        std::all_of(key.begin(), key.end(), isIdentifierChar);
        if (!ok) {
            return Base::Error(Base::Error::Kind::InvalidInput, where,
                               QCoreApplication::translate("Estran::Remote", "\"%1\" cannot be an environment variable name (letters, digits and _ only)").arg(key));
        }
    }
    return {};
}

QByteArray wrapperBody(const JobRequest& request, const Profile& profile, int timeLimitMinutes)
{
    // The wrapper records what the scheduler may forget: when the job started and how it ended.
    QByteArray body = "exec </dev/null >stdout.log 2>stderr.log\n"
                      "date +%s > started\n"
                      "export ESTRAN_JOB_DIR=\"$PWD\"\n"
                      "export ESTRAN_OUTPUT_DIR=\"$PWD/output\"\n";
    for (auto it = request.environment.begin(); it != request.environment.end(); ++it)
        body += "export " + it.key().toUtf8() + '=' + shellQuote(it.value()).toUtf8() + '\n';
    // The profile's setup (module load ...) runs in the wrapper's own shell so that what it
    // exports reaches the script; its messages land in the job's logs.
    for (const QString& line : profile.setup) body += line.toUtf8() + '\n';
    if (timeLimitMinutes > 0) {
        body += "timeout --kill-after=30 " + QByteArray::number(timeLimitMinutes) + "m bash ./job.sh\n"
                "code=$?\n"
                "if [ \"$code\" -eq 124 ]; then : > timed_out; fi\n";
    } else {
        body += "bash ./job.sh\n"
                "code=$?\n";
    }
    body += "printf '%s\\n' \"$code\" > exit_code.part && mv -f exit_code.part exit_code\n"
            "exit \"$code\"\n";
    return body;
}

QString createCommand(const Profile& profile, const JobRequest& request, const QByteArray& header,
                      const QByteArray& body)
{
    const QString stem = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u'-' +
                         sanitisedName(request.name) + QStringLiteral("-XXXXXX");
    QStringList lines{
        QStringLiteral("set -e"),
        QStringLiteral("base=%1").arg(pathWord(profile.workDir)),
        QStringLiteral("mkdir -p -- \"$base\""),
        // mktemp makes the name unique even for two submissions in the same second.
        QStringLiteral("d=$(mktemp -d -- \"$base\"/%1)").arg(shellQuote(stem)),
        // A submission cancelled while the folder is written (the watchdog sends TERM first)
        // leaves no half-written folder behind.
        QStringLiteral("trap 'rm -rf -- \"$d\"; exit 143' TERM"),
        QStringLiteral("d=$(cd -- \"$d\" && pwd)"),
        QStringLiteral("mkdir -- \"$d/output\""),
        QStringLiteral("cat > \"$d/job.sh\""),
        QStringLiteral("printf '%s' %1 > \"$d/job_name\"").arg(shellQuote(request.name)),
        // printf %q writes the folder as bash reads it back, whatever characters it holds.
        QStringLiteral("{ printf '%s' %1; printf 'cd -- %q || exit 1\\n' \"$d\"; printf '%s' %2; } > \"$d/run.sh\"")
            .arg(shellQuote(QString::fromUtf8(header)), shellQuote(QString::fromUtf8(body))),
        QStringLiteral("printf '%s\\n' \"$d\""),
    };
    return lines.join(u'\n');
}

QString stateSnippet()
{
    return QStringLiteral(
        "if [ -f \"$d/run.sh\" ]; then\n"
        "  printf 'dir=%s\\n' \"$d\"\n"
        "  printf 'exit=%s\\n' \"$(head -c 32 \"$d/exit_code\" 2>/dev/null)\"\n"
        "  [ -e \"$d/cancelled\" ] && echo cancelled=1\n"
        "  [ -e \"$d/timed_out\" ] && echo timed_out=1\n"
        "  p=$(head -c 32 \"$d/pid\" 2>/dev/null)\n"
        "  printf 'pid=%s\\n' \"$p\"\n"
        "  printf 'job_id=%s\\n' \"$(head -c 200 \"$d/job_id\" 2>/dev/null)\"\n"
        "  printf 'name=%s\\n' \"$(head -c 200 \"$d/job_name\" 2>/dev/null | tr '\\n' ' ')\"\n"
        "  printf 'submitted=%s\\n' \"$(stat -c %Y \"$d/run.sh\" 2>/dev/null)\"\n"
        "  printf 'started=%s\\n' \"$(head -c 32 \"$d/started\" 2>/dev/null)\"\n"
        "  [ -e \"$d/exit_code\" ] && printf 'ended=%s\\n' \"$(stat -c %Y \"$d/exit_code\")\"\n"
        // A process id means nothing after a reboot: compare the boot the job started in.
        "  b=$(cat \"$d/boot_id\" 2>/dev/null)\n"
        "  if [ -n \"$p\" ] && { [ -z \"$b\" ] || [ \"$b\" = \"$(cat /proc/sys/kernel/random/boot_id 2>/dev/null)\" ]; }; then\n"
        "    if command -v pgrep >/dev/null; then pgrep -s \"$p\" >/dev/null && echo alive=1\n"
        "    else kill -0 -- \"-$p\" 2>/dev/null && echo alive=1; fi\n"
        "  fi\n"
        "  echo state=present\n"
        "else\n"
        "  echo state=missing\n"
        "fi\n");
}

QString stateCommand(const QString& jobDir)
{
    return QStringLiteral("d=%1\n").arg(shellQuote(jobDir)) + stateSnippet();
}

State parseState(const QByteArray& output)
{
    State s;
    for (const QByteArray& raw : output.split('\n')) {
        const qsizetype eq = raw.indexOf('=');
        if (eq <= 0) continue;
        const QByteArray key = raw.left(eq);
        const QString value = QString::fromUtf8(raw.mid(eq + 1)).trimmed();
        if (key == "state") s.exists = value == u"present";
        else if (key == "dir") s.dir = value;
        else if (key == "exit" && !value.isEmpty()) {
            bool ok = false;
            const int code = value.toInt(&ok);
            s.exitCode = ok ? code : -1;
        } else if (key == "cancelled") s.cancelled = true;
        else if (key == "timed_out") s.timedOut = true;
        else if (key == "alive") s.alive = true;
        else if (key == "pid") s.pid = value;
        else if (key == "job_id") s.jobId = value;
        else if (key == "name") s.name = value;
        else if (key == "submitted") s.submitted = epoch(value);
        else if (key == "started") s.started = epoch(value);
        else if (key == "ended") s.ended = epoch(value);
    }
    return s;
}

QList<QByteArray> blocks(const QByteArray& output)
{
    QList<QByteArray> result{QByteArray()};
    for (const QByteArray& line : output.split('\n')) {
        if (line == "@@end") result.append(QByteArray());
        else result.last() += line + '\n';
    }
    return result;
}

JobInfo infoFromState(const State& s, const QString& id, const QString& queue)
{
    JobInfo job;
    job.id = id;
    job.name = s.name;
    job.queue = queue;
    job.submitted = s.submitted;
    job.started = s.started;
    job.ended = s.ended;
    if (s.exitCode) {
        job.exitCode = s.exitCode;
        if (*s.exitCode == 0) job.state = JobState::Completed;
        else if (s.timedOut) job.state = JobState::TimedOut;
        else if (s.cancelled) job.state = JobState::Cancelled;
        else job.state = JobState::Failed;
        return job;
    }
    if (s.alive) {
        job.state = s.started.isValid() ? JobState::Running : JobState::Queued;
        return job;
    }
    // Gone without writing its status: killed (cancelled, out of time, or the machine rebooted).
    job.state = s.cancelled ? JobState::Cancelled : JobState::Failed;
    if (!s.cancelled) job.reason = QCoreApplication::translate("Estran::Remote", "The job ended without recording an exit status");
    return job;
}

void completeFromState(JobInfo& job, const State& s)
{
    if (!s.exists || !job.isFinished()) return;
    if (!job.exitCode && s.exitCode) job.exitCode = s.exitCode;
    if (job.state == JobState::Failed && s.cancelled) job.state = JobState::Cancelled;
    if (!job.started.isValid()) job.started = s.started;
    if (!job.ended.isValid()) job.ended = s.ended;
}

Base::Error commandError(Base::Error::Kind kind, const RemoteHost& host, const QString& command,
                         const CommandOutput& output, const QString& message)
{
    QString detail = QString::fromUtf8(output.standardError).trimmed();
    if (detail.isEmpty()) detail = QString::fromUtf8(output.standardOutput).trimmed().left(500);
    detail = QStringLiteral("%1 (exit status %2): %3").arg(command).arg(output.exitCode).arg(detail);
    return Base::Error(kind, host.displayName(), message, detail);
}

Base::Result<CommandOutput> runChecked(RemoteHost& host, const QString& what, const QString& commandLine,
                                       const QByteArray& input, const Base::Feedback* feedback)
{
    Base::Result<CommandOutput> out = host.run(commandLine, input, {}, feedback);
    if (!out) return out.error();
    if (out->exitCode != 0) {
        return commandError(Base::Error::Kind::Io, host, what, *out,
                            QCoreApplication::translate("Estran::Remote", "%1 failed on %2").arg(what, host.displayName()));
    }
    return out;
}

Base::Result<SubmittedJob> submitWith(RemoteHost& host, const Profile& profile, const JobRequest& request,
                                      const Submission& submission, const Base::Feedback* feedback)
{
    if (auto ok = checkEnvironment(request, host.displayName()); !ok) return ok.error();
    const QByteArray body = wrapperBody(request, profile, submission.timeLimitMinutes);
    Base::Result<CommandOutput> created =
        host.run(createCommand(profile, request, submission.header, body), request.script, {}, feedback);
    if (!created) return created.error();
    if (created->exitCode != 0) {
        return commandError(Base::Error::Kind::Io, host, QStringLiteral("mkdir"), *created,
                            QCoreApplication::translate("Estran::Remote", "Cannot create a job folder under %1 on %2")
                                .arg(profile.workDir, host.displayName()));
    }
    SubmittedJob job;
    // The folder is the last line printed: a login script may have printed before it. It is
    // checked before anything is run in it or removed.
    const QStringList createdLines = QString::fromUtf8(created->standardOutput).trimmed().split(u'\n');
    job.jobDir = createdLines.last().trimmed();
    if (!job.jobDir.startsWith(u'/') || job.jobDir.contains(QStringLiteral("/../")) ||
        !job.jobDir.section(u'/', -1).contains(sanitisedName(request.name))) {
        return Base::Error(Base::Error::Kind::InvalidInput, host.displayName(),
                           QCoreApplication::translate("Estran::Remote", "Unexpected job folder \"%1\" from %2")
                               .arg(job.jobDir, host.displayName()));
    }
    const auto removeFolder = [&] { (void)host.run(QStringLiteral("rm -rf -- %1").arg(shellQuote(job.jobDir))); };
    if (Base::isCancelled(feedback)) {
        removeFolder();
        return Base::Error::cancelled(host.displayName());
    }
    // No Feedback from here: the submitting command is short, and one cut off may already have
    // been accepted by the scheduler, which would leave a job nobody follows.
    const QString command = QStringLiteral("cd -- %1 || exit 1\n").arg(shellQuote(job.jobDir)) + submission.start(job.jobDir) +
                            QStringLiteral("printf '%s\\n' \"$id\" > job_id\n"
                                           "printf '%s\\n' \"$id\"\n");
    Base::Result<CommandOutput> out = host.run(command);
    if (!out) return out.error();
    const QString printed = QString::fromUtf8(out->standardOutput).trimmed();
    Base::Result<QString> id = Base::Error();
    if (out->exitCode == 0) {
        if (submission.parseId) id = submission.parseId(printed);
        else if (!printed.isEmpty()) id = printed;
    }
    if (!id) {
        removeFolder();
        return submission.refused(job.jobDir, *out);
    }
    job.id = *id;
    return job;
}

bool saidSo(const CommandOutput& output, QStringView needle)
{
    return QString::fromUtf8(output.standardError).contains(needle, Qt::CaseInsensitive) ||
           QString::fromUtf8(output.standardOutput).contains(needle, Qt::CaseInsensitive);
}

}  // namespace Estran::Remote::JobFolder
