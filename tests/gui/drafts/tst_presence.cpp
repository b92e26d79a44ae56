// Who else has the draft open, on a team's PostgreSQL store (issue 23): the status bar's "Also
// open by: Ana" (PresenceLabel). Each connection names its open draft in its application_name
// (PgPresence) and announces it through LISTEN/NOTIFY, so a teammate opening or closing the
// draft shows within a second; a teammate whose connection died is gone at the next recheck.
// Another role without privileges sees the names too (pg_stat_activity shows
// application_name to everyone). A SQLite store shows nothing.
#include "../../store/storetesthelpers.h"
#include "drafts/presencelabel.h"
#include "editorname.h"
#include "store/pg/pgpresence.h"
#include "store/storelocation.h"
#include "windowfixture.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestPresence : public QObject
{
    Q_OBJECT
    storetest::FreshStores m_stores;

private slots:
    void initTestCase()
    {
        QVERIFY(m_stores.postgres());
        qputenv("GALLEY_INBOX_TITLES", "0");
    }

    void theNameFitsAndIsPrintable()
    {
        QCOMPARE(PgPresence::applicationName(u"news"_s, 0, u"Ana"_s), u"galley"_s);
        QCOMPARE(PgPresence::applicationName(u"news"_s, 12, u"  Ana  Lima "_s),
                 u"galley/news/12/Ana Lima"_s);
        // PostgreSQL keeps printable ASCII only (15 writes '?' for the rest): the name travels
        // percent-encoded, '/' and '%' too.
        QCOMPARE(PgPresence::applicationName(u"news"_s, 12, u"Zoë 50%/x"_s),
                 u"galley/news/12/Zo%C3%AB 50%25%2Fx"_s);
        const QString longName
            = PgPresence::applicationName(QString(40, u's'), 123456, QString(80, u'n'));
        QCOMPARE(longName.toUtf8().size(), 63);
        QVERIFY(longName.startsWith(PgPresence::prefix(QString(40, u's'), 123456)));
        QVERIFY(PgPresence::prefix(QString(40, u's'), 1).size() < 40);
        // Cut between characters, never inside one's encoding.
        const QString cut = PgPresence::applicationName(u"news"_s, 1, QString(30, QChar(0xe9)));
        QVERIFY(cut.size() <= 63);
        QCOMPARE(cut, u"galley/news/1/"_s + QString(u"%C3%A9"_s).repeated(8));
    }

    void editorNameDefaultsToTheUser()
    {
        setEditorName({});
        QCOMPARE(editorName(), systemUserName());
        QVERIFY(!systemUserName().isEmpty());
        setEditorName(u" Ana "_s);
        QCOMPARE(editorName(), u"Ana"_s);
        setEditorName({});
    }

    void withoutANameTheLoginUserIsShown()
    {
        // Nobody set a name: the teammates see the PostgreSQL user this window logs in as (in
        // the README's team set-up, the person's own), not the computer's account.
        setEditorName({});
        const QString location = m_stores.fresh();
        const QString login = galley::StoreLocation::parse(location)->effectiveUser();
        QVERIFY(login != systemUserName()); // else this could not tell the two apart
        auto window = test::openWindow(location);
        QVERIFY(window);
        QTRY_COMPARE(window->session()->state(), DraftSession::State::Saved);
        const qint64 id = window->session()->issueId();
        auto teammate = test::openStore(location);
        QVERIFY(teammate);
        QTRY_COMPARE(teammate->presence(id).value(), QStringList {login});
        QVERIFY(test::closeWindow(window));
    }

    void teammatesAppearAndGo()
    {
        setEditorName(u"Ben"_s);
        const QString location = m_stores.fresh();
        auto window = test::openWindow(location);
        QVERIFY(window);
        auto *label = window->statusBar()->findChild<PresenceLabel *>();
        QVERIFY(label);
        label->setRecheckInterval(300);
        QTRY_COMPARE(window->session()->state(), DraftSession::State::Saved);
        const qint64 id = window->session()->issueId();
        QVERIFY(id > 0);

        // The window's name is visible to a teammate's connection.
        auto ana = test::openStore(location);
        QVERIFY(ana);
        QVERIFY(ana->hasPresence());
        QTRY_COMPARE(ana->presence(id).value(), QStringList {u"Ben"_s});
        QVERIFY(label->text().isEmpty());
        QVERIFY(label->isHidden());

        // Ana opens the draft: shown within a second (announced, not the recheck's doing).
        label->setRecheckInterval(60000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(ana->setPresence(id, u"Ana"_s));
        QVERIFY(QTest::qWaitFor([&] { return label->names() == QStringList {u"Ana"_s}; }, 5000));
        qInfo("teammate shown after %lld ms", clock.elapsed());
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(label->text(), u"Also open by: Ana"_s);
        QVERIFY(label->isVisibleTo(window.get()));

        // Another draft: not Ana's.
        QVERIFY(ana->setPresence(id + 1000, u"Ana"_s));
        QTRY_VERIFY_WITH_TIMEOUT(label->names().isEmpty(), 1000);
        QVERIFY(label->isHidden());
        QVERIFY(ana->setPresence(id, u"Ana"_s));
        QTRY_COMPARE_WITH_TIMEOUT(label->names(), QStringList {u"Ana"_s}, 1000);

        // Ana's connection ends without a word (a crash): gone at the next recheck.
        label->setRecheckInterval(300);
        ana->close();
        ana.reset();
        QTRY_VERIFY_WITH_TIMEOUT(label->names().isEmpty(), 3000);
        QVERIFY(label->text().isEmpty());

        // Closing the window tells the others at once.
        auto cleo = test::openStore(location);
        QVERIFY(cleo);
        QTRY_COMPARE(cleo->presence(id).value(), QStringList {u"Ben"_s});
        QVERIFY(test::closeWindow(window));
        QCOMPARE(cleo->presence(id).value(), QStringList {});
        setEditorName({});
    }

    // pg_stat_activity shows application_name to roles without privileges: a teammate who logs
    // in as another user sees who has the draft open.
    void anotherRoleSeesTheNames()
    {
        const QString location = m_stores.fresh();
        auto ben = test::openStore(location);
        QVERIFY(ben);
        const qint64 id = ben->createIssue(u"---\ntitle: Shared\n---\n"_s).value();
        QVERIFY(ben->setPresence(id, u"Ben"_s));
        const auto where = StoreLocation::parse(location).value();
        const QString role = u"galley_presence_%1"_s.arg(QCoreApplication::applicationPid());
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"presence-admin"_s);
            admin.setHostName(where.host);
            admin.setPort(where.port);
            admin.setUserName(where.user);
            admin.setDatabaseName(where.database);
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery(admin).exec(u"DROP ROLE IF EXISTS "_s + role);
            QSqlQuery create(admin);
            QVERIFY2(create.exec(u"CREATE ROLE "_s + role + u" LOGIN"_s),
                     qPrintable(create.lastError().text()));
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, u"presence-other"_s);
                other.setHostName(where.host);
                other.setPort(where.port);
                other.setUserName(role);
                other.setDatabaseName(where.database);
                QVERIFY2(other.open(), qPrintable(other.lastError().text()));
                QSqlQuery q(other);
                QVERIFY(q.exec(u"SELECT application_name FROM pg_stat_activity "
                               "WHERE application_name LIKE 'galley/%/%/Ben'"_s));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(),
                         PgPresence::applicationName(where.schema, id, u"Ben"_s));
                // ...while what the session runs stays hidden from it.
                QVERIFY(q.exec(u"SELECT query FROM pg_stat_activity WHERE application_name "
                               "LIKE 'galley/%/%/Ben'"_s));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), u"<insufficient privilege>"_s);
                other.close();
            }
            QSqlDatabase::removeDatabase(u"presence-other"_s);
            // Any name comes back as written.
            auto cleo = test::openStore(location);
            QVERIFY(cleo);
            QCOMPARE(cleo->presence(id).value(), QStringList {u"Ben"_s});
            QVERIFY(ben->setPresence(id, u"Zoë 50%/x"_s));
            QCOMPARE(cleo->presence(id).value(), QStringList {u"Zoë 50%/x"_s});
            QSqlQuery(admin).exec(u"DROP ROLE "_s + role);
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"presence-admin"_s);
    }

    void nothingOnSqlite()
    {
        QTemporaryDir dir;
        auto window = test::openWindow(dir.filePath(u"solo.sqlite"_s));
        QVERIFY(window);
        QTRY_COMPARE(window->session()->state(), DraftSession::State::Saved);
        auto store = test::openStore(dir.filePath(u"solo.sqlite"_s));
        QVERIFY(store);
        QVERIFY(!store->hasPresence());
        QVERIFY(store->setPresence(window->session()->issueId(), u"Ana"_s));
        QCOMPARE(store->presence(window->session()->issueId()).value(), QStringList {});
        auto *label = window->statusBar()->findChild<PresenceLabel *>();
        QVERIFY(label);
        QTest::qWait(100);
        QVERIFY(label->text().isEmpty());
        QVERIFY(label->isHidden());
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestPresence)
#include "tst_presence.moc"
