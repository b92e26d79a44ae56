#pragma once
// A PostgreSQL server of one test's own (tests/store/pg/pgserver.sh in a folder of its own), for
// the tests that kill it and start it again (tst_pgoffline, tst_offlinewindow): the suite's shared
// server must stay up for the others. Stopped and removed when the object goes, also when the
// test fails. Needs GALLEY_PGSERVER_SCRIPT (the script's path) defined by the test's CMake.

#include "processrun.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QString>

namespace galley::testsupport {

class OwnPgServer
{
public:
    OwnPgServer()
        // Short (the socket's path, DIR/.s.PGSQL.5432, holds at most 107 bytes: /tmp, as for
        // the suite's server, whatever TMPDIR says), and the same for every run of one test
        // program: start() first removes what a run that crashed (before its destructor could
        // stop the server) left there.
        : m_dir(QStringLiteral("/tmp/galley-off-")
                + QString::fromLatin1(
                    QCryptographicHash::hash(QCoreApplication::applicationFilePath().toUtf8(),
                                             QCryptographicHash::Md5)
                        .toHex()
                        .left(10)))
    { }
    ~OwnPgServer() { stop(); }
    OwnPgServer(const OwnPgServer &) = delete;
    OwnPgServer &operator=(const OwnPgServer &) = delete;

    // Creates the cluster and starts it; the error output when it fails.
    QString start()
    {
        script(QStringLiteral("stop")); // what a crashed run left
        const ProcessRun run = script(QStringLiteral("start"));
        if (run.exitCode != 0)
            return run.errText() + run.outText();
        m_started = true;
        for (const QString &line : run.outText().split(u'\n'))
            if (line.startsWith(QStringLiteral("GALLEY_TEST_PG_URL=")))
                m_url = line.mid(line.indexOf(u'=') + 1).trimmed();
        return m_url.isEmpty() ? QStringLiteral("no URL from pgserver.sh") : QString();
    }
    // The server goes away at once, as in a crash or a network cut; its data stays.
    bool kill() { return script(QStringLiteral("kill")).exitCode == 0; }
    bool restart() { return script(QStringLiteral("restart")).exitCode == 0; }
    void stop()
    {
        if (m_started)
            script(QStringLiteral("stop"));
        m_started = false;
    }
    // The address of a store in its own schema on this server.
    QString store(const QString &schema) const
    {
        return m_url + QStringLiteral("&schema=") + schema;
    }

private:
    ProcessRun script(const QString &command) const
    {
        // Every commit in the WAL before it is acknowledged: the server is killed on purpose.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PG_SYNC"), QStringLiteral("on"));
        return runProcess(QStringLiteral("sh"),
                          {QStringLiteral(GALLEY_PGSERVER_SCRIPT), command, m_dir}, 60000, env);
    }

    QString m_dir;
    QString m_url;
    bool m_started = false;
};

} // namespace galley::testsupport
