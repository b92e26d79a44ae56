// galley-keyring.so: QtKeychain (Secret Service on Linux) behind the plain functions of
// keyringmodule.h. Each call runs its job to the end in a local event loop, on whichever thread
// calls it (a worker's, never the GUI's).
#include "keyringmodule.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

#include <cstdio>

namespace {

int outcomeOf(QKeychain::Job &job, char *error, size_t errorSize)
{
    std::snprintf(error, errorSize, "%s", job.errorString().toUtf8().constData());
    switch (job.error()) {
    case QKeychain::NoError:
        return GalleyKeyringOk;
    case QKeychain::EntryNotFound:
        return GalleyKeyringNotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return GalleyKeyringFailed;
    default:
        // No backend, or one that cannot be reached (no D-Bus session, no Secret Service):
        // QtKeychain reports the latter as OtherError.
        return GalleyKeyringUnavailable;
    }
}

void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

extern "C" __attribute__((visibility("default"))) int
galley_keyring_read(const char *service, const char *key, GalleyKeyringSink sink, void *context,
                    char *error, size_t errorSize)
{
    QKeychain::ReadPasswordJob job(QString::fromUtf8(service));
    job.setKey(QString::fromUtf8(key));
    runToEnd(job);
    const int outcome = outcomeOf(job, error, errorSize);
    if (outcome == GalleyKeyringOk) {
        const QByteArray password = job.textData().toUtf8();
        sink(context, password.constData(), size_t(password.size()));
    }
    return outcome;
}

extern "C" __attribute__((visibility("default"))) int
galley_keyring_write(const char *service, const char *key, const char *password, char *error,
                     size_t errorSize)
{
    if (!password) {
        QKeychain::DeletePasswordJob job(QString::fromUtf8(service));
        job.setKey(QString::fromUtf8(key));
        runToEnd(job);
        const int outcome = outcomeOf(job, error, errorSize);
        return outcome == GalleyKeyringNotFound ? GalleyKeyringOk : outcome;
    }
    QKeychain::WritePasswordJob job(QString::fromUtf8(service));
    job.setKey(QString::fromUtf8(key));
    job.setTextData(QString::fromUtf8(password));
    runToEnd(job);
    return outcomeOf(job, error, errorSize);
}
