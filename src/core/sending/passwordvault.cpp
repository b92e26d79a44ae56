#include "passwordvault.h"

#include "appidentity.h"
#include "keyringmodule.h"

#include "siblinglibrary.h"

#include <QCoreApplication>

#include <mutex>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PasswordVaultTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::PasswordVault)
};

struct KeyringModule
{
    GalleyKeyringRead read = nullptr;
    GalleyKeyringWrite write = nullptr;
    QString error;
};

const KeyringModule &keyringModule()
{
    static KeyringModule module;
    static std::once_flag once;
    std::call_once(once, [] {
        SiblingLibrary library(u"galley-keyring.so"_s);
        module.read = library.resolve<GalleyKeyringRead>(GALLEY_KEYRING_READ_SYMBOL);
        module.write = library.resolve<GalleyKeyringWrite>(GALLEY_KEYRING_WRITE_SYMBOL);
        module.error = library.error();
    });
    return module;
}

QByteArray serviceName()
{
    return QByteArray(GALLEY_APP_ID) + ".smtp";
}
} // namespace

namespace PasswordVault {

QString entryName(const SendingSettings &settings)
{
    return settings.user + u'@' + settings.serverName();
}

Lookup read(const SendingSettings &settings)
{
    return readEntry(serviceName(), entryName(settings));
}

QString write(const SendingSettings &settings, const QString &password, bool *available)
{
    return writeEntry(serviceName(), entryName(settings), password, available);
}

Lookup readEntry(const QByteArray &service, const QString &key)
{
    const KeyringModule &module = keyringModule();
    if (!module.read)
        return {
            Lookup::Unavailable,
            {},
            PasswordVaultTr::tr("Galley's keyring access cannot be loaded: %1.").arg(module.error)};
    char error[512] = {};
    QByteArray password;
    const int outcome = module.read(
        service.constData(), key.toUtf8().constData(),
        [](void *context, const char *data, size_t size) {
            *static_cast<QByteArray *>(context) = QByteArray(data, qsizetype(size));
        },
        &password, error, sizeof error);
    switch (outcome) {
    case GalleyKeyringOk:
        return {Lookup::Found, QString::fromUtf8(password), {}};
    case GalleyKeyringNotFound:
        return {Lookup::NotFound, {}, {}};
    case GalleyKeyringUnavailable:
        return {Lookup::Unavailable, {}, QString::fromUtf8(error)};
    default:
        return {Lookup::Failed, {}, QString::fromUtf8(error)};
    }
}

QString writeEntry(const QByteArray &service, const QString &key, const QString &password,
                   bool *available)
{
    const KeyringModule &module = keyringModule();
    if (available)
        *available = module.write != nullptr;
    if (!module.write)
        return PasswordVaultTr::tr("Galley's keyring access cannot be loaded: %1.")
            .arg(module.error);
    char error[512] = {};
    const QByteArray secret = password.toUtf8();
    const int outcome
        = module.write(service.constData(), key.toUtf8().constData(),
                       password.isEmpty() ? nullptr : secret.constData(), error, sizeof error);
    if (available)
        *available = outcome != GalleyKeyringUnavailable;
    if (outcome == GalleyKeyringOk)
        return {};
    return PasswordVaultTr::tr("The keyring did not take the password (%1).")
        .arg(QString::fromUtf8(error));
}

} // namespace PasswordVault

} // namespace galley
