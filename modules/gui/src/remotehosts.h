// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/remote/profile.h"
#include "estran/remote/scheduler.h"
#include "estran/remote/sshhost.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Estran::Gui {

/// The remote jobs panel's connections: one RemoteHost (one ssh master) per profile, shared by
/// the connection line, submissions, cancels and every follower of that profile, and what
/// connecting found (scheduler, queues, limits). Connecting runs as a RemoteConnectTask and
/// closing an ssh master runs on a worker: nothing here waits for a host. GUI thread only.
class RemoteHosts final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteHosts)
public:
    enum class Connection { Disconnected, Connecting, Connected, Failed };
    struct State {
        std::shared_ptr<Remote::RemoteHost> host;
        QByteArray profileJson;  ///< the profile the host was made for: an edited file gets a new one
        Connection connection = Connection::Disconnected;
        std::optional<Remote::SchedulerInfo> info;
        QString error;
    };

    explicit RemoteHosts(Remote::SshOptions ssh, QObject* parent = nullptr);

    /// The host of a profile (by RemoteProfiles::Entry::id()), made on first use and made again
    /// when the profile changed since.
    std::shared_ptr<Remote::RemoteHost> host(const QString& profileId, const Remote::Profile& profile);
    State state(const QString& profileId) const { return m_states.value(profileId); }

    /// Probes the host and its scheduler on a worker; finished() when done, unless disconnect()
    /// came first. Does nothing while a probe of the same profile runs.
    void connectTo(const QString& profileId, const Remote::Profile& profile);
    /// Forgets the connection; an ssh master is closed on a worker.
    void disconnect(const QString& profileId);

Q_SIGNALS:
    /// The state of `profileId` changed (connecting started, ended or was dropped).
    void stateChanged(const QString& profileId);
    /// A probe ended; `ok` false with state().error saying why.
    void finished(const QString& profileId, bool ok);

private:
    Remote::SshOptions m_ssh;
    QHash<QString, State> m_states;  ///< by profile id
};

}  // namespace Estran::Gui
