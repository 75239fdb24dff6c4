// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/remote/askpass.h"

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>

#include <atomic>
#include <mutex>
#include <thread>

namespace Estran::Remote::Detail {

/// The Estran end of estran-askpass, for one ssh invocation: a Unix socket in a private (0700)
/// folder, served by a thread of its own that turns each prompt into an AskpassRequest for the
/// handler. Passphrases and passwords the user asked to remember are answered from the keychain
/// (Net::CredentialStore) without asking; a remembered secret that ssh asks for again was
/// wrong, so it is forgotten at once and the user is asked.
class AskpassRelay {
public:
    /// `keychainService` empty: never read or write the keychain.
    AskpassRelay(QString host, AskpassHandler handler, QString keychainService);
    ~AskpassRelay();
    AskpassRelay(const AskpassRelay&) = delete;
    AskpassRelay& operator=(const AskpassRelay&) = delete;

    /// Creates the socket under `parentDirectory` and starts serving.
    [[nodiscard]] Base::Result<void> start(const QString& parentDirectory);
    QString socketPath() const { return m_socketPath; }

    /// Stops serving (waits for a prompt being answered). Then, when ssh connected, stores the
    /// secrets the user asked to remember; when ssh reported that authentication was refused,
    /// forgets the remembered secrets it was given.
    void finish(bool connected, bool authenticationRefused);

    /// The user refused a host key or a prompt (for a clearer error than ssh's).
    bool userRefusedHostKey() const { return m_refusedHostKey.load(); }
    bool userRefusedPrompt() const { return m_refusedPrompt.load(); }
    /// A secret was given (by the user or the keychain): a refused login is then not a cancel.
    bool secretGiven() const { return m_secretGiven.load(); }

    /// Keychain entry of a secret prompt: "ssh:<host>:<prompt>".
    static QString keychainKey(const QString& host, const QString& prompt);

private:
    void serve();
    QByteArray answer(const QByteArray& request);
    QByteArray answerSecret(const AskpassRequest& request);
    void stop();

    QString m_host;
    AskpassHandler m_handler;
    QString m_keychainService;
    QString m_directory;
    QString m_socketPath;
    int m_listenFd = -1;
    int m_stopPipe[2] = {-1, -1};
    std::thread m_thread;
    std::atomic<bool> m_refusedHostKey{false};
    std::atomic<bool> m_refusedPrompt{false};
    std::atomic<bool> m_secretGiven{false};

    std::mutex m_mutex;  ///< guards the maps below (serve() thread and finish())
    QSet<QString> m_usedStored;        ///< keys answered from the keychain in this session
    QSet<QString> m_forgotten;         ///< keys found wrong: never read again in this session
    QMap<QString, QString> m_pending;  ///< key -> secret to store once connected
};

}  // namespace Estran::Remote::Detail
