#pragma once
// The local web of the link checker's tests and benchmark: tests/linkcheck/linkserver.py started
// on 127.0.0.1 (free ports), owned by the test object and killed with it, also when a test fails.

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace galley::testsupport {

class LinkServer
{
public:
    ~LinkServer() { stop(); }

    // `tls`: also an https port with a self-signed certificate made here with openssl. `twin`
    // (with tls): also http on port 80 and https on port 443 of that loopback address.
    bool start(bool tls, double delaySeconds = 0, int hosts = 1, const QString &twin = {})
    {
        QStringList args {QStringLiteral(GALLEY_LINKSERVER)};
        if (tls) {
            const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
            const QString key = m_dir.filePath(QStringLiteral("key.pem"));
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"),
                           QStringLiteral("-newkey"), QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                           QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                           QStringLiteral("subjectAltName=IP:127.0.0.1")
                               + (twin.isEmpty() ? QString() : QStringLiteral(",IP:") + twin)});
            if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0)
                return false;
            args << QStringLiteral("--cert") << cert << QStringLiteral("--key") << key;
            m_cert = cert;
            if (!twin.isEmpty())
                args << QStringLiteral("--twin") << twin;
        }
        args << QStringLiteral("--delay") << QString::number(delaySeconds)
             << QStringLiteral("--hosts") << QString::number(hosts);
        // Debian's interpreter: the standard library is all the server needs.
        const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
            ? QStringLiteral("/usr/bin/python3")
            : QStandardPaths::findExecutable(QStringLiteral("python3"));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(python, args);
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return false;
        }
        const QList<QByteArray> words = m_process.readLine().trimmed().split(' ');
        if (words.size() != 3 || words.at(0) != "PORTS")
            return false;
        m_port = words.at(1).toInt();
        m_tlsPort = words.at(2).toInt();
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString url(const QString &path, int host = 1) const
    {
        return QStringLiteral("http://127.0.0.%1:%2%3").arg(host).arg(m_port).arg(path);
    }
    QString tlsUrl(const QString &path) const
    {
        return QStringLiteral("https://127.0.0.1:%1%2").arg(m_tlsPort).arg(path);
    }

    // How many requests the server answered (not counting this question): all, or for a path.
    int count(const QString &path = QStringLiteral("total")) const
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url(QStringLiteral("/_count")))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject counts = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return counts.value(path).toInt();
    }

public:
    QString certificatePath() const { return m_cert; }

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QProcess m_process;
    int m_port = 0;
    int m_tlsPort = 0;
};

} // namespace galley::testsupport
