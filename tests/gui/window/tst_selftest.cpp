// `galley --self-test` as a separate process, the way packaging checks and galley_startup_bench
// run it: it must open the draft the editor reopens at start (not just any draft), say so with its
// timings in order, fail clearly on a store it cannot open (leaving the file alone), and with
// --self-test-hold stay open until its standard input closes.
#include "issuedocument.h"
#include "processrun.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {

const QRegularExpression passedLine(
    u"galley: self-test passed: window shown at (\\d+) ms, preview rendered at (\\d+) ms, "
    "checked at (\\d+) ms; the store (.+) is open and the preview shows the draft \u201c(.*)\u201d\\."_s);

QString issue(const QString &title, const QString &body)
{
    return u"---\ntitle: %1\n---\n\n%2\n"_s.arg(title, body);
}

using Run = galley::testsupport::ProcessRun;

Run runGalley(const QStringList &arguments)
{
    return galley::testsupport::runGalley(arguments, 120000);
}

} // namespace

class TestSelfTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // A store whose last open draft is "Last draft" while a newer issue exists: opening "the
    // newest" instead of the last draft shows.
    void makeStore()
    {
        m_store = m_dir.filePath(u"store.sqlite"_s);
        QFile::remove(m_store);
        Store store;
        QVERIFY(store.open(m_store));
        auto last = store.createIssue(issue(u"Last draft"_s, u"The body of the last draft."_s));
        QVERIFY(last);
        QVERIFY(store.createIssue(issue(u"Newer issue"_s, u"Written later."_s)));
        // What the editor stores when a draft is opened (StoreClient::saveEditorState).
        QVERIFY(store.setSetting(u"editor/lastIssue"_s, QString::number(*last)));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void opensTheLastDraftAndReportsItsTimes()
    {
        makeStore();
        if (QTest::currentTestFailed())
            return;
        const Run r = runGalley({u"--db"_s, m_store, u"--self-test"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        const QRegularExpressionMatch m = passedLine.match(r.outText());
        QVERIFY2(m.hasMatch(), qPrintable(r.outText()));
        QCOMPARE(m.captured(5), u"Last draft"_s);
        QCOMPARE(m.captured(4), m_store);
        const int shown = m.captured(1).toInt();
        const int rendered = m.captured(2).toInt();
        const int checked = m.captured(3).toInt();
        QVERIFY2(shown > 0 && rendered > 0 && rendered <= checked && shown <= checked,
                 qPrintable(r.outText()));
    }

    // Started from a terminal, the editor printed Qt WebEngine's 20-line context dump on every
    // start: quiet by default, shown with --verbose.
    void webEngineContextDumpOnlyWithVerbose()
    {
        makeStore();
        if (QTest::currentTestFailed())
            return;
        const Run quiet = runGalley({u"--db"_s, m_store, u"--self-test"_s});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.errText().contains(u"qt.webenginecontext"_s), quiet.err.constData());
        const Run verbose = runGalley({u"--db"_s, m_store, u"--self-test"_s, u"--verbose"_s});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.errText().contains(u"qt.webenginecontext"_s), verbose.err.constData());
    }

    void failsClearlyOnAStoreItCannotOpen()
    {
        const QString path = m_dir.filePath(u"not-a-store.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = QByteArray("These are notes, not a database.\n").repeated(200);
        file.write(bytes);
        file.close();
        const Run r = runGalley({u"--db"_s, path, u"--self-test"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"galley: self-test failed: the store did not open"_s),
                 qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(path), qPrintable(r.errText()));
        QVERIFY(!r.outText().contains(u"passed"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes); // never data loss
    }

    // Issue 15, finding 8: the store named by --db or GALLEY_DB is read, never written (the
    // self-test works on a temporary copy): same bytes, no write-ahead log left, same file list.
    void neverWritesIntoTheNamedStore()
    {
        makeStore();
        if (QTest::currentTestFailed())
            return;
        QFile::remove(m_store + u"-wal"_s);
        QFile::remove(m_store + u"-shm"_s);
        const auto hash = [this] {
            QFile f(m_store);
            return f.open(QIODevice::ReadOnly)
                ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                : QByteArray();
        };
        const QByteArray before = hash();
        QVERIFY(!before.isEmpty());
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        const Run byOption = runGalley({u"--db"_s, m_store, u"--self-test"_s});
        QVERIFY2(byOption.exitCode == 0, qPrintable(byOption.outText() + byOption.errText()));
        // It still reports the draft of the named store, by that name.
        const QRegularExpressionMatch m = passedLine.match(byOption.outText());
        QVERIFY2(m.hasMatch(), qPrintable(byOption.outText()));
        QCOMPARE(m.captured(4), m_store);
        QCOMPARE(m.captured(5), u"Last draft"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GALLEY_DB"_s, m_store);
        const Run byEnv = galley::testsupport::runGalley({u"--self-test"_s}, 120000, env);
        QVERIFY2(byEnv.exitCode == 0, qPrintable(byEnv.outText() + byEnv.errText()));
        QCOMPARE(hash(), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    void holdKeepsTheEditorOpenUntilStdinCloses()
    {
        makeStore();
        if (QTest::currentTestFailed())
            return;
        QProcess p;
        p.start(QStringLiteral(GALLEY_BINARY),
                {u"--db"_s, m_store, u"--self-test"_s, u"--self-test-hold"_s});
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += p.readAllStandardOutput();
                return out.contains("self-test passed") || p.state() == QProcess::NotRunning;
            },
            120000));
        QVERIFY2(passedLine.match(QString::fromUtf8(out)).hasMatch(), out.constData());
        // Still running: a benchmark measures its memory now.
        QVERIFY(!p.waitForFinished(1000));
        QCOMPARE(p.state(), QProcess::Running);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_selftest.moc"
