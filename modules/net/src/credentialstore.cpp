// SPDX-License-Identifier: GPL-3.0-or-later
#include "estran/net/credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThread>

#include <qt6keychain/keychain.h>

namespace Estran::Net {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Estran::Net", text); }

Base::Error keychainError(const QString& key, const QKeychain::Job& job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Base::Error(Base::Error::Kind::NotFound, key, tr("No secret is stored for this entry"));
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::AccessDeniedByUser ||
        job.error() == QKeychain::AccessDenied) {
        return Base::Error(Base::Error::Kind::Io, key,
                           tr("The system keychain is not available or refused access (is a Secret "
                              "Service such as GNOME Keyring running and unlocked?)"),
                           job.errorString());
    }
    return Base::Error(Base::Error::Kind::Io, key, tr("The system keychain failed"), job.errorString());
}

/// The blocking calls spin an event loop: never on the GUI thread, where that would be a
/// nested event loop (re-entrancy, a frozen-looking window while the keychain prompts).
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

/// Runs a started job to completion in the calling (worker) thread.
void waitFor(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

template <typename Job>
void configure(Job& job, const QString& key)
{
    job.setAutoDelete(false);
    job.setKey(key);
    // Never write secrets to a plain-text fallback file.
    job.setInsecureFallback(false);
}

}  // namespace

CredentialStore::CredentialStore(QString service) : m_service(std::move(service)) {}

void CredentialStore::read(const QString& key, QObject* context, ReadHandler handler) const
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    configure(*job, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, key, handler](QKeychain::Job*) {
        if (job->error() == QKeychain::NoError) handler(job->textData());
        else handler(keychainError(key, *job));
        job->deleteLater();
    });
    // A destroyed context drops the connection; the job still has to go.
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    job->start();
}

void CredentialStore::write(const QString& key, const QString& secret, QObject* context, WriteHandler handler) const
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    configure(*job, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, key, handler](QKeychain::Job*) {
        handler(job->error() == QKeychain::NoError ? Base::Result<void>() : Base::Result<void>(keychainError(key, *job)));
    });
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    job->start();
}

void CredentialStore::remove(const QString& key, QObject* context, WriteHandler handler) const
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    configure(*job, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, key, handler](QKeychain::Job*) {
        handler(job->error() == QKeychain::NoError ? Base::Result<void>() : Base::Result<void>(keychainError(key, *job)));
    });
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    job->start();
}

Base::Result<QString> CredentialStore::readNow(const QString& key) const
{
    if (auto refused = refuseGuiThread(key)) return *refused;
    QKeychain::ReadPasswordJob job(m_service);
    configure(job, key);
    waitFor(job);
    if (job.error() != QKeychain::NoError) return keychainError(key, job);
    return job.textData();
}

Base::Result<void> CredentialStore::writeNow(const QString& key, const QString& secret) const
{
    if (auto refused = refuseGuiThread(key)) return *refused;
    QKeychain::WritePasswordJob job(m_service);
    configure(job, key);
    job.setTextData(secret);
    waitFor(job);
    if (job.error() != QKeychain::NoError) return keychainError(key, job);
    return {};
}

Base::Result<void> CredentialStore::removeNow(const QString& key) const
{
    if (auto refused = refuseGuiThread(key)) return *refused;
    QKeychain::DeletePasswordJob job(m_service);
    configure(job, key);
    waitFor(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) return keychainError(key, job);
    return {};
}

Base::Result<void> CredentialStore::storeS3Credentials(const QString& endpoint, const S3Credentials& keys) const
{
    const QJsonObject o{{QStringLiteral("accessKeyId"), keys.accessKeyId},
                        {QStringLiteral("secretAccessKey"), keys.secretAccessKey},
                        {QStringLiteral("sessionToken"), keys.sessionToken}};
    return writeNow(QStringLiteral("s3:") + endpoint, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Base::Result<std::optional<S3Credentials>> CredentialStore::s3Credentials(const QString& endpoint) const
{
    const QString key = QStringLiteral("s3:") + endpoint;
    Base::Result<QString> text = readNow(key);
    if (!text) {
        if (text.error().kind() == Base::Error::Kind::NotFound) return std::optional<S3Credentials>();
        return text.error();
    }
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    if (o.value(QStringLiteral("accessKeyId")).toString().isEmpty())
        return Base::Error(Base::Error::Kind::InvalidInput, key, tr("The stored S3 keys are unreadable; enter them again"));
    return std::optional<S3Credentials>(S3Credentials{o.value(QStringLiteral("accessKeyId")).toString(),
                                                      o.value(QStringLiteral("secretAccessKey")).toString(),
                                                      o.value(QStringLiteral("sessionToken")).toString()});
}

}  // namespace Estran::Net
