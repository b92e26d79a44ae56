#pragma once

#include "email/emailsettings.h"
#include "sendingsettings.h"
#include "smtpsender.h"
#include "store/store.h"
#include "window/windowparts.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;

namespace galley::gui {

// Issue ▸ Send Test Email: the open issue, exactly as `galley export --to eml` writes it
// (prepareTestEmail), to the test recipients of Preferences ▸ Sending, on a worker thread with a
// progress dialog whose Cancel stops it. The outcome goes to the message bar; a sent test of a
// stored draft is recorded in its history. The password comes from the keyring; without one (or
// without an entry) the person is asked and the answer is kept for this session only. A
// certificate no authority vouches for is shown with its fingerprint and trusted only when the
// person says so.
class TestSendController : public QObject
{
    Q_OBJECT
public:
    explicit TestSendController(const WindowParts &parts);
    // A send still running is cancelled: the application would otherwise wait for its worker.
    ~TestSendController() override { cancel(); }

    void sendTest();
    bool isSending() const { return m_sending; }
    QProgressDialog *progressDialog() const;
    void cancel();

    // For tests: a shorter time limit, and answers instead of the dialogs that ask.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    using PasswordQuestion = std::function<std::optional<QString>(const QString &account)>;
    using CertificateQuestion
        = std::function<bool(const QString &server, const QString &fingerprint)>;
    void setPasswordQuestion(PasswordQuestion ask) { m_askPassword = std::move(ask); }
    void setCertificateQuestion(CertificateQuestion ask) { m_askTrust = std::move(ask); }

signals:
    // After every attempt: `message` is what the message bar shows.
    void finished(bool sent, const QString &message);

private:
    struct Work
    {
        enum Kind { Done, Failed, NeedsPassword };
        Kind kind = Failed;
        SmtpOutcome outcome;
        QString error; // Failed: why nothing was sent; NeedsPassword: the keyring's state
        TestSendRecord record;
    };

    void start(const EmailSettings &email, const SendingSettings &sending);
    void onWorkDone(const Work &work, const EmailSettings &email, SendingSettings sending);
    void finish(bool sent, const QString &message);
    std::optional<QString> askPassword(const QString &account, const QString &why);
    bool askTrust(const QString &server, const QString &fingerprint, const QString &reason);

    WindowParts m_parts;
    bool m_sending = false;
    int m_timeoutMs = 30000;
    QString m_text; // the issue being sent
    qint64 m_issueId = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
    QHash<QString, QString> m_sessionPasswords; // keyring entry name -> password, no keyring
    PasswordQuestion m_askPassword;
    CertificateQuestion m_askTrust;
};

} // namespace galley::gui
