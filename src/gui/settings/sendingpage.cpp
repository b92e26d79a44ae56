#include "settings/sendingpage.h"

#include "drafts/storeclient.h"
#include "passwordvault.h"
#include "settings/keyringwrite.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace galley::gui {

SendingPage::SendingPage(StoreClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_recipients(new QPlainTextEdit(this))
    , m_prefix(new QCheckBox(tr("Put \"[TEST]\" before the subject"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"sendingPage"_s);
    m_host->setObjectName(u"smtpHostEdit"_s);
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Usual port"));
    m_security->addItem(tr("STARTTLS"), SendingSettings::securityName(SmtpSecurity::StartTls));
    m_security->addItem(tr("TLS"), SendingSettings::securityName(SmtpSecurity::Tls));
    m_security->addItem(tr("None (this computer only)"),
                        SendingSettings::securityName(SmtpSecurity::None));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setToolTip(tr("Saved in the desktop's keyring, never in Galley's files."));
    m_recipients->setPlaceholderText(tr("you@example.com"));
    m_recipients->setTabChangesFocus(true);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(tr("Issue ▸ Send Test Email sends the issue, exactly as exported, to "
                               "these addresses (at most %1) through your SMTP server.")
                                .arg(SendingSettings::maxRecipients),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    const auto row = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("SMTP &host:"), m_host);
    row(tr("P&ort:"), m_port);
    row(tr("Se&curity:"), m_security);
    row(tr("&User name:"), m_user);
    row(tr("Pass&word:"), m_password);
    row(tr("Test &recipients:"), m_recipients);
    form->addRow(m_prefix);
    form->addRow(m_status);

    setEnabled(false);
    m_client->run(
        this, [](Store &store) { return loadSendingSettings(store); },
        [this](const Result<SendingSettings> &result) {
            if (!result) {
                m_status->setText(result.error().toString());
                return;
            }
            populate(*result);
        });
}

void SendingPage::populate(const SendingSettings &settings)
{
    m_stored = settings;
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_security->setCurrentIndex(
        m_security->findData(SendingSettings::securityName(settings.security)));
    m_user->setText(settings.user);
    m_recipients->setPlainText(settings.recipients.join(u'\n'));
    m_prefix->setChecked(settings.testPrefix);
    setEnabled(true);
    m_loaded = true;
    emit loaded();
}

SendingSettings SendingPage::settingsFromForm() const
{
    SendingSettings s = m_stored;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = SendingSettings::securityFromName(m_security->currentData().toString())
                     .value_or(SmtpSecurity::StartTls);
    s.user = m_user->text().trimmed();
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    s.recipients = m_recipients->toPlainText().split(separators, Qt::SkipEmptyParts);
    s.testPrefix = m_prefix->isChecked();
    // A certificate trusted for one server says nothing about another.
    if (s.host != m_stored.host || s.effectivePort() != m_stored.effectivePort())
        s.trustedCertificate.clear();
    return s;
}

QString SendingPage::problem() const
{
    const SendingSettings s = settingsFromForm();
    return s.isConfigured() ? s.problem() : QString();
}

void SendingPage::save()
{
    if (!m_loaded)
        return;
    const SendingSettings settings = settingsFromForm();
    m_client->run(
        this, [settings](Store &store) { return saveSendingSettings(store, settings); },
        [](const Status &) {});
    const QString password = m_password->text();
    if (password.isEmpty() || settings.user.isEmpty())
        return;
    m_password->clear();
    writeToKeyring(
        this, [settings, password] { return PasswordVault::write(settings, password); },
        [this](const QString &answer) { emit keyringAnswered(answer); });
}

} // namespace galley::gui
