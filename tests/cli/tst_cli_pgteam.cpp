// The README's team set-up on the suite's PostgreSQL server, with two real `galley` processes
// as two people: each logs in as their own PostgreSQL user, with their own home and settings,
// and names the team's role in the address (role=). Alice starts the store and imports an
// issue; Bob sees it, imports another; Alice finds Bob's. What Galley created belongs to the
// team role, not to whoever was first. Carol, who is not in the team, is refused with the
// GRANT that would let her in, and nothing is written.
#include "../store/storetesthelpers.h"
#include "processrun.h"

#include "store/storelocation.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using galley::testsupport::ProcessRun;
using galley::testsupport::runGalley;

class TestCliPgTeam : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    galley::StoreLocation m_server;
    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QString m_team = u"newsroom_"_s + m_suffix;
    QString m_database = u"newsletter_"_s + m_suffix;

    // A superuser's connection to `database` on the suite's server (the fixture's user).
    QSqlDatabase admin(const QString &database)
    {
        const QString name = u"admin-"_s + database;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_server.host);
        db.setPort(m_server.port);
        db.setUserName(m_server.user);
        db.setDatabaseName(database);
        db.setConnectOptions(u"options=-cclient_min_messages=warning"_s);
        if (!db.open())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        return db;
    }
    bool adminExec(const QString &sql, const QString &database = QString())
    {
        QSqlQuery q(admin(database.isEmpty() ? m_server.database : database));
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    }
    QString user(const QString &who) const { return who + u'_' + m_suffix; }
    // The address a team member writes in Preferences ▸ Store or --db.
    QString address(const QString &who) const
    {
        return u"postgresql://%1@/%2?host=%3&port=%4&role=%5&schema=weekly"_s.arg(
            user(who), m_database, m_server.host, QString::number(m_server.port), m_team);
    }
    // One person: their own home, settings and data folders, the team's store in GALLEY_DB.
    ProcessRun as(const QString &who, const QStringList &args)
    {
        const QString home = m_dir.filePath(who);
        QDir().mkpath(home);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"GALLEY_DB"_s, address(who));
        env.insert(u"USER"_s, user(who));
        return runGalley(args, 60000, env);
    }
    QString writeIssue(const QString &name, int number, const QString &word)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(u"# Team Weekly #%1\n\nThis week: %2 and more.\n\n## News\n\nA paragraph about "
                "%2.\n\n- [Read](https://example.com/%1)\n"_s.arg(number)
                    .arg(word)
                    .toUtf8());
        return path;
    }
    QSet<int> numbersSeenBy(const QString &who)
    {
        const ProcessRun list = as(who, {u"list"_s, u"--json"_s});
        if (list.exitCode != 0)
            qWarning("%s", list.err.constData());
        QSet<int> numbers;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
            numbers << v.toObject().value(u"number"_s).toInt();
        return numbers;
    }

private slots:
    void initTestCase()
    {
        const auto server = galley::StoreLocation::parse(storetest::postgresUrl());
        QVERIFY2(server.ok() && server->isPostgres(), "no GALLEY_TEST_PG_URL");
        m_server = *server;
        // The README's set-up, as the server's administrator runs it.
        QVERIFY(adminExec(u"CREATE ROLE %1 NOLOGIN"_s.arg(m_team)));
        for (const QString &who : {u"alice"_s, u"bob"_s, u"carol"_s})
            QVERIFY(adminExec(u"CREATE ROLE %1 LOGIN"_s.arg(user(who))));
        QVERIFY(adminExec(u"GRANT %1 TO %2, %3"_s.arg(m_team, user(u"alice"_s), user(u"bob"_s))));
        QVERIFY(adminExec(u"CREATE DATABASE %1 OWNER %2"_s.arg(m_database, m_team)));
    }

    void twoPeopleShareOneStore()
    {
        const ProcessRun first
            = as(u"alice"_s, {u"import"_s, writeIssue(u"a.md"_s, 41, u"zeppelins"_s)});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(numbersSeenBy(u"bob"_s), QSet<int>({41}));
        const ProcessRun second
            = as(u"bob"_s, {u"import"_s, writeIssue(u"b.md"_s, 42, u"hovercraft"_s)});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const ProcessRun found = as(u"alice"_s, {u"search"_s, u"hovercraft"_s, u"--json"_s});
        QVERIFY2(found.exitCode == 0, found.err.constData());
        const QJsonArray hits = QJsonDocument::fromJson(found.out).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(u"number"_s).toInt(), 42);
        // Everything Galley made belongs to the team, so neither member depends on the other.
        QSqlQuery owners(admin(m_database));
        QVERIFY(owners.exec(u"SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = "
                            "'weekly'"_s));
        QStringList names;
        while (owners.next())
            names << owners.value(0).toString();
        QCOMPARE(names, QStringList {m_team});
    }

    void someoneOutsideTheTeamIsToldWhatToAsk()
    {
        const ProcessRun carol = as(u"carol"_s, {u"import"_s, writeIssue(u"c.md"_s, 43, u"x"_s)});
        QVERIFY(carol.exitCode != 0);
        QVERIFY2(carol.errText().contains(u"GRANT %1 TO %2"_s.arg(m_team, user(u"carol"_s))),
                 carol.err.constData());
        QCOMPARE(numbersSeenBy(u"bob"_s), QSet<int>({41, 42}));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(u"admin-"_s + m_database).close();
        QSqlDatabase::removeDatabase(u"admin-"_s + m_database);
        adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
        for (const QString &who : {u"alice"_s, u"bob"_s, u"carol"_s})
            adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(user(who)));
        adminExec(u"DROP ROLE IF EXISTS %1"_s.arg(m_team));
    }
};

QTEST_GUILESS_MAIN(TestCliPgTeam)
#include "tst_cli_pgteam.moc"
