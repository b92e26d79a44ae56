// `galley COMMAND` must not load Qt Gui, Widgets or WebEngine: loading them took ~60 ms of a
// ~75 ms `galley export`, most of it in the dynamic loader. The dynamic loader itself reports every
// library it initialises (LD_DEBUG=libs), dlopen()ed plugins included.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QStringList libraries; // every shared object the loader initialised, as full paths
    QString err;
};

Run runGalley(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LD_DEBUG"_s, u"libs"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GALLEY_BINARY), args);
    Run run;
    if (!p.waitForFinished(30000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(p.readAllStandardError());
    static const QRegularExpression init(u"calling init: (\\S+)"_s);
    for (auto it = init.globalMatch(run.err); it.hasNext();)
        run.libraries << it.next().captured(1);
    return run;
}

// The GUI side of Qt: anything here means the command paid for the editor's libraries.
QStringList guiLibraries(const QStringList &libraries)
{
    static const QRegularExpression gui(
        u"/lib(Qt6(Gui|Widgets|WebEngine\\w*|OpenGL\\w*|Quick\\w*|Qml\\w*|PrintSupport|XcbQpa)"
        "|xcb|X11|GL|EGL|xkbcommon)[.-]"_s);
    QStringList found;
    for (const QString &library : libraries)
        if (gui.match(library).hasMatch())
            found << library;
    return found;
}
} // namespace

class TestCliStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void commandsLoadNoGuiLibraries_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expectedOut");
        const QString doc = m_dir.filePath(u"issue.md"_s);
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Weekly\n\nSome *news* and a [link](https://example.org).\n");
        f.close();
        const QString db = m_dir.filePath(u"store.sqlite"_s);
        QTest::newRow("version") << QStringList {u"--version"_s} << QByteArray("galley ");
        QTest::newRow("export fragment")
            << QStringList {u"export"_s, doc, u"--to"_s, u"fragment"_s}
            << QByteArray("<h1>Weekly</h1>\n<p>Some <em>news</em> and a "
                          "<a href=\"https://example.org\">link</a>.</p>\n");
        QTest::newRow("export html") << QStringList {u"export"_s, doc, u"--to"_s, u"html"_s}
                                     << QByteArray("<!DOCTYPE html>");
        // The store: Qt Sql with its SQLite driver plugin, loaded at run time.
        QTest::newRow("import into a store")
            << QStringList {u"import"_s, doc, u"--db"_s, db} << QByteArray();
        QTest::newRow("help") << QStringList {u"--help"_s} << QByteArray();
    }

    void commandsLoadNoGuiLibraries()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expectedOut);
        const Run run = runGalley(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(2000)));
        QVERIFY2(run.out.startsWith(expectedOut), run.out.left(500).constData());
        // The loader's report was read: otherwise an empty list would pass for "no GUI".
        QVERIFY2(run.libraries.filter(u"libQt6Core.so"_s).size() == 1,
                 qPrintable(run.libraries.join(u'\n')));
        const QStringList gui = guiLibraries(run.libraries);
        QVERIFY2(gui.isEmpty(), qPrintable(u"GUI libraries loaded:\n"_s + gui.join(u'\n')));
    }

    void storeDriverIsLoadedAtRunTime()
    {
        // The "import" row above really opened a store: its plugin shows in the loader's report.
        const Run run = runGalley({u"list"_s, u"--db"_s, m_dir.filePath(u"store.sqlite"_s)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.libraries.filter(u"libqsqlite"_s).isEmpty(),
                 qPrintable(run.libraries.join(u'\n')));
        QVERIFY(guiLibraries(run.libraries).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliStartup)
#include "tst_clistartup.moc"
