#pragma once

#include "sending/passwordvault.h"

#include <QString>

namespace galley {

struct StoreLocation;

// The password of a PostgreSQL store's server account in the desktop's keyring (as the SMTP
// password is: PasswordVault), keyed by "user@host:port/database" (StoreLocation::
// serverAccount). Preferences ▸ Store writes it; PgEngine reads it only when the server asked
// for a password that libpq's own sources (~/.pgpass, PGPASSWORD) did not give, so a server
// that needs none never loads the keyring. Never in settings, the address or a log. Blocking
// (D-Bus): off the GUI thread.
namespace StorePassword {

QByteArray serviceName(); // "<application id>.postgresql"
PasswordVault::Lookup read(const StoreLocation &where);
// An empty password removes the entry. Returns the error, empty when it worked.
QString write(const StoreLocation &where, const QString &password, bool *available = nullptr);

} // namespace StorePassword

} // namespace galley
