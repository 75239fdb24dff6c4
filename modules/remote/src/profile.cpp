// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/remote/profile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Estran::Remote {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Remote", text); }

Base::Error badField(const QString& where, const QString& field, const QString& why)
{
    return Base::Error(Base::Error::Kind::InvalidInput, where, tr("Field \"%1\": %2").arg(field, why));
}

}  // namespace

Profile Profile::thisComputer()
{
    Profile p;
    p.name = QCoreApplication::translate("Estran::Remote", "This computer");
    p.scheduler = Scheduler::Local;
    // Beside, not inside, the job journal (Estran/jobs): job folders and journal files apart.
    p.workDir = QStringLiteral("~/.local/share/Estran/runs");
    p.notes = QCoreApplication::translate("Estran::Remote", "Runs recipes as local processes; no cluster needed.");
    return p;
}

QString Profile::schedulerName(Scheduler scheduler)
{
    switch (scheduler) {
    case Scheduler::Slurm: return QStringLiteral("slurm");
    case Scheduler::Pbs: return QStringLiteral("pbs");
    case Scheduler::Local: break;
    }
    return QStringLiteral("local");
}

Base::Result<Profile> Profile::fromJson(const QJsonObject& o, const QString& where)
{
    static const QStringList known{QStringLiteral("name"), QStringLiteral("host"), QStringLiteral("scheduler"),
                                   QStringLiteral("work_dir"), QStringLiteral("user"), QStringLiteral("port"),
                                   QStringLiteral("identity_file"), QStringLiteral("proxy_jump"),
                                   QStringLiteral("ssh_config"), QStringLiteral("partition"), QStringLiteral("queue"),
                                   QStringLiteral("account"), QStringLiteral("qos"), QStringLiteral("setup"),
                                   QStringLiteral("notes")};
    for (const QString& key : o.keys()) {
        // A misspelt key would otherwise be ignored silently and the job sent elsewhere.
        if (!known.contains(key)) return badField(where, key, tr("unknown key"));
    }
    Profile p;
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString().trimmed(); };
    p.name = text("name");
    if (p.name.isEmpty()) return badField(where, QStringLiteral("name"), tr("required"));
    const QString scheduler = text("scheduler");
    if (scheduler == u"slurm") p.scheduler = Scheduler::Slurm;
    else if (scheduler == u"pbs") p.scheduler = Scheduler::Pbs;
    else if (scheduler == u"local") p.scheduler = Scheduler::Local;
    else return badField(where, QStringLiteral("scheduler"), tr("must be slurm, pbs or local"));
    p.host = text("host");
    if (p.host.isEmpty() && p.scheduler != Scheduler::Local) return badField(where, QStringLiteral("host"), tr("required"));
    p.workDir = text("work_dir");
    if (p.workDir.isEmpty()) return badField(where, QStringLiteral("work_dir"), tr("required"));
    p.user = text("user");
    if (o.contains(QStringLiteral("port"))) {
        p.port = o.value(QStringLiteral("port")).toInt(-1);
        if (p.port <= 0 || p.port > 65535) return badField(where, QStringLiteral("port"), tr("must be a number from 1 to 65535"));
    }
    p.identityFile = text("identity_file");
    p.proxyJump = text("proxy_jump");
    p.sshConfig = text("ssh_config");
    // These reach ssh's command line as values; one starting with '-' would be read as an option
    // (-oProxyCommand=... runs a command), so a shared profile could run code on this computer.
    for (const auto& [field, value] : {std::pair{"host", p.host}, std::pair{"user", p.user},
                                       std::pair{"proxy_jump", p.proxyJump}}) {
        if (value.startsWith(u'-') || value.contains(u'\n'))
            return badField(where, QLatin1String(field), tr("must not start with '-' or hold a line break"));
    }
    p.partition = text("partition").isEmpty() ? text("queue") : text("partition");
    p.account = text("account");
    p.qos = text("qos");
    p.notes = text("notes");
    const QJsonValue setup = o.value(QStringLiteral("setup"));
    if (setup.isString()) p.setup = setup.toString().split(u'\n', Qt::SkipEmptyParts);
    else if (setup.isArray()) for (const QJsonValue& line : setup.toArray()) p.setup << line.toString();
    else if (!setup.isUndefined()) return badField(where, QStringLiteral("setup"), tr("must be a string or a list of lines"));
    return p;
}

Base::Result<Profile> Profile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Base::Error(Base::Error::Kind::NotFound, path, tr("Cannot read the profile"), file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Base::Error(Base::Error::Kind::InvalidInput, path, tr("The profile is not a JSON object"),
                           QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    return fromJson(doc.object(), path);
}

QJsonObject Profile::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("scheduler"), schedulerName(scheduler)},
                  {QStringLiteral("work_dir"), workDir}};
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty()) o.insert(QLatin1String(key), value);
    };
    put("host", host);
    put("user", user);
    if (port > 0) o.insert(QStringLiteral("port"), port);
    put("identity_file", identityFile);
    put("proxy_jump", proxyJump);
    put("ssh_config", sshConfig);
    put(scheduler == Scheduler::Pbs ? "queue" : "partition", partition);
    put("account", account);
    put("qos", qos);
    put("notes", notes);
    if (!setup.isEmpty()) o.insert(QStringLiteral("setup"), QJsonArray::fromStringList(setup));
    return o;
}

QStringList Profile::sshArguments(const QString& controlPath, bool askUnknownHostKeys) const
{
    QStringList args;
    if (!sshConfig.isEmpty()) args << QStringLiteral("-F") << sshConfig;
    // One multiplexed connection per profile: bastion logins and one-time codes happen once.
    args << QStringLiteral("-o") << QStringLiteral("ControlMaster=auto") << QStringLiteral("-o")
         << QStringLiteral("ControlPath=") + controlPath << QStringLiteral("-o") << QStringLiteral("ControlPersist=10m");
    // An unknown or changed host key is never accepted silently: "ask" shows an unknown key's
    // fingerprint to the user (and still refuses a changed one), "yes" refuses both.
    args << QStringLiteral("-o")
         << (askUnknownHostKeys ? QStringLiteral("StrictHostKeyChecking=ask") : QStringLiteral("StrictHostKeyChecking=yes"));
    if (port > 0) args << QStringLiteral("-p") << QString::number(port);
    if (!identityFile.isEmpty()) args << QStringLiteral("-i") << identityFile;
    if (!proxyJump.isEmpty()) args << QStringLiteral("-J") << proxyJump;
    args << (user.isEmpty() ? host : user + u'@' + host);
    return args;
}

}  // namespace Estran::Remote
