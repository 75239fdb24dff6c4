// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotehosts.h"

#include "remoteconnecttask.h"

#include "estran/base/log.h"
#include "estran/base/taskmanager.h"
#include "estran/remote/remotehost.h"

#include <QJsonDocument>
#include <QThreadPool>

namespace Estran::Gui {

RemoteHosts::RemoteHosts(Remote::SshOptions ssh, QObject* parent) : QObject(parent), m_ssh(std::move(ssh)) {}

std::shared_ptr<Remote::RemoteHost> RemoteHosts::host(const QString& profileId, const Remote::Profile& profile)
{
    State& state = m_states[profileId];
    const QByteArray json = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact);
    if (state.host && state.profileJson != json) {
        // The profile file was edited (host, user, bastion...): the old connection's settings
        // must not be used any more. Followers holding the old host keep it until they stop.
        state = State{};
    }
    if (!state.host) {
        state.host = Remote::createHost(profile, m_ssh);
        state.profileJson = json;
    }
    return state.host;
}

void RemoteHosts::connectTo(const QString& profileId, const Remote::Profile& profile)
{
    auto connection = host(profileId, profile);
    if (!connection) return;
    State& state = m_states[profileId];
    if (state.connection == Connection::Connecting) return;
    state.connection = Connection::Connecting;
    state.error.clear();
    Q_EMIT stateChanged(profileId);
    auto* task = new RemoteConnectTask(connection, profile);
    connect(task, &Base::Task::finished, this, [this, task, profileId](bool ok) {
        State& s = m_states[profileId];
        if (s.connection != Connection::Connecting) return;  // disconnected meanwhile
        if (ok) {
            s.connection = Connection::Connected;
            s.info = task->info();
        } else {
            s.connection = Connection::Failed;
            const std::optional<Base::Error>& e = task->error();
            s.error = e ? e->message() + (e->detail().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e->detail()))
                        : tr("cancelled");
            if (e) Base::Log::error(*e);
        }
        Q_EMIT stateChanged(profileId);
        Q_EMIT finished(profileId, ok);
    });
    Base::TaskManager::instance()->start(task);
}

void RemoteHosts::disconnect(const QString& profileId)
{
    State& state = m_states[profileId];
    if (state.host) {
        std::shared_ptr<Remote::RemoteHost> host = std::move(state.host);
        // ssh -O exit talks to the master: on a worker, like every other ssh call.
        QThreadPool::globalInstance()->start([host] {
            if (auto* ssh = dynamic_cast<Remote::SshHost*>(host.get())) ssh->disconnect();
        });
    }
    state = State();
    Q_EMIT stateChanged(profileId);
}

}  // namespace Estran::Gui
