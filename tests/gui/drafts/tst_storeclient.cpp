// StoreClient::run(): the answer reaches a live context on the GUI thread and never a context
// that was deleted while its request was in flight (a dialog closed during its load; issue 15,
// finding 7). The old code read the context's QPointer on the worker thread; ThreadSanitizer
// cannot see that race itself (Qt clears the QPointer in uninstrumented code), and the tsan run
// reported only its effect, the answer posted to a context being deleted here, in 1 of 3 runs.

#include "drafts/offlinesaves.h"
#include "settingsfixture.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace galley;
using namespace galley::gui;
using namespace galley::gui::test;

class TestStoreClient : public QObject
{
    Q_OBJECT
private slots:
    void answersALiveContextOnTheGuiThread()
    {
        QTemporaryDir dir;
        ClientThread thread;
        QVERIFY(thread.open(dir.filePath(QStringLiteral("store.sqlite"))));
        QObject context;
        QThread *answeredOn = nullptr;
        QThread *workedOn = nullptr;
        bool answered = false;
        thread.client()->run(
            &context,
            [&workedOn](Store &store) {
                workedOn = QThread::currentThread();
                return store.listIssues()->size();
            },
            [&](qsizetype count) {
                answeredOn = QThread::currentThread();
                answered = count == 1; // the sample draft the client created
            });
        QTRY_VERIFY(answered);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(workedOn != QThread::currentThread());
    }

    void dropsTheAnswerForAContextDeletedInFlight()
    {
        QTemporaryDir dir;
        ClientThread thread;
        QVERIFY(thread.open(dir.filePath(QStringLiteral("store.sqlite"))));
        std::atomic<int> worked = 0;
        int answeredDeleted = 0;
        // Delete each context while its request may be anywhere between queued and answered,
        // with no synchronisation in between: the window in which the old check raced.
        constexpr int Rounds = 300;
        for (int i = 0; i < Rounds; ++i) {
            auto *context = new QObject;
            thread.client()->run(
                context,
                [&worked](Store &) {
                    ++worked;
                    return 0;
                },
                [&answeredDeleted](int) { ++answeredDeleted; });
            delete context;
            // Let some answers arrive in between (all of them for deleted contexts).
            if (i % 3 == 1)
                QCoreApplication::processEvents();
        }
        QObject last;
        bool lastAnswered = false;
        thread.client()->run(
            &last, [](Store &) { return 1; }, [&lastAnswered](int v) { lastAnswered = v == 1; });
        QTRY_VERIFY(lastAnswered);
        QCOMPARE(worked.load(), Rounds);
        QCOMPARE(answeredDeleted, 0);
    }

    // The offline journal is for a PostgreSQL store's server that goes away (tst_offlinewindow);
    // a SQLite store's saves never go there, and no journal file is made for it.
    void aSqliteStoreHasNoOfflineJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        ClientThread thread;
        QVERIFY(thread.open(path));
        QObject receiver;
        std::atomic<bool> saved = false;
        QObject::connect(thread.client(), &StoreClient::saved, &receiver,
                         [&saved] { saved = true; });
        thread.client()->post(
            [c = thread.client()] { c->saveDocument(1, QStringLiteral("# Saved\n"), 1, 1); });
        QTRY_VERIFY(saved);
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!QFile::exists(OfflineJournal::defaultPathFor(path)));
        QVERIFY(QDir(data).entryList({QStringLiteral("journal-*")}).isEmpty());
        QVERIFY(!thread.client()->offlineSaves()->holding());
    }
};

QTEST_MAIN(TestStoreClient)
#include "tst_storeclient.moc"
