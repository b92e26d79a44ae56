#pragma once

#include "sendingsettings.h"

#include <QString>

namespace galley {

// The SMTP password in the desktop's keyring (QtKeychain: the Secret Service on Linux), under
// the application id, one entry per user and server. Never in QSettings, the store or a log.
// Blocking (QtKeychain answers through D-Bus): call it off the GUI thread.
namespace PasswordVault {

struct Lookup
{
    enum Kind { Found, NotFound, Unavailable, Failed };
    Kind kind = Unavailable;
    QString password;
    QString error; // why not (Unavailable, Failed): the keyring's words, never the password
};

// "user@host:port": the keyring entry's name.
QString entryName(const SendingSettings &settings);

Lookup read(const SendingSettings &settings);
// An empty password removes the entry. Returns the error (empty when it worked) and whether the
// keyring is there at all in *available.
QString write(const SendingSettings &settings, const QString &password, bool *available = nullptr);

// The same for any entry: `service` names the kind of password (the application id and
// ".smtp", ".postgresql"), `key` the account.
Lookup readEntry(const QByteArray &service, const QString &key);
QString writeEntry(const QByteArray &service, const QString &key, const QString &password,
                   bool *available = nullptr);

} // namespace PasswordVault

} // namespace galley
