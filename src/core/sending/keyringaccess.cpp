// galley-keyring.so: QtKeychain (Secret Service on Linux) behind the plain functions of
// keyringmodule.h. QtKeychain queues its jobs in one process-wide executor that is not meant to be
// shared between threads (a job started on a worker while another finished on the GUI thread
// crashed it), so every job runs on one thread of this module's own, and the callers, whatever
// their thread, wait for the answer.
#include "keyringmodule.h"

#include <gio/gio.h>
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QThread>

#include <cstdio>
#include <mutex>

namespace {

int outcomeOf(const QKeychain::Job &job, char *error, size_t errorSize)
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

// QtKeychain's Secret Service backend (libsecret) talks over GLib's shared session-bus connection,
// which by default raises SIGTERM in the whole process when the bus closes: a D-Bus session or
// keyring daemon going away would end the editor, unsaved text and all. Turned off on that shared
// connection before each job (a connection that failed is not kept, so a later one is new).
void keepTheSessionBusFromEndingTheProcess()
{
    GError *error = nullptr;
    if (GDBusConnection *bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error)) {
        g_dbus_connection_set_exit_on_close(bus, FALSE);
        g_object_unref(bus);
    }
    g_clear_error(&error);
}

// The thread every job runs on. Never stopped or deleted: it ends with the process (a QThread
// destroyed while running would abort it).
QObject *keyringThreadContext()
{
    static QObject *context = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("galley-keyring"));
        thread->start();
        context = new QObject;
        context->moveToThread(thread);
    });
    return context;
}

// Starts `job` on the keyring thread and waits there (in a local loop) for it to finish;
// `done` reads the job before QtKeychain deletes it (auto-delete, after finished).
template<typename Done>
void runOnKeyringThread(QKeychain::Job *(*make)(void *), void *data, Done done)
{
    auto body = [&] {
        keepTheSessionBusFromEndingTheProcess();
        QKeychain::Job *job = make(data);
        job->setAutoDelete(true);
        QEventLoop loop;
        QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *finished) {
            done(*finished);
            loop.quit();
        });
        job->start();
        loop.exec();
    };
    QObject *context = keyringThreadContext();
    if (QThread::currentThread() == context->thread())
        body();
    else
        QMetaObject::invokeMethod(context, body, Qt::BlockingQueuedConnection);
}

struct Request
{
    const char *service;
    const char *key;
    const char *password;
};

} // namespace

extern "C" __attribute__((visibility("default"))) int
galley_keyring_read(const char *service, const char *key, GalleyKeyringSink sink, void *context,
                    char *error, size_t errorSize)
{
    Request request {service, key, nullptr};
    int outcome = GalleyKeyringUnavailable;
    QByteArray password;
    runOnKeyringThread(
        [](void *data) -> QKeychain::Job * {
            const auto *r = static_cast<Request *>(data);
            auto *job = new QKeychain::ReadPasswordJob(QString::fromUtf8(r->service));
            job->setKey(QString::fromUtf8(r->key));
            return job;
        },
        &request,
        [&](const QKeychain::Job &job) {
            outcome = outcomeOf(job, error, errorSize);
            if (outcome == GalleyKeyringOk)
                password = static_cast<const QKeychain::ReadPasswordJob &>(job).textData().toUtf8();
        });
    if (outcome == GalleyKeyringOk)
        sink(context, password.constData(), size_t(password.size()));
    return outcome;
}

extern "C" __attribute__((visibility("default"))) int
galley_keyring_write(const char *service, const char *key, const char *password, char *error,
                     size_t errorSize)
{
    Request request {service, key, password};
    int outcome = GalleyKeyringUnavailable;
    runOnKeyringThread(
        [](void *data) -> QKeychain::Job * {
            const auto *r = static_cast<Request *>(data);
            if (!r->password) {
                auto *job = new QKeychain::DeletePasswordJob(QString::fromUtf8(r->service));
                job->setKey(QString::fromUtf8(r->key));
                return job;
            }
            auto *job = new QKeychain::WritePasswordJob(QString::fromUtf8(r->service));
            job->setKey(QString::fromUtf8(r->key));
            job->setTextData(QString::fromUtf8(r->password));
            return job;
        },
        &request, [&](const QKeychain::Job &job) { outcome = outcomeOf(job, error, errorSize); });
    // Deleting what is not there leaves the keyring as asked.
    return !password && outcome == GalleyKeyringNotFound ? GalleyKeyringOk : outcome;
}
