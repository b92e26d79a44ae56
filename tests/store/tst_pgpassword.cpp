// Where a PostgreSQL store's password comes from (issue 23): ~/.pgpass and PGPASSWORD (libpq's
// own), else the desktop's keyring (StorePassword, written by Preferences ▸ Store), never the
// address or settings. The suite's server has one role that must give a password, galley_pw
// (tests/store/pg/pgserver.sh, scram-sha-256 on the socket); the keyring is gnome-keyring on a
// private D-Bus session (as in tst_keyring). The password is in no message.
#include "../sending/keyringsession.h"
#include "store/store.h"
#include "store/storelocation.h"
#include "store/storepassword.h"
#include "storetesthelpers.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
constexpr auto Password = "galley-test-password"; // pgserver.sh's
}

class TestPgPassword : public QObject
{
    Q_OBJECT
    storetest::FreshStores m_stores;
    testsupport::KeyringSession m_session;
    QString m_url; // galley_pw's store

    StoreLocation where() const { return StoreLocation::parse(m_url).value(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stores.postgres());
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        // galley_pw's own store: a schema it owns, made by the suite's superuser.
        m_url = m_stores.fresh();
        const QString schema = m_url.mid(m_url.indexOf(u"schema="_s) + 7);
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pw-admin"_s);
            const StoreLocation a = StoreLocation::parse(m_url).value();
            admin.setHostName(a.host);
            admin.setPort(a.port);
            admin.setUserName(a.user);
            admin.setDatabaseName(a.database);
            QVERIFY(admin.open());
            QSqlQuery q(admin);
            QVERIFY(q.exec(u"ALTER SCHEMA "_s + schema + u" OWNER TO galley_pw"_s));
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"pw-admin"_s);
        m_url.replace(u"postgresql://postgres@"_s, u"postgresql://galley_pw@"_s);
        QVERIFY(m_url.contains(u"galley_pw@"_s));

        QString error;
        QVERIFY2(!m_session.start(&error).isEmpty(), qPrintable(error));
        // The daemon takes a moment to claim the Secret Service's name.
        QElapsedTimer timer;
        timer.start();
        error = StorePassword::write(where(), u"probe"_s);
        while (!error.isEmpty() && timer.elapsed() < 5000) {
            QTest::qWait(50);
            error = StorePassword::write(where(), u"probe"_s);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(StorePassword::write(where(), {}).isEmpty()); // removed again
    }

    void withoutAPasswordTheMessageSaysWhereToPutIt()
    {
        QCOMPARE(StorePassword::read(where()).kind, PasswordVault::Lookup::NotFound);
        Store store;
        const Status opened = store.open(m_url);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"Preferences ▸ Store"_s),
                 qPrintable(opened.error().message));
        QVERIFY(!store.isOpen());
    }

    void theKeyringsPasswordOpensTheStore()
    {
        QVERIFY(StorePassword::write(where(), QString::fromLatin1(Password)).isEmpty());
        // Keyed by the server account, as Preferences ▸ Store shows it.
        const auto found = PasswordVault::readEntry(
            StorePassword::serviceName(),
            u"galley_pw@"_s + where().host + u":"_s + QString::number(where().port) + u"/galley"_s);
        QCOMPARE(found.kind, PasswordVault::Lookup::Found);
        Store store;
        const Status opened = store.open(m_url);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QVERIFY(store.createIssue(u"---\ntitle: Behind a password\n---\n"_s));
        QCOMPARE(store.listIssues()->size(), 1);
    }

    void aWrongPasswordIsRefusedWithoutShowingIt()
    {
        QVERIFY(StorePassword::write(where(), u"not-the-password"_s).isEmpty());
        Store store;
        const Status opened = store.open(m_url);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"did not accept the user"_s),
                 qPrintable(opened.error().message));
        QVERIFY(!opened.error().toString().contains(u"not-the-password"_s));
    }

    // libpq's own sources come first: the keyring is not asked when PGPASSWORD works.
    void pgpasswordComesFirst()
    {
        QVERIFY(StorePassword::write(where(), u"not-the-password"_s).isEmpty());
        qputenv("PGPASSWORD", Password);
        Store store;
        const Status opened = store.open(m_url);
        qunsetenv("PGPASSWORD");
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QVERIFY(StorePassword::write(where(), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPgPassword)
#include "tst_pgpassword.moc"
