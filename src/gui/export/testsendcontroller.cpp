#include "export/testsendcontroller.h"

#include "drafts/draftsession.h"
#include "drafts/storeclient.h"
#include "editor/markdowneditor.h"
#include "emailprofile.h"
#include "passwordvault.h"
#include "testemail.h"
#include "window/actionregistry.h"
#include "window/messagebar.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace galley::gui {

TestSendController::TestSendController(const WindowParts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{
    setObjectName(u"testSendController"_s);
    connect(parts.actions->action(ActionRegistry::SendTestEmail), &QAction::triggered, this,
            &TestSendController::sendTest);
}

void TestSendController::sendTest()
{
    if (m_sending) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    m_sending = true;
    m_text = m_parts.editor->toPlainText();
    m_issueId = m_parts.session->issueId();
    struct Loaded
    {
        Result<EmailSettings> email;
        Result<SendingSettings> sending;
    };
    m_parts.storeClient->run(
        this,
        [](Store &store) {
            return Loaded {loadEmailSettings(store), loadSendingSettings(store)};
        },
        [this](const Loaded &loaded) {
            if (!loaded.email || !loaded.sending) {
                finish(false,
                       (loaded.email ? loaded.sending.error() : loaded.email.error()).toString());
                return;
            }
            if (const QString problem = loaded.sending->problem(); !problem.isEmpty()) {
                finish(false, tr("No test email was sent: %1").arg(problem));
                return;
            }
            start(*loaded.email, *loaded.sending);
        });
}

void TestSendController::start(const EmailSettings &email, const SendingSettings &sending)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (!m_progress) {
        m_progress = new QProgressDialog(m_parts.window);
        m_progress->setObjectName(u"testSendProgress"_s);
        m_progress->setWindowTitle(tr("Send Test Email"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &TestSendController::cancel);
    }
    m_progress->setLabelText(tr("Sending the test email to %1 through %2…")
                                 .arg(sending.recipients.join(u", "_s), sending.serverName()));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();

    const QString session = m_sessionPasswords.value(PasswordVault::entryName(sending));
    auto *watcher = new QFutureWatcher<Work>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, email, sending] {
        watcher->deleteLater();
        onWorkDone(watcher->result(), email, sending);
    });
    watcher->setFuture(QtConcurrent::run([text = m_text, email, sending, session,
                                          timeout = m_timeoutMs, cancel = m_cancel,
                                          issueId = m_issueId,
                                          self = QPointer<TestSendController>(this)]() -> Work {
        Work work;
        const auto doc = IssueDocument::fromText(text);
        if (!doc) {
            work.error = doc.error().toString();
            return work;
        }
        Result<TestEmail> test = prepareTestEmail(*doc, email, sending);
        if (!test) {
            work.error = test.error().toString();
            return work;
        }
        test->request.timeoutMs = timeout;
        if (!sending.user.isEmpty()) {
            if (!session.isEmpty()) {
                test->request.password = session;
            } else {
                const PasswordVault::Lookup lookup = PasswordVault::read(sending);
                if (lookup.kind != PasswordVault::Lookup::Found) {
                    work.kind = Work::NeedsPassword;
                    work.error = lookup.kind == PasswordVault::Lookup::NotFound
                        ? TestSendController::tr("The keyring holds no password for %1.")
                              .arg(PasswordVault::entryName(sending))
                        : TestSendController::tr("No keyring is available (%1).").arg(lookup.error);
                    return work;
                }
                test->request.password = lookup.password;
            }
        }
        work.outcome = sendSmtp(test->request, [cancel, self](qint64 sent, qint64 total) {
            // The QPointer is read only on the GUI thread (see StoreClient::run).
            if (total > 0)
                QMetaObject::invokeMethod(QCoreApplication::instance(), [self, sent, total] {
                    if (self && self->m_progress)
                        self->m_progress->setValue(int(sent * 100 / total));
                });
            return !cancel->load();
        });
        work.kind = Work::Done;
        work.record = testSendRecord(*test, issueId);
        return work;
    }));
}

QProgressDialog *TestSendController::progressDialog() const
{
    return m_progress;
}

void TestSendController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TestSendController::onWorkDone(const Work &work, const EmailSettings &email,
                                    SendingSettings sending)
{
    if (work.kind == Work::Failed) {
        finish(false, tr("No test email was sent: %1").arg(work.error));
        return;
    }
    if (work.kind == Work::NeedsPassword) {
        const QString account = PasswordVault::entryName(sending);
        const std::optional<QString> password = askPassword(account, work.error);
        if (!password || password->isEmpty()) {
            finish(false, tr("No test email was sent: no password for %1.").arg(account));
            return;
        }
        // For this session only: saving it is Preferences ▸ Sending's job.
        m_sessionPasswords.insert(account, *password);
        start(email, sending);
        return;
    }
    const SmtpOutcome &outcome = work.outcome;
    if (outcome.kind == SmtpOutcome::UntrustedCertificate && !outcome.certificateSha256.isEmpty()
        && askTrust(sending.serverName(), outcome.certificateSha256, outcome.message)) {
        sending.trustedCertificate = outcome.certificateSha256;
        m_parts.storeClient->run(
            this, [sending](Store &store) { return saveSendingSettings(store, sending); },
            [](const Status &) {});
        start(email, sending);
        return;
    }
    if (outcome.kind == SmtpOutcome::AuthRejected)
        m_sessionPasswords.remove(PasswordVault::entryName(sending)); // ask again next time
    if (!outcome.sent()) {
        finish(false, outcome.message);
        return;
    }
    if (work.record.issueId > 0)
        m_parts.storeClient->run(
            this, [record = work.record](Store &store) { return store.recordTestSend(record); },
            [](const Result<qint64> &) {});
    finish(true,
           tr("Test email \"%1\" sent to %2 through %3.")
               .arg(work.record.subject, work.record.recipients.join(u", "_s), work.record.server));
}

void TestSendController::finish(bool sent, const QString &message)
{
    m_sending = false;
    if (m_progress)
        m_progress->hide();
    m_parts.messageBar->showMessage(message,
                                    sent ? MessageBar::Level::Info : MessageBar::Level::Error);
    emit finished(sent, message);
}

std::optional<QString> TestSendController::askPassword(const QString &account, const QString &why)
{
    if (m_askPassword)
        return m_askPassword(account);
    bool ok = false;
    const QString password = QInputDialog::getText(
        m_parts.window, tr("SMTP Password"),
        tr("%1\nPassword for %2 (kept until Galley quits):").arg(why, account), QLineEdit::Password,
        {}, &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
}

bool TestSendController::askTrust(const QString &server, const QString &fingerprint,
                                  const QString &reason)
{
    if (m_askTrust)
        return m_askTrust(server, fingerprint);
    QMessageBox box(QMessageBox::Warning, tr("Untrusted Certificate"),
                    tr("%1 presented a certificate that no authority vouches for.").arg(server),
                    QMessageBox::Cancel, m_parts.window);
    box.setInformativeText(
        tr("SHA-256 fingerprint:\n%1\n\nTrust it only if this is your server's certificate "
           "(compare the fingerprint with the server's). Galley remembers it for this server.")
            .arg(fingerprint));
    box.setDetailedText(reason);
    QPushButton *trust = box.addButton(tr("&Trust and Send"), QMessageBox::AcceptRole);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(trust);
}

} // namespace galley::gui
