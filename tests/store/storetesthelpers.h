#pragma once

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

using namespace Qt::StringLiterals;

// Small helpers shared by the store's tests.
namespace storetest {

inline QString fixturesDir()
{
    return QStringLiteral(GALLEY_TEST_DATA) + u"/fixtures"_s;
}

inline QStringList fixtureFiles()
{
    const QDir dir(fixturesDir());
    QStringList files;
    const QStringList names = dir.entryList({u"ops-weekly-*.md"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files << dir.filePath(name);
    return files;
}

// A copy of the whole fixtures folder in `folder`: the three issues and the README beside them
// that describes the archive format (no issue itself). False when a file cannot be copied.
inline bool copyFixturesFolder(const QString &folder)
{
    const QDir dir(fixturesDir());
    bool ok = QDir().mkpath(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        ok = ok && QFile::copy(dir.filePath(name), folder + u'/' + name);
    return ok && QFile::exists(folder + u"/README.md"_s);
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A small but realistic issue with a number, a date, a sponsor block and a few links.
inline QString issueText(int number, const QString &extra = {})
{
    return u"---\ntitle: TEST WEEKLY ISSUE \\#"_s + QString::number(number)
        + u" - a week\ndate: 2024-03-"_s + QString::number(1 + number % 28).rightJustified(2, u'0')
        + u"T09:00:00+00:00\n---\n\nHello readers.\n\nFrom our sponsor, Acme\n"
          "=======================\n\nAcme makes "
          "anvils.\n<br>[https://acme.example.com/](https://acme.example.com/)\n\n"
          "News\n====\n\nA story about issue "_s
        + QString::number(number) + u".\n<br>[https://news.example.org/"_s + QString::number(number)
        + u"](https://news.example.org/"_s + QString::number(number) + u")\n\n"_s + extra + u'\n';
}

// `words` made-up words of two or three syllables, with "the" about every 40th: the text of the
// planted search archives (tst_searchranking, tst_pgsearchparity), the same for the same `rng`.
inline QStringList madeUpWords(QRandomGenerator &rng, int words)
{
    static const QStringList syllables {
        QStringLiteral("ka"),  QStringLiteral("lo"),  QStringLiteral("mi"),  QStringLiteral("ren"),
        QStringLiteral("su"),  QStringLiteral("tav"), QStringLiteral("dor"), QStringLiteral("pel"),
        QStringLiteral("qui"), QStringLiteral("bam")};
    QStringList text;
    for (int i = 0; i < words; ++i) {
        if (rng.bounded(40) == 0) {
            text << QStringLiteral("the");
            continue;
        }
        QString w;
        for (int k = 0, n = 2 + int(rng.bounded(2)); k < n; ++k)
            w += syllables.at(int(rng.bounded(int(syllables.size()))));
        text << w;
    }
    return text;
}

} // namespace storetest

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "store/storelocation.h"

namespace storetest {

// The PostgreSQL server of a test's _pg variant (tests/store/pg): GALLEY_TEST_PG_URL, or
// "@FILE" for the file the CTest fixture wrote the URL into. Empty: the test runs on SQLite.
inline QString postgresUrl()
{
    QString url = qEnvironmentVariable("GALLEY_TEST_PG_URL").trimmed();
    if (url.startsWith(u'@')) {
        QFile f(url.mid(1));
        url = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
        if (url.isEmpty())
            qFatal("GALLEY_TEST_PG_URL names %s, which holds no URL (did pg_server_start run?)",
                   qPrintable(f.fileName()));
    }
    return url;
}

inline bool isPostgres()
{
    return !postgresUrl().isEmpty();
}

// A connection of the test's own, named `name`, to a PostgreSQL store's database and schema
// (`location`, a postgresql:// URL), not opened yet: for looking at or changing it from outside
// the store. The caller removes it (QSqlDatabase::removeDatabase).
inline QSqlDatabase addPgConnection(const QString &location, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (const auto where = galley::StoreLocation::parse(location)) {
        db.setHostName(where->host);
        db.setPort(where->port);
        db.setUserName(where->user);
        db.setDatabaseName(where->database);
        db.setConnectOptions(where->connectOptions());
    }
    return db;
}

// Fresh stores for one test object, on the engine the test runs against: a new SQLite file in
// a temporary folder, or a new schema (t_<pid>_<n>) on the test server, made over an admin
// connection and dropped when the object goes. The same test code covers both engines.
class FreshStores
{
public:
    FreshStores()
        : m_url(postgresUrl())
    { }
    ~FreshStores()
    {
        if (m_schemas.isEmpty())
            return;
        {
            QSqlDatabase db = admin();
            if (db.isOpen()) {
                for (const QString &schema : std::as_const(m_schemas))
                    QSqlQuery(db).exec(u"DROP SCHEMA IF EXISTS "_s + schema + u" CASCADE"_s);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(adminName());
    }
    FreshStores(const FreshStores &) = delete;
    FreshStores &operator=(const FreshStores &) = delete;

    bool postgres() const { return !m_url.isEmpty(); }
    // A folder for files that are no store (backups, archives, foreign files).
    QString dir() const { return m_dir.path(); }

    // The location of a new, empty store (a path, or a postgresql:// URL).
    QString fresh()
    {
        ++m_n;
        if (!postgres())
            return m_dir.filePath(u"s%1.sqlite"_s.arg(m_n));
        const QString schema = u"t_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(m_n);
        QSqlDatabase db = admin();
        QSqlQuery q(db);
        if (!db.isOpen() || !q.exec(u"CREATE SCHEMA "_s + schema))
            qFatal("cannot create the schema %s on the test server: %s", qPrintable(schema),
                   qPrintable(q.lastError().text() + db.lastError().text()));
        m_schemas << schema;
        return m_url + (m_url.contains(u'?') ? u"&schema="_s : u"?schema="_s) + schema;
    }

private:
    QString adminName() const { return u"storetest-admin-%1"_s.arg(quintptr(this)); }
    QSqlDatabase admin() const
    {
        if (QSqlDatabase::contains(adminName()))
            return QSqlDatabase::database(adminName());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, adminName());
        const auto where = galley::StoreLocation::parse(m_url);
        if (!where)
            qFatal("GALLEY_TEST_PG_URL: %s", qPrintable(where.error().message));
        db.setHostName(where->host);
        db.setPort(where->port);
        db.setUserName(where->user);
        db.setDatabaseName(where->database);
        db.setConnectOptions(u"options=-cclient_min_messages=warning"_s);
        db.open();
        return db;
    }

    QString m_url;
    QTemporaryDir m_dir;
    QStringList m_schemas;
    int m_n = 0;
};

} // namespace storetest
