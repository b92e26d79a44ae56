#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace galley::gui {

// Preferences ▸ Store: which store Galley opens at its next start (a file, or a team's
// postgresql:// address; --db and GALLEY_DB override it and the page says so), the PostgreSQL
// password kept in the desktop's keyring (StorePassword, for "user@host:port/database"), and
// the name teammates see beside a draft they have open too (editorName()). This person's own
// settings (QSettings and the keyring), never the shared store's. An address that cannot be
// used (a password in it, an unknown scheme) is said next to the field as it is typed, and
// never saved.
class StorePage : public QWidget
{
    Q_OBJECT
public:
    explicit StorePage(QWidget *parent = nullptr);

    // Why the form cannot be saved, empty when it can (the location's problem).
    QString problem() const;
    QWidget *problemField() const;
    // To QSettings; a typed password to the keyring, off the GUI thread (keyringAnswered()).
    void save();

    QLineEdit *locationEdit() const { return m_location; }
    QLabel *locationProblemLabel() const { return m_locationProblem; }
    // Shown when --db or GALLEY_DB decides the store rather than this page.
    QLabel *overrideLabel() const { return m_override; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *accountLabel() const { return m_account; }
    QLineEdit *nameEdit() const { return m_name; }

signals:
    // The keyring's answer to save(): empty when it took the password.
    void keyringAnswered(const QString &error);

private:
    void updateForLocation();

    QLineEdit *m_location;
    QLabel *m_locationProblem;
    QLabel *m_override;
    QLineEdit *m_password;
    QLabel *m_account;
    QLineEdit *m_name;
};

} // namespace galley::gui
