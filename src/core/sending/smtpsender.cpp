#include "smtpsender.h"

#include "hostnames.h"
#include "siblinglibrary.h"

#include "smtpmodule.h"

#include <QCoreApplication>

#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct SmtpSenderTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::SmtpSender)
};

struct SmtpModule
{
    GalleySmtpSend send = nullptr;
    QString error;
};

const SmtpModule &smtpModule()
{
    static SmtpModule module;
    static std::once_flag once;
    std::call_once(once, [] {
        SiblingLibrary library(u"galley-smtp.so"_s);
        module.send = library.resolve<GalleySmtpSend>(GALLEY_SMTP_SEND_SYMBOL);
        module.error = library.error();
    });
    return module;
}

// The server's own words, when it said something: "(server said: 550 No such user)".
QString serverSaid(const GalleySmtpReport &report)
{
    const QString reply = QString::fromUtf8(report.reply).trimmed();
    return reply.isEmpty() ? QString() : SmtpSenderTr::tr(" (the server said: %1)").arg(reply);
}

QString describe(const SmtpRequest &request, const GalleySmtpReport &report)
{
    const QString server = request.server.serverName();
    const QString detail = QString::fromUtf8(report.detail);
    switch (report.outcome) {
    case GalleySmtpRefused:
        return SmtpSenderTr::tr(
                   "%1 refused the connection. Check the SMTP host and port in Preferences ▸ "
                   "Sending (usually 587 for STARTTLS, 465 for TLS) and that the server is "
                   "running. Nothing was sent.")
            .arg(server);
    case GalleySmtpNameNotFound:
        return SmtpSenderTr::tr(
                   "The SMTP server %1 was not found: no such host name. Check its spelling "
                   "in Preferences ▸ Sending and your network connection. Nothing was sent.")
            .arg(server);
    case GalleySmtpUntrustedCertificate:
        return SmtpSenderTr::tr(
                   "%1 presented a certificate that is not trusted (%2). Its SHA-256 "
                   "fingerprint is %3. Trust it only if you know it is your server's "
                   "(Send Test Email asks; galley send-test --trust-certificate %3). Nothing "
                   "was sent.")
            .arg(server, detail, QString::fromLatin1(report.certificateSha256));
    case GalleySmtpTlsFailed:
        return SmtpSenderTr::tr(
                   "The secure connection to %1 failed (%2). Check the security setting in "
                   "Preferences ▸ Sending: STARTTLS usually on port 587, TLS on port 465. "
                   "Nothing was sent.")
            .arg(server, detail);
    case GalleySmtpAuthRejected:
        if (request.server.user.isEmpty())
            return SmtpSenderTr::tr(
                       "%1 asks senders to sign in%2. Set your user name in Preferences ▸ "
                       "Sending (or in --smtp as smtp://user@host). Nothing was sent.")
                .arg(server, serverSaid(report));
        return SmtpSenderTr::tr(
                   "%1 did not accept the sign-in of user '%2'%3. Check the user name in "
                   "Preferences ▸ Sending and the password. Nothing was sent.")
            .arg(server, request.server.user, serverSaid(report));
    case GalleySmtpRecipientRejected:
        return SmtpSenderTr::tr(
                   "%1 refused the recipient %2%3. Check the test recipients in Preferences "
                   "▸ Sending. Nothing was sent.")
            .arg(server, QString::fromUtf8(report.recipient), serverSaid(report));
    case GalleySmtpTooLarge:
        return SmtpSenderTr::tr(
                   "%1 refused the message as too large (%2 KB)%3. Make the issue smaller "
                   "(fewer or smaller images) or ask the server's administrator about its "
                   "limit. Nothing was sent.")
            .arg(server)
            .arg((request.message.size() + 1023) / 1024)
            .arg(serverSaid(report));
    case GalleySmtpTimedOut:
        return SmtpSenderTr::tr("%1 did not answer in time (%2 s). Check the host and port in "
                                "Preferences ▸ Sending, or try again later. Nothing was sent.")
            .arg(server)
            .arg(QString::number(request.timeoutMs / 1000.0));
    case GalleySmtpCancelled:
        return SmtpSenderTr::tr("Sending to %1 was cancelled. Nothing was sent.").arg(server);
    default:
        return SmtpSenderTr::tr("Sending through %1 failed: %2%3. Nothing was sent.")
            .arg(server, detail, serverSaid(report));
    }
}

struct ProgressContext
{
    const std::function<bool(qint64, qint64)> *progress;
};
} // namespace

SmtpOutcome sendSmtp(const SmtpRequest &request,
                     const std::function<bool(qint64, qint64)> &progress)
{
    const SmtpModule &module = smtpModule();
    if (!module.send)
        return {SmtpOutcome::Failed,
                SmtpSenderTr::tr("Galley's SMTP sender cannot be loaded: %1. Reinstall Galley.")
                    .arg(module.error),
                {}};
    // The settings' other checks (recipients) are the callers'; these two protect the password.
    if (!request.server.isConfigured()
        || (request.server.security == SmtpSecurity::None && !isLoopbackHost(request.server.host)))
        return {SmtpOutcome::Failed, request.server.problem(), {}};

    const QByteArray url = request.server.url().toUtf8();
    const QByteArray user = request.server.user.toUtf8();
    const QByteArray password = request.password.toUtf8();
    const QByteArray from = request.envelopeFrom.toUtf8();
    const QByteArray trusted = request.server.trustedCertificate.toLatin1();
    std::vector<QByteArray> recipients;
    std::vector<const char *> recipientPointers;
    for (const QString &r : request.recipients)
        recipients.push_back(r.trimmed().toUtf8());
    for (const QByteArray &r : recipients)
        recipientPointers.push_back(r.constData());

    ProgressContext context {&progress};
    GalleySmtpRequest plain {};
    plain.url = url.constData();
    plain.security = request.server.security == SmtpSecurity::None ? GalleySmtpPlain
        : request.server.security == SmtpSecurity::Tls             ? GalleySmtpTls
                                                                   : GalleySmtpStartTls;
    plain.user = user.isEmpty() ? nullptr : user.constData();
    plain.password = password.constData();
    plain.mailFrom = from.constData();
    plain.recipients = recipientPointers.data();
    plain.recipientCount = int(recipientPointers.size());
    plain.message = request.message.constData();
    plain.messageSize = size_t(request.message.size());
    plain.timeoutMs = request.timeoutMs;
    plain.trustedSha256 = trusted.isEmpty() ? nullptr : trusted.constData();
    plain.progress = [](void *c, size_t sent, size_t total) {
        const auto *p = static_cast<ProgressContext *>(c)->progress;
        return (*p && !(*p)(qint64(sent), qint64(total))) ? 1 : 0;
    };
    plain.context = &context;

    GalleySmtpReport report {};
    // A name under .invalid never resolves: no resolver is asked, the tests' unknown host stays
    // on this machine.
    if (isInvalidHostName(request.server.host))
        report.outcome = GalleySmtpNameNotFound;
    else
        module.send(&plain, &report);
    SmtpOutcome outcome;
    outcome.kind = SmtpOutcome::Kind(report.outcome);
    outcome.certificateSha256 = QString::fromLatin1(report.certificateSha256);
    if (!outcome.sent())
        outcome.message = describe(request, report);
    return outcome;
}

} // namespace galley
