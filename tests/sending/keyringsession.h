#pragma once
// A private D-Bus session (dbus-run-session) with gnome-keyring-daemon unlocked for the test, in
// its own process group so that the whole of it goes when the test object does.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace galley::testsupport {

class KeyringSession
{
public:
    ~KeyringSession() { stop(); }

    // The session bus's address, or an empty string (and *error) when it did not start. Also puts
    // the address into this process's environment.
    QString start(QString *error)
    {
        // The keyring's files in the test's own home (galley_add_test sets HOME and XDG_*); its
        // control socket in XDG_RUNTIME_DIR, which must exist, private.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty()) {
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        // Its own process group, which stop() ends; and gone with the test even when it crashes.
        m_process.setChildProcessModifier([] {
            ::setsid();
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        });
        // A keyring made afresh each run, unlocked by the daemon as it starts.
        const QString data = qEnvironmentVariable("XDG_DATA_HOME");
        if (!data.isEmpty())
            QDir(data + QStringLiteral("/keyrings")).removeRecursively();
        // The address is printed once the daemon owns the Secret Service's name: a client that
        // came earlier would have the bus start a second, locked daemon.
        m_process.start(
            QStringLiteral("dbus-run-session"),
            {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral(
                 "printf %s unlock-for-the-test | gnome-keyring-daemon --unlock "
                 "--components=secrets --foreground >/dev/null & "
                 "i=0; while [ $i -lt 200 ]; do "
                 "dbus-send --session --print-reply --dest=org.freedesktop.DBus "
                 "/org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner "
                 "string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break; "
                 "sleep 0.05; i=$((i+1)); done; "
                 "echo \"$DBUS_SESSION_BUS_ADDRESS\"; wait")});
        if (!m_process.waitForReadyRead(10000)) {
            *error = QStringLiteral("dbus-run-session did not start: ")
                + QString::fromUtf8(m_process.readAllStandardError());
            return {};
        }
        const QString bus = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!bus.startsWith(QStringLiteral("unix:"))) {
            *error = QStringLiteral("no bus address: ") + bus;
            return {};
        }
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus.toUtf8());
        return bus;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(-pid_t(m_process.processId()), SIGTERM);
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
};

} // namespace galley::testsupport
