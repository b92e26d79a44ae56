// One editor per user and store (singleinstance.h), with real `galley` processes: a second
// `galley FILE.md` hands the file to the running editor and exits 0; plain `galley` raises it; a
// different store and --new-window start their own editor; a socket left by a killed editor and
// an editor that does not answer are replaced. The name and the replacement are also checked in
// this process.
#include "issuedocument.h"
#include "store/store.h"
#include "window/singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace galley;
using galley::gui::SingleInstance;

namespace {

constexpr int StartTimeoutMs = 90000;

// An editor started as users start it, logging its start steps (galley.startup) on stderr.
class Editor
{
public:
    Editor(const QStringList &arguments, const QString &workingDirectory = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"galley.startup.debug=true"_s);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        if (!workingDirectory.isEmpty())
            m_process.setWorkingDirectory(workingDirectory);
        m_process.start(QStringLiteral(GALLEY_BINARY), arguments);
    }
    ~Editor()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGCONT);
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Waits until the output after the previous match matches `pattern`; returns the match
    // (invalid on timeout or exit).
    QRegularExpressionMatch waitFor(const QString &pattern, int timeoutMs = StartTimeoutMs)
    {
        const QRegularExpression re(pattern);
        QElapsedTimer timer;
        timer.start();
        while (true) {
            m_output += QString::fromUtf8(m_process.readAll());
            QRegularExpressionMatch m = re.match(m_output, m_matched);
            if (m.hasMatch())
                m_matched = m.capturedEnd();
            if (m.hasMatch() || timer.elapsed() > timeoutMs
                || m_process.state() == QProcess::NotRunning)
                return m;
            m_process.waitForReadyRead(100);
        }
    }
    // Where the next waitFor() starts looking, and going back there: for lines whose order is
    // not fixed.
    qsizetype matched() const { return m_matched; }
    void rewindTo(qsizetype position) { m_matched = position; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    const QString &output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
    qsizetype m_matched = 0;
};

struct Run
{
    int exitCode = -1;
    qint64 ms = 0;
    QString out;
    QString err;
};

// A start that is expected to hand over and exit.
Run runGalley(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(GALLEY_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.ms = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QString answering = u"answering later starts on (\\S+)"_s;

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeIssue(const QString &name, const QString &title)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(u"---\ntitle: %1\n---\n\nThe body of %1.\n"_s.arg(title).toUtf8());
        return path;
    }

    // The drafts of `store` titled `title`.
    QList<qint64> issuesTitled(const QString &store, const QString &title)
    {
        Store s;
        if (!s.open(store))
            return {};
        QList<qint64> ids;
        const auto list = s.listIssues();
        if (!list)
            return {};
        for (const auto &summary : *list) {
            const auto issue = s.issue(summary.id);
            const auto doc = IssueDocument::fromText(issue ? issue->document : QString());
            if (doc && doc->title() == title)
                ids << summary.id;
        }
        return ids;
    }

    // Waits until `editor` logs that it imported a handed-over file and shows it; returns the id
    // of the draft it shows.
    qint64 waitForHandedOverDraft(Editor &editor)
    {
        // The draft shown and the count of files opened come from two signals, in either order
        // (both after the hand-over's first line): each is looked for from there.
        if (!editor.waitFor(u"a later start handed over 1 file\\(s\\)"_s).hasMatch())
            return 0;
        const qsizetype from = editor.matched();
        const auto opened = editor.waitFor(u"handed-over files opened: 1 imported, 0 failed"_s);
        if (!opened.hasMatch())
            return 0;
        editor.rewindTo(from);
        const auto shown = editor.waitFor(u"the editor shows draft (\\d+)"_s);
        editor.rewindTo(std::max(opened.capturedEnd(), shown.capturedEnd()));
        return shown.hasMatch() ? shown.captured(1).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"elsewhere"_s));
    }

    void namesFollowTheUserAndTheCanonicalStore()
    {
        const QString store = m_dir.filePath(u"named.sqlite"_s);
        QVERIFY(QFile::link(store, m_dir.filePath(u"link.sqlite"_s)));
        {
            Store s;
            QVERIFY(s.open(store));
        }
        const QString name = gui::handOverServerName(store);
        QVERIFY2(name.startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/galley-"_s),
                 qPrintable(name));
        QCOMPARE(gui::handOverServerName(m_dir.filePath(u"elsewhere/../named.sqlite"_s)), name);
        QCOMPARE(gui::handOverServerName(m_dir.filePath(u"link.sqlite"_s)), name);
        QVERIFY(gui::handOverServerName(m_dir.filePath(u"other.sqlite"_s)) != name);
        // The default store (a private HOME here) has its own name.
        QVERIFY(gui::handOverServerName({}) != name);
        QCOMPARE(gui::handOverServerName({}), gui::handOverServerName(Store::defaultPath()));
    }

    // A postgresql:// store is no file: named by its identity (StoreLocation::identity), the
    // same from every working directory and however the address is spelled, and no folder
    // named "postgresql:" appears.
    void postgresStoresAreNamedByTheirAddress()
    {
        const QString url = u"postgresql://ana@db.example:5432/news?schema=team"_s;
        const QString name = gui::handOverServerName(url);
        QVERIFY(!name.isEmpty());
        QCOMPARE(gui::handOverServerName(
                     u"postgres://ana@db.example/news?sslmode=require&schema=TEAM"_s),
                 name);
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        QCOMPARE(gui::handOverServerName(url), name);
        QVERIFY(QDir::setCurrent(before));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"postgresql:"_s)));
        QVERIFY(gui::handOverServerName(u"postgresql://ana@db.example/news?schema=other"_s)
                != name);
        QVERIFY(gui::handOverServerName(u"postgresql://ben@db.example/news?schema=team"_s) != name);
        QVERIFY(gui::handOverServerName(u"postgresql://ana@db.example/other?schema=team"_s)
                != name);
        // A file whose relative path looks alike is another store.
        QVERIFY(gui::handOverServerName(u"postgresql:/ana@db.example/news"_s)
                != gui::handOverServerName(u"postgresql://ana@db.example/news"_s));
    }

    // Without XDG_RUNTIME_DIR the socket's name in /tmp was predictable: another user could take
    // it first. It now lives in a private galley-<uid> folder, checked before use.
    void withoutARuntimeFolderTheSocketIsInAPrivateFolder()
    {
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        const QByteArray tmp = qgetenv("TMPDIR");
        const QString temp = m_dir.filePath(u"tmp"_s);
        QVERIFY(QDir().mkpath(temp));
        QCOMPARE(::chmod(QFile::encodeName(temp).constData(), 01777), 0);
        qunsetenv("XDG_RUNTIME_DIR");
        qputenv("TMPDIR", QFile::encodeName(temp));
        const auto restore = qScopeGuard([&] {
            qputenv("XDG_RUNTIME_DIR", runtime);
            if (tmp.isNull())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", tmp);
        });
        const QString store = m_dir.filePath(u"named.sqlite"_s);
        const QString folder = temp + u"/galley-"_s + QString::number(::geteuid());
        QString why;
        const QString name = gui::handOverServerName(store, &why);
        QVERIFY2(name.startsWith(folder + u'/'), qPrintable(name + why));
        struct stat st
        {
        };
        QCOMPARE(::lstat(QFile::encodeName(folder).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);

        // Squatted: opened to others, or a link, or another user's folder: no hand-over, and
        // the reason names the folder.
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
        QVERIFY(gui::handOverServerName(store, &why).isEmpty());
        QVERIFY2(why.contains(folder), qPrintable(why));
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(QFile::link(m_dir.path(), folder));
        QVERIFY(gui::handOverServerName(store, &why).isEmpty());
        QVERIFY(QFile::remove(folder));
        QVERIFY(QDir().mkdir(folder));
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0700), 0);
        if (::chown(QFile::encodeName(folder).constData(), 65534, 65534) == 0) // needs root
            QVERIFY(gui::handOverServerName(store, &why).isEmpty());
        QVERIFY(QDir(folder).removeRecursively());
    }

    // An editor that ends normally takes its socket with it: the next start is not told about a
    // crash.
    void aClosedEditorLeavesNoSocket()
    {
        const QString store = m_dir.filePath(u"closed.sqlite"_s);
        QString socketFile;
        {
            SingleInstance editor(store);
            QCOMPARE(editor.start({}, false), SingleInstance::Start::Own);
            QVERIFY(editor.isListening());
            socketFile = editor.serverName();
            QVERIFY(QFileInfo::exists(socketFile));
            // --new-window leaves the name to the editor that has it.
            SingleInstance another(store);
            QCOMPARE(another.start({}, true), SingleInstance::Start::Own);
            QVERIFY(!another.isListening());
        }
        QVERIFY(!QFileInfo::exists(socketFile));
    }

    // In one process: an editor that does not answer (this thread is busy waiting) is replaced,
    // and when it goes away later it leaves the new editor's socket alone.
    void anEditorThatDoesNotAnswerIsReplaced()
    {
        const QString store = m_dir.filePath(u"hung.sqlite"_s);
        auto first = std::make_unique<SingleInstance>(store);
        QCOMPARE(first->start({}, false), SingleInstance::Start::Own);
        QVERIFY(first->isListening());

        SingleInstance second(store);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(second.start({m_dir.filePath(u"a.md"_s)}, false), SingleInstance::Start::Own);
        QVERIFY2(timer.elapsed() >= SingleInstance::AnswerTimeoutMs - 100,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(second.isListening());

        first.reset(); // the hung editor ends
        QVERIFY(QFileInfo::exists(second.serverName()));
        QLocalSocket socket;
        socket.connectToServer(second.serverName());
        QVERIFY(socket.waitForConnected(1000));
        QSignalSpy accepted(&second, &SingleInstance::requestAccepted);
        socket.write("{\"version\":1,\"open\":[]}\n");
        // No window: the editor says it is closing, and the start opens its own.
        QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine(), 5000); // the event loop answers
        QCOMPARE(socket.readLine(), QByteArray("closing\n"));
        QCOMPARE(accepted.count(), 0);
    }

    void aSecondStartHandsItsFileToTheRunningEditor()
    {
        const QString store = m_dir.filePath(u"main.sqlite"_s);
        Editor first({u"--db"_s, store});
        const auto listening = first.waitFor(answering);
        QVERIFY2(listening.hasMatch(), qPrintable(first.output()));
        QCOMPARE(listening.captured(1), gui::handOverServerName(store));

        // Another folder, relative paths: both resolved against the second start's folder.
        QVERIFY(!writeIssue(u"elsewhere/handed.md"_s, u"Handed over"_s).isEmpty());
        const QString elsewhere = m_dir.filePath(u"elsewhere"_s);
        const Run second = runGalley({u"--db"_s, u"../main.sqlite"_s, u"handed.md"_s}, elsewhere);
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QVERIFY2(second.ms < 20000, qPrintable(QString::number(second.ms)));
        QVERIFY2(second.out.contains(u"opened in the Galley window already open on this store"_s),
                 qPrintable(second.out));
        QCOMPARE(second.out.count(u'\n'), 1);
        QVERIFY2(second.err.isEmpty(), qPrintable(second.err));

        const qint64 shown = waitForHandedOverDraft(first);
        QVERIFY2(shown > 0, qPrintable(first.output()));
        // Imported once, by the running editor, and that draft is the one it shows.
        QCOMPARE(issuesTitled(store, u"Handed over"_s), QList<qint64> {shown});
        QVERIFY(first.isRunning());

        // `galley` alone brings the running window to the front.
        const Run raise = runGalley({u"--db"_s, store});
        QVERIFY2(raise.exitCode == 0, qPrintable(raise.out + raise.err));
        QVERIFY2(raise.out.contains(u"already open on this store; switched to its window"_s),
                 qPrintable(raise.out));
        QVERIFY2(first.waitFor(u"a later start handed over 0 file\\(s\\)"_s).hasMatch(),
                 qPrintable(first.output()));

        // A file that does not exist: handed over too, and the running window says what is wrong
        // (no draft is made).
        const Run missing = runGalley({u"--db"_s, store, m_dir.filePath(u"missing.md"_s)});
        QCOMPARE(missing.exitCode, 0);
        QVERIFY2(first.waitFor(u"handed-over files opened: 0 imported, 1 failed"_s).hasMatch(),
                 qPrintable(first.output()));

        // Another store: its own editor, which answers for that store.
        const QString otherStore = m_dir.filePath(u"other.sqlite"_s);
        Editor other({u"--db"_s, otherStore});
        const auto otherListening = other.waitFor(answering);
        QVERIFY2(otherListening.hasMatch(), qPrintable(other.output()));
        QCOMPARE(otherListening.captured(1), gui::handOverServerName(otherStore));
        QVERIFY(other.isRunning());

        // --new-window: a second editor on the same store, which leaves later starts to the first.
        Editor newWindow({u"--db"_s, store, u"--new-window"_s});
        QVERIFY2(
            newWindow.waitFor(u"window open; another editor answers later starts"_s).hasMatch(),
            qPrintable(newWindow.output()));
        QVERIFY(newWindow.isRunning());
        QVERIFY(!writeIssue(u"third.md"_s, u"Third"_s).isEmpty());
        const Run third = runGalley({u"--db"_s, store, m_dir.filePath(u"third.md"_s)});
        QCOMPARE(third.exitCode, 0);
        const qint64 thirdShown = waitForHandedOverDraft(first);
        QVERIFY2(thirdShown > 0, qPrintable(first.output()));
        QCOMPARE(issuesTitled(store, u"Third"_s), QList<qint64> {thirdShown});
        QVERIFY(!newWindow.output().contains(u"handed over"_s));
    }

    void aSocketLeftByAKilledEditorIsReplaced()
    {
        const QString store = m_dir.filePath(u"crash.sqlite"_s);
        {
            Editor crashed({u"--db"_s, store});
            QVERIFY2(crashed.waitFor(answering).hasMatch(), qPrintable(crashed.output()));
        } // SIGKILL: the socket file stays behind
        QVERIFY(QFileInfo::exists(gui::handOverServerName(store)));

        QVERIFY(!writeIssue(u"after-crash.md"_s, u"After the crash"_s).isEmpty());
        Editor next({u"--db"_s, store, m_dir.filePath(u"after-crash.md"_s)});
        QVERIFY2(next.waitFor(answering).hasMatch(), qPrintable(next.output()));
        QVERIFY2(next.output().contains(u"galley: the editor that last used this store did not "
                                        "close cleanly; starting a new one."_s),
                 qPrintable(next.output()));
        QVERIFY(next.isRunning());

        // And it answers later starts.
        QVERIFY(!writeIssue(u"later.md"_s, u"Later"_s).isEmpty());
        const Run later = runGalley({u"--db"_s, store, m_dir.filePath(u"later.md"_s)});
        QVERIFY2(later.exitCode == 0, qPrintable(later.out + later.err));
        const qint64 shown = waitForHandedOverDraft(next);
        QVERIFY2(shown > 0, qPrintable(next.output()));
        QCOMPARE(issuesTitled(store, u"Later"_s), QList<qint64> {shown});

        // A hung editor (stopped): the next start waits the answer time, then starts its own.
        QCOMPARE(::kill(pid_t(next.pid()), SIGSTOP), 0);
        Editor afterHang({u"--db"_s, store});
        QVERIFY2(afterHang.waitFor(answering).hasMatch(), qPrintable(afterHang.output()));
        QVERIFY2(
            afterHang.output().contains(u"did not answer within 3 seconds; starting a new one"_s),
            qPrintable(afterHang.output()));
        QCOMPARE(::kill(pid_t(next.pid()), SIGCONT), 0);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
