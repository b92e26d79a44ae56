// `galley FILE.md` (and the .desktop file's %F): the editor starts as usual and imports each file
// into the store as a new draft, opening the last; a file that cannot be read is named in the
// window's message bar and nothing else changes.
#include "commandline.h"
#include "drafts/draftspanel.h"
#include "editor/markdowneditor.h"
#include "window/editorapplication.h"
#include "window/messagebar.h"
#include "windowfixture.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

namespace {
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

// Starts the editor the way `galley ARGS...` does and waits for the store and the files.
std::unique_ptr<MainWindow> start(const QStringList &args, QList<QVariant> *opened)
{
    auto window = startEditorWindow(QStringList {u"galley"_s} + args);
    QSignalSpy ready(window.get(), &MainWindow::storeReady);
    QSignalSpy files(window.get(), &MainWindow::filesOpened);
    if (!ready.wait(20000) || !ready.first().first().toBool())
        return nullptr;
    // Often already answered while waiting for the store: both are queued from its thread.
    if (!QTest::qWaitFor([&] { return !files.isEmpty(); }, 20000))
        return nullptr;
    *opened = files.first();
    return window;
}
} // namespace

class TestOpenFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void argumentsAreFilesOrOptions()
    {
        const QStringList args = {u"galley"_s, u"--db"_s,        u"s.sqlite"_s,         u"a.md"_s,
                                  u"--db=t"_s, u"--self-test"_s, u"notes/b.markdown"_s, u"--"_s,
                                  u"-odd.md"_s};
        QCOMPARE(fileArgumentsFromArguments(args),
                 QStringList({u"a.md"_s, u"notes/b.markdown"_s, u"-odd.md"_s}));
        QCOMPARE(storePathFromArguments(args), u"s.sqlite"_s);
        QVERIFY(fileArgumentsFromArguments({u"galley"_s}).isEmpty());

        // Files open the editor; commands and typos go to the command line.
        using cli::isCommandLineInvocation;
        QVERIFY(!isCommandLineInvocation({u"galley"_s, u"issue.md"_s}));
        QVERIFY(!isCommandLineInvocation({u"galley"_s, u"--db"_s, u"x"_s, u"issue.md"_s}));
        QVERIFY(!isCommandLineInvocation({u"galley"_s, u"--self-test"_s}));
        const QString bare = writeFile(path(u"NOTES"_s), "# Notes\n");
        QVERIFY(!bare.isEmpty());
        QVERIFY(QDir::setCurrent(m_dir.path()));
        QVERIFY(!isCommandLineInvocation({u"galley"_s, u"NOTES"_s}));
        QVERIFY(isCommandLineInvocation({u"galley"_s, u"exprot"_s}));
        QVERIFY(isCommandLineInvocation({u"galley"_s, u"list"_s}));
    }

    void importsTheFileAsADraftAndOpensIt()
    {
        const QString file = writeFile(path(u"issue-12.md"_s),
                                       "---\ntitle: \"Cron Digest #12\"\ndate: 2025-03-02\n---\n\n"
                                       "## News\n\nA line only this file has.\n");
        QVERIFY(!file.isEmpty());
        QList<QVariant> opened;
        auto window = start({u"--db"_s, path(u"one.sqlite"_s), file}, &opened);
        QVERIFY(window);
        QCOMPARE(opened, (QList<QVariant> {1, 0}));
        QTRY_VERIFY(window->editor()->toPlainText().contains(u"A line only this file has."_s));
        QVERIFY(window->messageBar()->isHidden());
        // In the store as a draft, next to the sample a fresh store starts with; the file itself
        // is untouched.
        auto store = test::openStore(path(u"one.sqlite"_s));
        QVERIFY(store);
        const auto list = store->listIssues();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        bool found = false;
        for (const IssueSummary &s : *list) {
            if (s.title == u"Cron Digest #12"_s) {
                found = true;
                QCOMPARE(s.status, IssueStatus::Draft);
                QCOMPARE(s.id, window->session()->issueId());
            }
        }
        QVERIFY(found);
        QTRY_COMPARE(window->draftsPanel()->shownIds().size(), 2);
        QVERIFY(test::closeWindow(window));
    }

    void severalFilesOpenTheLast()
    {
        const QString a = writeFile(path(u"a.md"_s), "# First file\n\nalpha\n");
        const QString b = writeFile(path(u"b.markdown"_s), "# Second file\n\nbravo\n");
        QList<QVariant> opened;
        auto window = start({u"--db"_s, path(u"two.sqlite"_s), a, b}, &opened);
        QVERIFY(window);
        QCOMPARE(opened, (QList<QVariant> {2, 0}));
        QTRY_VERIFY(window->editor()->toPlainText().contains(u"bravo"_s));
        QTRY_COMPARE(window->draftsPanel()->shownIds().size(), 3);
        QVERIFY(test::closeWindow(window));
    }

    void badFilesAreNamedInTheMessageBar()
    {
        const QString missing = path(u"missing.md"_s);
        const QString binary
            = writeFile(path(u"picture.md"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12));
        const QString good = writeFile(path(u"good.md"_s), "# Good\n\nstill imported\n");
        QList<QVariant> opened;
        auto window = start({u"--db"_s, path(u"bad.sqlite"_s), missing, binary, m_dir.path(), good},
                            &opened);
        QVERIFY(window);
        QCOMPARE(opened, (QList<QVariant> {1, 3}));
        QVERIFY(window->messageBar()->isVisible());
        const QString message = window->messageBar()->text();
        QVERIFY2(message.contains(u"missing.md"_s), qPrintable(message));
        QVERIFY2(message.contains(u"picture.md"_s), qPrintable(message));
        QVERIFY2(message.contains(u"folder"_s), qPrintable(message));
        // The readable one still made it, and the window works on.
        QTRY_VERIFY(window->editor()->toPlainText().contains(u"still imported"_s));
        auto store = test::openStore(path(u"bad.sqlite"_s));
        QVERIFY(store);
        QCOMPARE(store->listIssues()->size(), 2);
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestOpenFile)
#include "tst_openfile.moc"
