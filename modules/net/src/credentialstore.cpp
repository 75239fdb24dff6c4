// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/credentialstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <functional>
#include <future>
#include <memory>

#include <qt6keychain/keychain.h>

namespace Estran::Net {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Net", text); }

/// The blocking calls wait for the keychain (which may prompt the user to unlock it): never on
/// the GUI thread, which would freeze the window meanwhile.
std::optional<Base::Error> refuseGuiThread(const QString& key)
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread() && app->inherits("QGuiApplication")) {
        qWarning("CredentialStore: blocking call on the GUI thread refused; use the asynchronous API");
        return Base::Error(Base::Error::Kind::Internal, key,
                           tr("The keychain was asked for a secret on the GUI thread; this is a bug"));
    }
    return std::nullopt;
}

template <typename Job>
void configure(Job& job, const QString& key)
{
    job.setAutoDelete(false);
    job.setKey(key);
    // Never write secrets to a plain-text fallback file.
    job.setInsecureFallback(false);
}

/// What a finished job said, copied out of the job (which lives on the keychain thread).
struct Outcome {
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
};

Base::Error keychainError(const QString& key, const Outcome& outcome)
{
    if (outcome.error == QKeychain::EntryNotFound)
        return Base::Error(Base::Error::Kind::NotFound, key, tr("No secret is stored for this entry"));
    if (outcome.error == QKeychain::NoBackendAvailable || outcome.error == QKeychain::AccessDeniedByUser ||
        outcome.error == QKeychain::AccessDenied) {
        return Base::Error(Base::Error::Kind::Io, key,
                           tr("The system keychain is not available or refused access (is a Secret "
                              "Service such as GNOME Keyring running and unlocked?)"),
                           outcome.errorString);
    }
    return Base::Error(Base::Error::Kind::Io, key, tr("The system keychain failed"), outcome.errorString);
}

/// QtKeychain queues every job of the process in one executor object that is not thread-safe:
/// jobs created on two threads (the GUI's asynchronous reads, a worker's blocking read) crash it.
/// So every job is created, run and deleted on this one thread, which only ever serves the
/// keychain and therefore never waits for anyone: blocking callers on any other thread cannot
/// deadlock with it.
class KeychainThread {
public:
    static KeychainThread& instance()
    {
        static KeychainThread* thread = new KeychainThread;  // lives until the process exits
        return *thread;
    }

    /// Runs `makeJob` on the keychain thread, starts the job it returns and calls `done` there
    /// with the outcome.
    void run(std::function<QKeychain::Job*()> makeJob, std::function<void(const Outcome&)> done)
    {
        QMetaObject::invokeMethod(m_anchor, [makeJob = std::move(makeJob), done = std::move(done)] {
            QKeychain::Job* job = makeJob();
            QObject::connect(job, &QKeychain::Job::finished, job, [job, done](QKeychain::Job*) {
                Outcome outcome{job->error(), job->errorString(), {}};
                if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job)) outcome.text = read->textData();
                done(outcome);
                job->deleteLater();
            });
            job->start();
        }, Qt::QueuedConnection);
    }

    /// Runs the job and hands its outcome to `handler` on `context`'s thread, never after
    /// `context` is gone: a relay object, connected on the caller's thread while `context` is
    /// certainly alive, is deleted on the keychain thread once the outcome is in, and its
    /// `destroyed` signal reaches `context` queued. Qt drops that connection if `context` dies
    /// first, so no thread ever touches a dead context.
    void runFor(QObject* context, std::function<QKeychain::Job*()> makeJob, std::function<void(const Outcome&)> handler)
    {
        auto outcome = std::make_shared<Outcome>();
        auto* relay = new QObject;
        QObject::connect(relay, &QObject::destroyed, context, [outcome, handler] { handler(*outcome); },
                         Qt::QueuedConnection);
        relay->moveToThread(&m_thread);
        run(std::move(makeJob), [outcome, relay](const Outcome& o) {
            *outcome = o;
            delete relay;  // on its own thread
        });
    }

    /// Blocks the calling thread until the job has finished.
    Outcome runAndWait(std::function<QKeychain::Job*()> makeJob)
    {
        auto promise = std::make_shared<std::promise<Outcome>>();
        std::future<Outcome> future = promise->get_future();
        run(std::move(makeJob), [promise](const Outcome& outcome) { promise->set_value(outcome); });
        return future.get();
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("Estran keychain"));
        m_thread.start();
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
    }
    QThread m_thread;
    QObject* m_anchor = nullptr;
};

template <typename Job>
std::function<QKeychain::Job*()> makeJob(const QString& service, const QString& key,
                                         std::function<void(Job&)> extra = {})
{
    return [service, key, extra] {
        auto* job = new Job(service);
        configure(*job, key);
        if (extra) extra(*job);
        return job;
    };
}

}  // namespace

CredentialStore::CredentialStore(QString service) : m_service(std::move(service)) {}

void CredentialStore::read(const QString& key, QObject* context, ReadHandler handler) const
{
    KeychainThread::instance().runFor(context, makeJob<QKeychain::ReadPasswordJob>(m_service, key),
                                      [key, handler](const Outcome& outcome) {
        if (outcome.error == QKeychain::NoError) handler(outcome.text);
        else handler(keychainError(key, outcome));
    });
}

void CredentialStore::write(const QString& key, const QString& secret, QObject* context, WriteHandler handler) const
{
    const std::function<void(QKeychain::WritePasswordJob&)> setSecret = [secret](QKeychain::WritePasswordJob& job) {
        job.setTextData(secret);
    };
    KeychainThread::instance().runFor(context, makeJob<QKeychain::WritePasswordJob>(m_service, key, setSecret),
                                      [key, handler](const Outcome& outcome) {
        handler(outcome.error == QKeychain::NoError ? Base::Result<void>() : Base::Result<void>(keychainError(key, outcome)));
    });
}

void CredentialStore::remove(const QString& key, QObject* context, WriteHandler handler) const
{
    KeychainThread::instance().runFor(context, makeJob<QKeychain::DeletePasswordJob>(m_service, key),
                                      [key, handler](const Outcome& outcome) {
        // Nothing stored is what removing asks for, as removeNow() also says.
        const bool gone = outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound;
        handler(gone ? Base::Result<void>() : Base::Result<void>(keychainError(key, outcome)));
    });
}

Base::Result<QString> CredentialStore::readNow(const QString& key) const
{
    if (auto refused = refuseGuiThread(key)) return *refused;
    const Outcome outcome = KeychainThread::instance().runAndWait(makeJob<QKeychain::ReadPasswordJob>(m_service, key));
    if (outcome.error != QKeychain::NoError) return keychainError(key, outcome);
    return outcome.text;
}

Base::Result<void> CredentialStore::writeNow(const QString& key, const QString& secret) const
{
    if (auto refused = refuseGuiThread(key)) return *refused;
    const std::function<void(QKeychain::WritePasswordJob&)> setSecret = [secret](QKeychain::WritePasswordJob& job) {
        job.setTextData(secret);
    };
    const Outcome outcome =
        KeychainThread::instance().runAndWait(makeJob<QKeychain::WritePasswordJob>(m_service, key, setSecret));
    if (outcome.error != QKeychain::NoError) return keychainError(key, outcome);
    return {};
}

Base::Result<void> CredentialStore::removeNow(const QString& key) const
{
    if (auto refused = refuseGuiThread(key)) return *refused;
    const Outcome outcome = KeychainThread::instance().runAndWait(makeJob<QKeychain::DeletePasswordJob>(m_service, key));
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) return keychainError(key, outcome);
    return {};
}

QString CredentialStore::encodeS3Credentials(const S3Credentials& keys)
{
    const QJsonObject o{{QStringLiteral("accessKeyId"), keys.accessKeyId},
                        {QStringLiteral("secretAccessKey"), keys.secretAccessKey},
                        {QStringLiteral("sessionToken"), keys.sessionToken}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<S3Credentials> CredentialStore::decodeS3Credentials(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.value(QStringLiteral("accessKeyId")).toString().isEmpty()) return std::nullopt;
    return S3Credentials{o.value(QStringLiteral("accessKeyId")).toString(),
                         o.value(QStringLiteral("secretAccessKey")).toString(),
                         o.value(QStringLiteral("sessionToken")).toString()};
}

Base::Result<void> CredentialStore::storeS3Credentials(const QString& endpoint, const S3Credentials& keys) const
{
    return writeNow(QStringLiteral("s3:") + endpoint, encodeS3Credentials(keys));
}

Base::Result<std::optional<S3Credentials>> CredentialStore::s3Credentials(const QString& endpoint) const
{
    const QString key = QStringLiteral("s3:") + endpoint;
    Base::Result<QString> text = readNow(key);
    if (!text) {
        if (text.error().kind() == Base::Error::Kind::NotFound) return std::optional<S3Credentials>();
        return text.error();
    }
    std::optional<S3Credentials> keys = decodeS3Credentials(*text);
    if (!keys)
        return Base::Error(Base::Error::Kind::InvalidInput, key, tr("The stored S3 keys are unreadable; enter them again"));
    return keys;
}

}  // namespace Estran::Net
