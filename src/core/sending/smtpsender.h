#pragma once

#include "sendingsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace galley {

// One message to send: the server, the envelope and the exact bytes.
struct SmtpRequest
{
    SendingSettings server; // host, port, security, user, trusted certificate
    QString password; // used for AUTH only; never logged or put in a message
    QString envelopeFrom; // bare address
    QStringList recipients; // bare addresses
    QByteArray message; // the whole MIME message, CRLF line ends
    int timeoutMs = 30000; // for the whole conversation; tests set less
};

// What a send came to. `sent` only when the server took the whole message: a conversation that
// broke off anywhere before the server's final "250" is not sent.
struct SmtpOutcome
{
    enum Kind {
        Sent,
        Refused,
        NameNotFound,
        UntrustedCertificate,
        TlsFailed,
        AuthRejected,
        RecipientRejected,
        TooLarge,
        TimedOut,
        Cancelled,
        Failed
    };
    Kind kind = Failed;
    QString message; // a translated sentence naming the server and what to do; empty when sent
    QString certificateSha256; // the server's certificate (UntrustedCertificate)

    bool sent() const { return kind == Sent; }
};

// Sends through libcurl (in galley-smtp.so, loaded on the first send from next to the running
// program, as the .eml writer is). Blocks: call it off the GUI thread. `progress` gets the bytes
// handed over so far and the total; it returns false to cancel.
SmtpOutcome sendSmtp(const SmtpRequest &request,
                     const std::function<bool(qint64 sent, qint64 total)> &progress = {});

} // namespace galley
