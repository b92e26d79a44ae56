#pragma once

#include "sendingsettings.h"

#include <QString>

namespace galley::cli {

struct PasswordLookup
{
    QString password;
    QString error; // why there is none although the server needs one; empty otherwise
};

// The SMTP password for `galley send-test`: GALLEY_SMTP_PASSWORD, else the keyring's entry for
// the user and server (PasswordVault), else none when no user name is set (no AUTH).
PasswordLookup smtpPassword(const SendingSettings &sending);

} // namespace galley::cli
