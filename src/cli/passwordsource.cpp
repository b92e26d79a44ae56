#include "passwordsource.h"

#include "passwordvault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct PasswordSourceTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::PasswordSource)
};
} // namespace

PasswordLookup smtpPassword(const SendingSettings &sending)
{
    if (qEnvironmentVariableIsSet("GALLEY_SMTP_PASSWORD"))
        return {qEnvironmentVariable("GALLEY_SMTP_PASSWORD"), {}};
    if (sending.user.isEmpty())
        return {};
    const PasswordVault::Lookup lookup = PasswordVault::read(sending);
    if (lookup.kind == PasswordVault::Lookup::Found)
        return {lookup.password, {}};
    const QString why = lookup.kind == PasswordVault::Lookup::NotFound
        ? PasswordSourceTr::tr("the keyring holds none")
        : PasswordSourceTr::tr("no keyring: %1").arg(lookup.error);
    return {
        {},
        PasswordSourceTr::tr("no password for %1 on %2 (%3): set GALLEY_SMTP_PASSWORD, or save the "
                             "password in the keyring from Preferences ▸ Sending.")
            .arg(sending.user, sending.serverName(), why)};
}

} // namespace galley::cli
