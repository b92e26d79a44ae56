#pragma once
// A real SMTP server for the test-send tests (smtpserver.py: Debian's aiosmtpd on 127.0.0.1) with
// a self-signed certificate made here with openssl. Owned by the test object: the server is
// killed in its destructor, also when a test fails.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>

namespace galley::testsupport {

class SmtpTestServer
{
public:
    static constexpr const char *user = "ann";
    static constexpr const char *password = "pw-Zq8!never-shown";

    ~SmtpTestServer() { stop(); }

    // Makes the certificate and starts the server; an empty string when all went well, else why
    // not.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QDir(m_dir.path()).mkdir(QStringLiteral("received"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), path("key.pem"), QStringLiteral("-out"),
                       path("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0)
            return QStringLiteral("openssl req failed: ")
                + QString::fromUtf8(openssl.readAllStandardError());
        QProcess fingerprint;
        fingerprint.start(QStringLiteral("openssl"),
                          {QStringLiteral("x509"), QStringLiteral("-in"), path("cert.pem"),
                           QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                           QStringLiteral("-sha256")});
        if (!fingerprint.waitForFinished(10000) || fingerprint.exitCode() != 0)
            return QStringLiteral("openssl x509 failed");
        // "sha256 Fingerprint=AB:CD:..."
        m_fingerprint = QString::fromLatin1(fingerprint.readAllStandardOutput()).trimmed();
        m_fingerprint = m_fingerprint.mid(m_fingerprint.indexOf(u'=') + 1);

        // Gone with the test even when it crashes (no destructor runs then).
        m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_server.setProgram(QStringLiteral("/usr/bin/python3"));
        m_server.setArguments({QStringLiteral(GALLEY_TESTS_SOURCE_DIR "/sending/smtpserver.py"),
                               QStringLiteral("--dir"), path("received"), QStringLiteral("--cert"),
                               path("cert.pem"), QStringLiteral("--key"), path("key.pem"),
                               QStringLiteral("--user"), QString::fromLatin1(user),
                               QStringLiteral("--password"), QString::fromLatin1(password),
                               QStringLiteral("--size-limit"), QStringLiteral("200000")});
        m_server.start();
        if (!m_server.waitForReadyRead(10000))
            return QStringLiteral("the SMTP server did not start: ")
                + QString::fromUtf8(m_server.readAllStandardError());
        m_ports = QJsonDocument::fromJson(m_server.readLine()).object();
        return m_ports.isEmpty() ? QStringLiteral("the SMTP server printed no ports") : QString();
    }

    void stop()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    // "starttls", "tls", "plain", "silent", "refused"
    int port(const char *name) const { return m_ports.value(QLatin1StringView(name)).toInt(); }
    QString fingerprint() const { return m_fingerprint; }
    QString certificatePath() const { return path("cert.pem"); }

    // The messages received so far, oldest first, and what the server noted about each.
    int receivedCount() const
    {
        return int(QDir(path("received")).entryList({QStringLiteral("*.eml")}).size());
    }
    QByteArray received(int n) const
    {
        return readAll(path("received") + QStringLiteral("/%1.eml").arg(n));
    }
    QJsonObject envelope(int n) const
    {
        return QJsonDocument::fromJson(
                   readAll(path("received") + QStringLiteral("/%1.json").arg(n)))
            .object();
    }

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    QJsonObject m_ports;
    QString m_fingerprint;
};

// A message with what legitimately differs between two writes of the same email taken out: the
// Date and Message-ID values and the MIME boundary (GMime draws a new one each time).
inline QByteArray comparableMessage(QByteArray message)
{
    QList<QByteArray> lines = message.split('\n');
    QByteArray boundary;
    for (QByteArray &line : lines) {
        if (line.startsWith("Date: ") || line.startsWith("Message-Id: ")
            || line.startsWith("Message-ID: "))
            line = line.left(line.indexOf(':')) + ": (present)\r";
        const qsizetype b = line.indexOf("boundary=\"");
        if (b >= 0 && boundary.isEmpty())
            boundary = line.mid(b + 10, line.indexOf('"', b + 10) - b - 10);
    }
    QByteArray out = lines.join('\n');
    if (!boundary.isEmpty())
        out.replace(boundary, "BOUNDARY");
    return out;
}

} // namespace galley::testsupport
