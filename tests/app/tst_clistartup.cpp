// `galley COMMAND` must not load Qt Gui, Widgets or WebEngine: loading them took ~60 ms of a
// ~75 ms `galley export`, most of it in the dynamic loader. The dynamic loader itself reports every
// library it initialises (LD_DEBUG=libs), dlopen()ed plugins included.
#include "processrun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run : galley::testsupport::ProcessRun
{
    QStringList libraries; // every shared object the loader initialised, as full paths
};

Run runGalley(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LD_DEBUG"_s, u"libs"_s);
    Run run {galley::testsupport::runGalley(args, 30000, env), {}};
    static const QRegularExpression init(u"calling init: (\\S+)"_s);
    for (auto it = init.globalMatch(run.errText()); it.hasNext();)
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
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText().right(2000)));
        QVERIFY2(run.out.startsWith(expectedOut), run.out.left(500).constData());
        // The loader's report was read: otherwise an empty list would pass for "no GUI".
        QVERIFY2(run.libraries.filter(u"libQt6Core.so"_s).size() == 1,
                 qPrintable(run.libraries.join(u'\n')));
        const QStringList gui = guiLibraries(run.libraries);
        QVERIFY2(gui.isEmpty(), qPrintable(u"GUI libraries loaded:\n"_s + gui.join(u'\n')));
    }

    // GMime (and the GLib object system, GIO, GPGME it brings) is galley-eml.so's: only a .eml
    // export loads it, at run time.
    void gmimeOnlyForEml()
    {
        const QString doc = m_dir.filePath(u"eml.md"_s);
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\ntitle: Weekly \\#1\n---\n\n# Weekly\n\nNews.\n");
        f.close();
        const QRegularExpression gmime(u"/lib(gmime|gio|gobject|gpgme)-?[0-9.]*\\.so"_s);
        const Run fragment = runGalley({u"export"_s, doc, u"--to"_s, u"fragment"_s});
        QCOMPARE(fragment.exitCode, 0);
        QVERIFY(fragment.libraries.filter(u"libcmark-gfm"_s).size() >= 1);
        QVERIFY2(fragment.libraries.filter(gmime).isEmpty(),
                 qPrintable(fragment.libraries.filter(gmime).join(u'\n')));
        const Run eml = runGalley({u"export"_s, doc, u"--to"_s, u"eml"_s});
        QVERIFY2(eml.exitCode == 0, qPrintable(eml.errText().right(2000)));
        QVERIFY2(eml.out.contains("Content-Type: multipart/alternative"), eml.out.constData());
        QVERIFY2(!eml.libraries.filter(u"/galley-eml.so"_s).isEmpty(),
                 qPrintable(eml.libraries.join(u'\n')));
        QVERIFY(!eml.libraries.filter(gmime).isEmpty());
    }

    // libcurl (with OpenSSL) and QtKeychain (with Qt D-Bus) are galley-smtp.so's and
    // galley-keyring.so's: an export does not load them; `send-test` loads them when it sends.
    void smtpAndKeyringOnlyForSendTest()
    {
        const QString doc = m_dir.filePath(u"send.md"_s);
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Weekly\n\nNews.\n");
        f.close();
        const QRegularExpression sending(
            u"/(libcurl|libssl|libqt6keychain|libQt6DBus|galley-smtp|galley-keyring)[.-]"_s);
        const Run eml = runGalley({u"export"_s, doc, u"--to"_s, u"eml"_s});
        QCOMPARE(eml.exitCode, 0);
        QVERIFY2(eml.libraries.filter(sending).isEmpty(),
                 qPrintable(eml.libraries.filter(sending).join(u'\n')));
        // A server nobody listens on: the send fails, but only after loading its module.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LD_DEBUG"_s, u"libs"_s);
        env.insert(u"GALLEY_SMTP_PASSWORD"_s, u"x"_s);
        env.insert(u"GALLEY_DB"_s, m_dir.filePath(u"send.sqlite"_s));
        const galley::testsupport::ProcessRun send = galley::testsupport::runGalley(
            {u"send-test"_s, doc, u"--smtp"_s, u"smtp://a@127.0.0.1:9"_s, u"--to"_s,
             u"me@example.org"_s, u"--timeout"_s, u"2"_s},
            30000, env);
        QCOMPARE(send.exitCode, 1);
        QVERIFY2(send.errText().contains(u"/galley-smtp.so"_s),
                 qPrintable(send.errText().right(3000)));
        QVERIFY(send.errText().contains(u"/libcurl"_s));
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
