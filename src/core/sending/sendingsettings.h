#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

class Store;

enum class SmtpSecurity { StartTls, Tls, None };

// Where test emails go out (Preferences ▸ Sending): the SMTP server, how to reach it, who signs
// in and who receives the tests. Kept in the store's settings (key `sending`) beside the
// newsletter's, so the CLI's `send-test --draft` finds them too. Never the password: that lives
// in the keyring (PasswordVault) or, without one, in the session's memory.
struct SendingSettings
{
    QString host;
    int port = 0; // 0: the security's usual port (587 STARTTLS, 465 TLS, 25 none)
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; // empty: no AUTH
    QStringList recipients;
    bool testPrefix = true; // "[TEST] " before the subject
    // The SHA-256 of a certificate the person trusted although no authority vouches for it (a
    // self-signed server); empty: only what the system trusts.
    QString trustedCertificate;

    // A proof, not a mailing tool.
    static constexpr int maxRecipients = 10;

    int effectivePort() const;
    // host:port, as messages name the server.
    QString serverName() const;
    // smtp://host:port or smtps://host:port, for libcurl.
    QString url() const;
    bool isConfigured() const { return !host.trimmed().isEmpty(); }

    // What is wrong with these settings for sending, as a sentence; empty when they can send.
    QString problem() const;

    QJsonObject toJson() const;
    static SendingSettings fromJson(const QJsonObject &json);
    static QString storeKey() { return QStringLiteral("sending"); }

    // `smtp[s]://[user@]host[:port]`: smtps is TLS, smtp STARTTLS. nullopt with *error set when
    // the text is not such a URL.
    static std::optional<SendingSettings> fromUrl(const QString &url, QString *error);

    static QString securityName(SmtpSecurity security); // "starttls", "tls", "none"
    static std::optional<SmtpSecurity> securityFromName(const QString &name);

    friend bool operator==(const SendingSettings &, const SendingSettings &) = default;
};

Result<SendingSettings> loadSendingSettings(Store &store);
Status saveSendingSettings(Store &store, const SendingSettings &settings);

// The bare address in "Name <address>" (or the text itself, trimmed), for the SMTP envelope.
QString envelopeAddress(const QString &mailbox);

} // namespace galley
