// `galley send-test`: the issue's .eml (the bytes `galley export --to eml` writes, "[TEST] "
// before the subject) to the test recipients over SMTP, for scripts.
#include "commands.h"
#include "storeargument.h"

#include "emailprofile.h"
#include "passwordsource.h"
#include "store/store.h"
#include "testemail.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct SendTestCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::SendTestCommand)
};

const QString kName = u"send-test"_s;

void fail(const QString &message)
{
    writeErrLine(u"galley send-test: "_s + message);
}

const char *outcomeName(SmtpOutcome::Kind kind)
{
    static const char *const names[] = {"sent",
                                        "connection-refused",
                                        "name-not-found",
                                        "untrusted-certificate",
                                        "tls-failed",
                                        "auth-rejected",
                                        "recipient-rejected",
                                        "too-large",
                                        "timeout",
                                        "cancelled",
                                        "failed"};
    return names[int(kind)];
}

// The server from --smtp and --security over the store's; the recipients from --to over the
// store's. Returns false after saying what is wrong.
bool applyOptions(const QCommandLineParser &parser, SendingSettings *sending)
{
    if (parser.isSet(u"smtp"_s)) {
        QString error;
        const auto fromUrl = SendingSettings::fromUrl(parser.value(u"smtp"_s), &error);
        if (!fromUrl) {
            fail(error);
            return false;
        }
        // A certificate trusted for the stored server says nothing about another one.
        if (fromUrl->host.compare(sending->host, Qt::CaseInsensitive) != 0
            || fromUrl->effectivePort() != sending->effectivePort())
            sending->trustedCertificate.clear();
        sending->host = fromUrl->host;
        sending->port = fromUrl->port;
        sending->security = fromUrl->security;
        sending->user = fromUrl->user;
    }
    if (parser.isSet(u"security"_s)) {
        const auto security = SendingSettings::securityFromName(parser.value(u"security"_s));
        if (!security) {
            fail(SendTestCommandTr::tr("unknown security '%1'; use starttls, tls or none.")
                     .arg(parser.value(u"security"_s)));
            return false;
        }
        sending->security = *security;
    }
    if (parser.isSet(u"to"_s))
        sending->recipients = parser.values(u"to"_s);
    if (parser.isSet(u"trust-certificate"_s))
        sending->trustedCertificate = parser.value(u"trust-certificate"_s);
    if (parser.isSet(u"no-prefix"_s))
        sending->testPrefix = false;
    return true;
}

int runSendTest(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SendTestCommandTr::tr(
            "Send an issue file (or a stored draft) as a test email: the message 'galley "
            "export --to eml' writes, \"[TEST]\" before its subject, to at most %1 "
            "addresses. The password comes from GALLEY_SMTP_PASSWORD or the keyring. Exit "
            "code 0: sent; 1: not sent (the server or the network said no); 2: usage.")
            .arg(SendingSettings::maxRecipients));
    parser.addPositionalArgument(u"FILE"_s, SendTestCommandTr::tr("The issue's Markdown file."));
    parser.addOption(QCommandLineOption(
        u"to"_s,
        SendTestCommandTr::tr(
            "A test recipient (repeat for more; default: Preferences ▸ Sending)."),
        u"ADDR"_s));
    parser.addOption(QCommandLineOption(
        u"smtp"_s,
        SendTestCommandTr::tr(
            "The server: smtp://[user@]host[:port] (STARTTLS) or smtps://... (TLS); "
            "default: Preferences ▸ Sending."),
        u"URL"_s));
    parser.addOption(QCommandLineOption(
        u"security"_s,
        SendTestCommandTr::tr("starttls, tls or none (none only to localhost, 127.0.0.1 or ::1)."),
        u"MODE"_s));
    parser.addOption(QCommandLineOption(
        u"trust-certificate"_s,
        SendTestCommandTr::tr(
            "Accept the server's certificate with this SHA-256 fingerprint, although no "
            "authority vouches for it (a self-signed server)."),
        u"SHA256"_s));
    parser.addOption(QCommandLineOption(
        u"no-prefix"_s, SendTestCommandTr::tr("Send the subject without \"[TEST]\".")));
    parser.addOption(QCommandLineOption(
        u"timeout"_s, SendTestCommandTr::tr("Give up after this many seconds (default 30)."),
        u"SECONDS"_s, u"30"_s));
    addDraftOption(parser);
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;

    bool timeoutOk = false;
    const double timeoutSeconds = parser.value(u"timeout"_s).toDouble(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0 || timeoutSeconds > 600) {
        fail(SendTestCommandTr::tr("--timeout takes a number of seconds between 0 and 600."));
        return UsageError;
    }

    const std::optional<IssueDocument> doc = loadDocumentArgument(parser, kName, true);
    if (!doc)
        return UsageError;

    // The store is read for a draft (its newsletter settings, as export uses them) and for what
    // the command line leaves out (server, recipients).
    const bool draft = parser.isSet(u"draft"_s);
    const bool needStore = draft || !parser.isSet(u"smtp"_s) || !parser.isSet(u"to"_s);
    Store store;
    EmailSettings email;
    SendingSettings sending;
    if (needStore) {
        if (!openStoreArgument(parser, kName, &store))
            return UsageError;
        auto stored = loadSendingSettings(store);
        if (!stored) {
            fail(stored.error().toString());
            return UsageError;
        }
        sending = std::move(stored).value();
        if (draft) {
            auto settings = loadEmailSettings(store);
            if (!settings) {
                fail(settings.error().toString());
                return UsageError;
            }
            email = std::move(settings).value();
        }
    }
    if (!applyOptions(parser, &sending))
        return UsageError;

    Result<TestEmail> test = prepareTestEmail(*doc, email, sending);
    if (!test) {
        fail(test.error().toString());
        return UsageError;
    }
    PasswordLookup password = smtpPassword(sending);
    if (!password.error.isEmpty()) {
        fail(password.error);
        return UsageError;
    }
    test->request.password = password.password;
    test->request.timeoutMs = int(timeoutSeconds * 1000);

    const SmtpOutcome outcome = sendSmtp(test->request);
    if (outcome.sent() && draft) {
        const auto recorded
            = store.recordTestSend(testSendRecord(*test, parser.value(u"draft"_s).toLongLong()));
        if (!recorded)
            fail(SendTestCommandTr::tr(
                     "warning: the test was sent but not recorded in the history: %1")
                     .arg(recorded.error().toString()));
    }
    if (parser.isSet(u"json"_s)) {
        QJsonObject json {{u"sent"_s, outcome.sent()},
                          {u"outcome"_s, QString::fromLatin1(outcomeName(outcome.kind))},
                          {u"server"_s, sending.serverName()},
                          {u"recipients"_s, QJsonArray::fromStringList(test->request.recipients)},
                          {u"subject"_s, test->subject},
                          {u"bytes"_s, test->message.size()}};
        if (!outcome.sent())
            json.insert(u"message"_s, outcome.message);
        if (!outcome.certificateSha256.isEmpty())
            json.insert(u"certificateSha256"_s, outcome.certificateSha256);
        writeJson(QJsonDocument(json));
    } else if (outcome.sent()) {
        writeOutLine(
            SendTestCommandTr::tr("Sent \"%1\" to %2 through %3.")
                .arg(test->subject, test->request.recipients.join(u", "_s), sending.serverName()));
    }
    if (!outcome.sent()) {
        fail(outcome.message);
        return ProblemsFound;
    }
    return Success;
}
} // namespace

Command sendTestCommand()
{
    return {kName, SendTestCommandTr::tr("Send an issue as a test email over SMTP."), runSendTest};
}

} // namespace galley::cli
