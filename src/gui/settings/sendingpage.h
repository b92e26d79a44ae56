#pragma once

#include "sendingsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace galley::gui {

class StoreClient;

// Preferences ▸ Sending: the SMTP server test emails go through (host, port, security, user),
// the password (written to the keyring, never to the store) and the test recipients. Reads its
// settings from the store itself; PreferencesDialog checks it with problem() and calls save().
class SendingPage : public QWidget
{
    Q_OBJECT
public:
    SendingPage(StoreClient *client, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    SendingSettings settingsFromForm() const;
    // Why the form cannot be saved (a server set but no recipient, plain text to a remote
    // host...); empty when it can. An empty host is fine: nothing is set up.
    QString problem() const;
    // The settings to the store (in order with the dialog's other writes) and, when one was
    // typed, the password to the keyring (off the GUI thread; keyringAnswered() says how it went).
    void save();

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QComboBox *securityCombo() const { return m_security; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPlainTextEdit *recipientsEdit() const { return m_recipients; }
    QCheckBox *prefixCheck() const { return m_prefix; }

signals:
    void loaded();
    // The keyring took the password (error empty) or why not.
    void keyringAnswered(const QString &error);

private:
    void populate(const SendingSettings &settings);

    StoreClient *m_client;
    SendingSettings m_stored; // as read: keeps what the form does not show (trusted certificate)
    bool m_loaded = false;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPlainTextEdit *m_recipients;
    QCheckBox *m_prefix;
    QLabel *m_status;
};

} // namespace galley::gui
