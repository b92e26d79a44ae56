// `galley` is a launcher without Qt (src/app/launch.h): it starts `galley-editor` for the window
// and `galley-cli` for anything else, found from where `galley` really is (installed:
// ../libexec/galley/, build tree: next to it), never through PATH, with the same arguments. A
// missing program is named with the paths looked at, exit code 2.
#include "commandline.h"
#include "commands.h"
#include "launch.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = galley::testsupport::ProcessRun;

Run run(const QString &program, const QStringList &args, int timeoutMs = 30000,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return galley::testsupport::runProcess(program, args, timeoutMs, env);
}

bool copyExecutable(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to)
        && QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::ExeOwner);
}

// What the stand-in prints when `galley ARGS` started `program` as `argv0`.
QString started(const QString &program, const QString &argv0, const QStringList &args)
{
    return QStringList(QStringList {program, argv0} + args).join(u'\n') + u'\n';
}

bool launcherOpensEditor(const QStringList &args)
{
    QList<QByteArray> bytes {"galley"};
    for (const QString &a : args)
        bytes << a.toLocal8Bit();
    std::vector<const char *> argv;
    for (const QByteArray &b : bytes)
        argv.push_back(b.constData());
    return galley::launch::opensEditorDirectly(int(argv.size()), argv.data());
}
} // namespace

class TestEditorLaunch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // An installed tree whose two programs are the stand-in.
        m_galley = m_dir.filePath(u"usr/bin/galley"_s);
        QVERIFY(copyExecutable(QStringLiteral(GALLEY_BINARY), m_galley));
        for (const char *program : {"galley-editor", "galley-cli"})
            QVERIFY(copyExecutable(
                QStringLiteral(GALLEY_ARGV_ECHO),
                m_dir.filePath(u"usr/libexec/galley/"_s + QLatin1StringView(program))));
    }

    void launcherSendsEachInvocationToItsProgram_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("program");
        QTest::newRow("nothing") << QStringList {} << u"galley-editor"_s;
        QTest::newRow("store only")
            << QStringList {u"--db"_s, u"my store.sqlite"_s} << u"galley-editor"_s;
        QTest::newRow("files") << QStringList {u"--db=x"_s, u"issue 12.md"_s,
                                               u"../notes/b.markdown"_s}
                               << u"galley-editor"_s;
        QTest::newRow("self-test")
            << QStringList {u"--self-test"_s, u"--db"_s, u"s"_s} << u"galley-editor"_s;
        QTest::newRow("command") << QStringList {u"--db"_s, u"a.sqlite"_s, u"export"_s,
                                                 u"x.md"_s, u"--to"_s,     u"html"_s}
                                 << u"galley-cli"_s;
        QTest::newRow("help") << QStringList {u"--help"_s} << u"galley-cli"_s;
        QTest::newRow("mistyped command") << QStringList {u"exprot"_s} << u"galley-cli"_s;
        // `galley NOTES` may be a file without extension: galley-cli decides (and starts the
        // editor itself when it is).
        QTest::newRow("bare word") << QStringList {u"NOTES"_s} << u"galley-cli"_s;
        QTest::newRow("qt option")
            << QStringList {u"-platform"_s, u"offscreen"_s} << u"galley-cli"_s;
    }

    void launcherSendsEachInvocationToItsProgram()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, program);
        const Run r = run(m_galley, args);
        QCOMPARE(r.exitCode, 0);
        // argv[0] is still `galley` as started (window class, usage text), the rest untouched.
        QCOMPARE(r.outText(), started(program, m_galley, args));
    }

    void launcherNeverSendsACommandToTheEditor()
    {
        // The launcher's quick rule may only say "editor" where the command line's exact one does.
        const QList<QStringList> cases {{},
                                        {u"--db"_s, u"x"_s},
                                        {u"--db"_s},
                                        {u"--db=x"_s, u"a.md"_s},
                                        {u"--self-test"_s},
                                        {u"a.md"_s},
                                        {u"dir/NOTES"_s},
                                        {u"./list"_s},
                                        {u"--help"_s},
                                        {u"-h"_s},
                                        {u"--version"_s},
                                        {u"-v"_s},
                                        {u"help"_s},
                                        {u"exprot"_s},
                                        {u"-platform"_s, u"xcb"_s},
                                        {u"--db"_s, u"x.sqlite"_s, u"list"_s},
                                        {u"--db"_s, u"--self-test"_s}};
        for (const QStringList &args : cases) {
            if (launcherOpensEditor(args))
                QVERIFY2(!galley::cli::isCommandLineInvocation(QStringList {u"galley"_s} + args),
                         qPrintable(args.join(u' ')));
        }
        QVERIFY(launcherOpensEditor({}));
        QVERIFY(launcherOpensEditor({u"a.md"_s}));
        for (const galley::cli::Command &c : galley::cli::allCommands()) {
            QVERIFY2(!launcherOpensEditor({c.name}), qPrintable(c.name));
            QVERIFY2(!launcherOpensEditor({u"--db"_s, u"x.sqlite"_s, c.name}), qPrintable(c.name));
        }
    }

    void symlinkToGalleyStillFindsItsPrograms()
    {
        // /usr/local/bin/galley -> /opt/galley/bin/galley: the programs are by the real file.
        const QString link = m_dir.filePath(u"elsewhere/galley"_s);
        QDir().mkpath(m_dir.filePath(u"elsewhere"_s));
        QVERIFY(QFile::link(m_galley, link));
        const Run r = run(link, {u"notes.md"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), started(u"galley-editor"_s, link, {u"notes.md"_s}));
    }

    void buildTreeLayoutFindsTheProgramsNextToGalley()
    {
        const QString galley = m_dir.filePath(u"build/galley"_s);
        QVERIFY(copyExecutable(QStringLiteral(GALLEY_BINARY), galley));
        QVERIFY(copyExecutable(QStringLiteral(GALLEY_ARGV_ECHO),
                               m_dir.filePath(u"build/galley-editor"_s)));
        QVERIFY(copyExecutable(QStringLiteral(GALLEY_ARGV_ECHO),
                               m_dir.filePath(u"build/galley-cli"_s)));
        QCOMPARE(run(galley, {}).outText(), started(u"galley-editor"_s, galley, {}));
        QCOMPARE(run(galley, {u"list"_s}).outText(), started(u"galley-cli"_s, galley, {u"list"_s}));
    }

    void missingEditorNamesThePathLookedAt()
    {
        const QString galley = m_dir.filePath(u"lone/bin/galley"_s);
        QVERIFY(copyExecutable(QStringLiteral(GALLEY_BINARY), galley));
        QVERIFY(copyExecutable(QStringLiteral(GALLEY_CLI_BINARY),
                               m_dir.filePath(u"lone/libexec/galley/galley-cli"_s)));
        // An editor on PATH is not used.
        QVERIFY(copyExecutable(QStringLiteral(GALLEY_ARGV_ECHO),
                               m_dir.filePath(u"path/galley-editor"_s)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, m_dir.filePath(u"path"_s) + u':' + env.value(u"PATH"_s));
        for (const QStringList &args : {QStringList {u"issue.md"_s}, QStringList {}}) {
            const Run r = run(galley, args, 30000, env);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.outText().isEmpty());
            QVERIFY2(r.errText().contains(u"not installed"_s), qPrintable(r.errText()));
            QVERIFY2(r.errText().contains(m_dir.filePath(u"lone/libexec/galley/galley-editor"_s)),
                     qPrintable(r.errText()));
            QVERIFY2(r.errText().contains(u"galley --help"_s), qPrintable(r.errText()));
        }
        // The command line does not need the editor.
        const Run version = run(galley, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.outText().startsWith(u"galley "_s));
    }

    void missingCommandLineNamesThePathsLookedAt()
    {
        const QString galley = m_dir.filePath(u"bare/bin/galley"_s);
        QVERIFY(copyExecutable(QStringLiteral(GALLEY_BINARY), galley));
        const Run r = run(galley, {u"list"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(m_dir.filePath(u"bare/libexec/galley/galley-cli"_s)),
                 qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(m_dir.filePath(u"bare/bin/galley-cli"_s)),
                 qPrintable(r.errText()));
    }

    void selfTestRunsTheRealEditorThroughGalley()
    {
        // The build tree as it is: `galley --self-test` shows the window on a temporary store.
        QCOMPARE(QFileInfo(QStringLiteral(GALLEY_EDITOR_BINARY)).absolutePath(),
                 QFileInfo(QStringLiteral(GALLEY_BINARY)).absolutePath());
        const Run r = run(QStringLiteral(GALLEY_BINARY), {u"--self-test"_s}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText().right(3000)));
        QVERIFY2(QString(r.outText() + r.errText()).contains(u"self-test passed"_s),
                 qPrintable(r.errText().right(3000)));
    }

private:
    QTemporaryDir m_dir;
    QString m_galley;
};

QTEST_GUILESS_MAIN(TestEditorLaunch)
#include "tst_editorlaunch.moc"
