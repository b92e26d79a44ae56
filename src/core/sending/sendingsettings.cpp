#include "sendingsettings.h"

#include "hostnames.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct SendingSettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::SendingSettings)
};

const char *const securityNames[] = {"starttls", "tls", "none"};

bool looksLikeAddress(const QString &address)
{
    static const QRegularExpression pattern(u"^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+$"_s);
    return pattern.match(address).hasMatch();
}
} // namespace

int SendingSettings::effectivePort() const
{
    if (port > 0)
        return port;
    switch (security) {
    case SmtpSecurity::Tls:
        return 465;
    case SmtpSecurity::None:
        return 25;
    case SmtpSecurity::StartTls:
        break;
    }
    return 587;
}

QString SendingSettings::serverName() const
{
    const QString h = host.trimmed();
    return (h.contains(u':') ? u'[' + h + u']' : h) + u':' + QString::number(effectivePort());
}

QString SendingSettings::url() const
{
    return (security == SmtpSecurity::Tls ? u"smtps://"_s : u"smtp://"_s) + serverName();
}

QString SendingSettings::problem() const
{
    if (!isConfigured())
        return SendingSettingsTr::tr("No SMTP server is set: enter one in Preferences ▸ Sending.");
    if (security == SmtpSecurity::None && !isLoopbackHost(host))
        return SendingSettingsTr::tr(
                   "Sending without encryption is only allowed to this computer (localhost, "
                   "127.0.0.1, ::1); choose STARTTLS or TLS for %1.")
            .arg(host.trimmed());
    if (recipients.isEmpty())
        return SendingSettingsTr::tr(
            "No test recipient is set: enter your own address in Preferences ▸ "
            "Sending.");
    if (recipients.size() > maxRecipients)
        return SendingSettingsTr::tr(
                   "A test goes to at most %1 addresses (%2 are set): this is a proof, not a "
                   "mailing.")
            .arg(maxRecipients)
            .arg(recipients.size());
    for (const QString &recipient : recipients)
        if (!looksLikeAddress(recipient))
            return SendingSettingsTr::tr(
                       "The test recipient '%1' is not an email address; write it as "
                       "name@example.com.")
                .arg(recipient);
    return {};
}

QJsonObject SendingSettings::toJson() const
{
    return {{u"host"_s, host},
            {u"port"_s, port},
            {u"security"_s, securityName(security)},
            {u"user"_s, user},
            {u"recipients"_s, QJsonArray::fromStringList(recipients)},
            {u"testPrefix"_s, testPrefix},
            {u"trustedCertificate"_s, trustedCertificate}};
}

SendingSettings SendingSettings::fromJson(const QJsonObject &json)
{
    SendingSettings s;
    s.host = json.value(u"host"_s).toString();
    s.port = json.value(u"port"_s).toInt();
    s.security = securityFromName(json.value(u"security"_s).toString()).value_or(s.security);
    s.user = json.value(u"user"_s).toString();
    for (const QJsonValue &v : json.value(u"recipients"_s).toArray())
        s.recipients << v.toString();
    s.testPrefix = json.value(u"testPrefix"_s).toBool(true);
    s.trustedCertificate = json.value(u"trustedCertificate"_s).toString();
    return s;
}

std::optional<SendingSettings> SendingSettings::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"smtp"_s && scheme != u"smtps"_s) || url.host().isEmpty()
        || !url.path().isEmpty() || url.hasQuery() || !url.password().isEmpty()) {
        *error = SendingSettingsTr::tr(
                     "'%1' is not an SMTP server; write it as smtp://[user@]host[:port] "
                     "(STARTTLS) or smtps://[user@]host[:port] (TLS), without a password.")
                     .arg(text);
        return std::nullopt;
    }
    SendingSettings s;
    s.security = scheme == u"smtps"_s ? SmtpSecurity::Tls : SmtpSecurity::StartTls;
    s.host = url.host();
    s.port = url.port(0);
    s.user = url.userName();
    return s;
}

QString SendingSettings::securityName(SmtpSecurity security)
{
    return QString::fromLatin1(securityNames[int(security)]);
}

std::optional<SmtpSecurity> SendingSettings::securityFromName(const QString &name)
{
    for (int i = 0; i < 3; ++i)
        if (name.compare(QLatin1StringView(securityNames[i]), Qt::CaseInsensitive) == 0)
            return SmtpSecurity(i);
    return std::nullopt;
}

Result<SendingSettings> loadSendingSettings(Store &store)
{
    auto text = store.setting(SendingSettings::storeKey());
    if (!text)
        return text.error();
    if (text->isEmpty())
        return SendingSettings();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (!json.isObject())
        return Error {store.path(), 0,
                      SendingSettingsTr::tr(
                          "The store's sending settings cannot be read (%1); set them again "
                          "in Preferences ▸ Sending.")
                          .arg(parseError.errorString()),
                      Error::Corrupt};
    return SendingSettings::fromJson(json.object());
}

Status saveSendingSettings(Store &store, const SendingSettings &settings)
{
    return store.setSetting(
        SendingSettings::storeKey(),
        QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
}

QString envelopeAddress(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(u'<');
    const qsizetype close = mailbox.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

} // namespace galley
