// What a --db or GALLEY_DB value names (StoreLocation): a path (SQLite) or a postgresql:// URL,
// read into QPSQL's settings; passwords and unknown schemes refused. No server needed.
#include "store/storelocation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using galley::StoreLocation;

class TestStoreLocation : public QObject
{
    Q_OBJECT
private slots:
    void pathsAreSqlite_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("absolute") << u"/home/a/galley.sqlite"_s;
        QTest::newRow("relative") << u"galley.sqlite"_s;
        QTest::newRow("colon in the name") << u"notes:2025.sqlite"_s;
        QTest::newRow("windows drive") << u"C://stores/galley.sqlite"_s;
    }
    void pathsAreSqlite()
    {
        QFETCH(QString, value);
        const auto where = StoreLocation::parse(value);
        QVERIFY(where.ok());
        QCOMPARE(where->kind, StoreLocation::Kind::Sqlite);
        QCOMPARE(where->text, value);
    }

    void postgresUrls()
    {
        const auto full = StoreLocation::parse(u"postgresql://editor@db.example.org:6543/news"_s);
        QVERIFY(full.ok());
        QCOMPARE(full->kind, StoreLocation::Kind::Postgres);
        QCOMPARE(full->user, u"editor"_s);
        QCOMPARE(full->host, u"db.example.org"_s);
        QCOMPARE(full->port, 6543);
        QCOMPARE(full->database, u"news"_s);
        QCOMPARE(full->schema, QString());
        QCOMPARE(full->connectOptions(), u"application_name=galley;connect_timeout=10"_s);

        const auto socket = StoreLocation::parse(
            u"postgres://postgres@/galley?host=/tmp/galley-pg-1&port=5432&sslmode=disable"
            "&schema=T_1&role=Newsroom"_s);
        QVERIFY(socket.ok());
        QCOMPARE(socket->role, u"newsroom"_s); // folded, as PostgreSQL folds it unquoted
        QCOMPARE(socket->kind, StoreLocation::Kind::Postgres);
        QCOMPARE(socket->user, u"postgres"_s);
        QCOMPARE(socket->host, u"/tmp/galley-pg-1"_s);
        QCOMPARE(socket->port, 5432);
        QCOMPARE(socket->database, u"galley"_s);
        QCOMPARE(socket->schema, u"t_1"_s);
        QCOMPARE(socket->connectOptions(),
                 u"application_name=galley;connect_timeout=10;"
                 "sslmode=disable;options=-csearch_path=t_1"_s);

        const auto bare = StoreLocation::parse(u"postgresql://localhost"_s);
        QVERIFY(bare.ok());
        QCOMPARE(bare->host, u"localhost"_s);
        QCOMPARE(bare->port, 0);
        QCOMPARE(bare->user, QString());
        QCOMPARE(bare->database, QString());

        const auto encoded = StoreLocation::parse(u"postgresql://a%40b@[::1]:5433/my%20db"_s);
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->user, u"a@b"_s);
        QCOMPARE(encoded->host, u"::1"_s);
        QCOMPARE(encoded->port, 5433);
        QCOMPARE(encoded->database, u"my db"_s);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << u"No store path"_s;
        QTest::newRow("password") << u"postgresql://editor:secret@db/news"_s << u"~/.pgpass"_s;
        QTest::newRow("password parameter")
            << u"postgresql://editor@db/news?password=secret"_s << u"PGPASSWORD"_s;
        QTest::newRow("other scheme") << u"mysql://db/galley"_s << u"“mysql:” is not a kind"_s;
        QTest::newRow("http") << u"https://example.com/galley.sqlite"_s << u"“https:”"_s;
        QTest::newRow("bad port") << u"postgresql://db:99999/news"_s << u"65535"_s;
        QTest::newRow("bad sslmode") << u"postgresql://db/news?sslmode=maybe"_s << u"sslmode"_s;
        QTest::newRow("bad schema")
            << u"postgresql://db/news?schema=a;drop"_s << u"plain schema name"_s;
        QTest::newRow("bad role") << u"postgresql://db/news?role=team%20x"_s
                                  << u"plain role name"_s;
        QTest::newRow("unknown parameter") << u"postgresql://db/news?colour=red"_s << u"colour"_s;
    }
    void refused()
    {
        QFETCH(QString, value);
        QFETCH(QString, says);
        const auto where = StoreLocation::parse(value);
        QVERIFY(!where.ok());
        QVERIFY2(where.error().message.contains(says), qPrintable(where.error().message));
        // The password itself never shows in the message.
        QVERIFY(!where.error().toString().contains(u"secret"_s));
    }

    // One store, however its address is spelled: what the editor's single-instance key and the
    // keyring's entry start from.
    void identity()
    {
        qunsetenv("PGUSER");
        qunsetenv("PGHOST");
        qunsetenv("PGPORT");
        qunsetenv("PGDATABASE");
        const auto a = StoreLocation::parse(u"postgresql://ana@db.example:5432/news?schema=Team"_s);
        const auto b
            = StoreLocation::parse(u"postgres://ana@db.example/news?sslmode=require&schema=team"_s);
        QVERIFY(a && b);
        QCOMPARE(a->identity(), u"postgresql://ana@db.example:5432/news?schema=team"_s);
        QCOMPARE(b->identity(), a->identity());
        QCOMPARE(a->serverAccount(), u"ana@db.example:5432/news"_s);
        const auto other = StoreLocation::parse(u"postgresql://ana@db.example/news?schema=b"_s);
        QVERIFY(other->identity() != a->identity());
        // libpq's defaults fill what the address leaves out.
        qputenv("PGUSER", "ben");
        qputenv("PGPORT", "5433");
        const auto bare = StoreLocation::parse(u"postgresql:///"_s);
        QVERIFY(bare);
        QCOMPARE(bare->serverAccount(), u"ben@/var/run/postgresql:5433/ben"_s);
        qunsetenv("PGUSER");
        qunsetenv("PGPORT");
        // A file is named by its text.
        QCOMPARE(StoreLocation::parse(u"/tmp/x.sqlite"_s)->identity(), u"/tmp/x.sqlite"_s);
    }
};

QTEST_APPLESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
