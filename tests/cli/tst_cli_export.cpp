// `galley export` as a user runs it: the real binary, every format, -o and its failures, help and
// usage errors, --db/GALLEY_DB, and broken inputs that must give a clear error (exit 2, the file
// and the reason on stderr) or a correct rendering -- never a crash or a hang. Every call has a
// timeout, and exit codes are checked exactly. (`galley` without arguments opens the editor, so
// it is never run that way here.)
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int callTimeoutMs = 30000;

struct Run
{
    bool finished = false; // false: it hung and was killed
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return u"finished=%1 crashed=%2 exit=%3\nstderr: %4\nstdout: %5"_s.arg(finished)
            .arg(crashed)
            .arg(exitCode)
            .arg(QString::fromUtf8(err), QString::fromUtf8(out.left(400)));
    }
};

struct RunOptions
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    std::function<void()> childSetup;
    QString stdoutFile;
};

Run galley(const QStringList &args, const RunOptions &options = {})
{
    Q_ASSERT(!args.isEmpty()); // without arguments it would open the editor
    QProcess p;
    p.setProgram(QStringLiteral(GALLEY_BINARY));
    p.setArguments(args);
    p.setProcessEnvironment(options.env);
    if (options.childSetup)
        p.setChildProcessModifier(options.childSetup);
    if (!options.stdoutFile.isEmpty())
        p.setStandardOutputFile(options.stdoutFile);
    p.start();
    Run run;
    if (!p.waitForStarted(callTimeoutMs))
        return run;
    p.closeWriteChannel();
    run.finished = p.waitForFinished(callTimeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished();
    }
    run.crashed = p.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QByteArray cmarkGfm(const QString &file)
{
    QProcess p;
    p.start(u"cmark-gfm"_s,
            {u"-e"_s, u"footnotes"_s, u"-e"_s, u"table"_s, u"-e"_s, u"strikethrough"_s, u"-e"_s,
             u"autolink"_s, u"-e"_s, u"tagfilter"_s, u"-e"_s, u"tasklist"_s, file});
    if (!p.waitForStarted() || !p.waitForFinished(callTimeoutMs) || p.exitCode() != 0)
        return "cmark-gfm failed";
    return p.readAllStandardOutput();
}

QString fixture(const QString &name)
{
    return QStringLiteral(GALLEY_TEST_DATA) + u"/fixtures/"_s + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

const QStringList formats = {u"fragment"_s, u"html"_s, u"markdown"_s, u"text"_s};

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(GALLEY_BINARY)).isExecutable(), GALLEY_BINARY);
        QVERIFY2(!QStandardPaths::findExecutable(u"cmark-gfm"_s).isEmpty(),
                 "the cmark-gfm command line (package cmark-gfm) is needed for the contract");
    }

    void everyFormatOnTheFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        for (const QString &f :
             {u"ops-weekly-101.md"_s, u"ops-weekly-102.md"_s, u"ops-weekly-103.md"_s}) {
            for (const QString &format : formats)
                QTest::newRow(qPrintable(f + u' ' + format)) << fixture(f) << format;
        }
    }

    void everyFormatOnTheFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const Run run = galley({u"export"_s, file, u"--to"_s, format});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(run.out.size() > 200);
        QVERIFY(!QString::fromUtf8(run.out).contains(QChar::ReplacementCharacter));
        if (format == u"fragment") {
            QVERIFY(run.out.startsWith("<p>"));
            QVERIFY(!run.out.contains("<html"));
            QVERIFY(run.out.contains("<br><a href=\"https://"));
        } else if (format == u"html") {
            QVERIFY(run.out.trimmed().toLower().startsWith("<!doctype html"));
            QVERIFY(run.out.trimmed().endsWith("</html>"));
        } else if (format == u"markdown") {
            QByteArray expected = readAll(file);
            expected.replace("\n>From ", "\nFrom "); // the mbox quoting is undone
            QCOMPARE(run.out, expected);
        } else {
            QVERIFY(!run.out.contains("<p>"));
            QVERIFY(!run.out.contains("<br"));
            QVERIFY(run.out.contains("News\n===="));
        }
        // -o writes the same bytes, atomically, and nothing to stdout.
        const QString out = m_dir.filePath(u"out-"_s + QFileInfo(file).baseName() + u'.' + format);
        const Run toFile = galley({u"export"_s, file, u"--to"_s, format, u"-o"_s, out});
        QVERIFY2(toFile.finished && toFile.exitCode == 0, qPrintable(toFile.describe()));
        QVERIFY(toFile.out.isEmpty());
        QCOMPARE(readAll(out), run.out);
    }

    // The contract through the command line: without raw HTML and front matter, the fragment is
    // what the cmark-gfm command line prints, byte for byte.
    void fragmentMatchesCmarkGfm_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        // 103: the fixture without mbox `>From` quoting, which Galley undoes on purpose.
        QByteArray body = readAll(fixture(u"ops-weekly-103.md"_s));
        body = body.mid(body.indexOf("\n---\n", 4) + 5).replace("<br>", "");
        QTest::newRow("fixture body without <br>") << body;
        QTest::newRow("rich") << QByteArray(
            "# Heading\n\nSetext\n---\n\nText with *em*, **strong**, ~~strike~~, `code`, a "
            "[link](https://example.com/?a=1&b=2 \"title\") and an ![image](i.png).\n\n"
            "- [ ] task\n- [x] done\n\n1. one\n2. two\n\n> quote\n\n```c\nint x;\n```\n\n"
            "| a | b |\n|:--|--:|\n| 1 | 2 |\n\nFootnote[^1] www.example.org\n\n[^1]: Note.\n\n"
            "Entities &amp; &copy; \\* and < b >\n");
        QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBF# T\r\n\r\ntext\r\nmore\r\n");
        QTest::newRow("20000 nested quotes") << QByteArray(20000, '>') + " deep\n";
        QTest::newRow("50000 brackets") << QByteArray(50000, '[') + "\n";
        QTest::newRow("nested lists") << QByteArray("- ").repeated(5000) + "x\n";
        QTest::newRow("unclosed emphasis") << QByteArray("*a _b ").repeated(5000) + "\n";
    }

    void fragmentMatchesCmarkGfm()
    {
        QFETCH(QByteArray, markdown);
        const QString file = write(u"contract.md"_s, markdown);
        const QByteArray reference = cmarkGfm(file);
        QVERIFY(!reference.contains("raw HTML omitted"));
        const Run run = galley({u"export"_s, file, u"--to"_s, u"fragment"_s});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out == reference);
    }

    // A plain UTF-8 file goes to the renderer undecoded, with the tree in cmark-gfm's arena; the
    // same text with CRLF line ends (or a BOM) is decoded first, with the tree on the heap. Both
    // must print the same fragment, also where the sanitiser replaces nodes of the tree.
    void plainAndDecodedFilesGiveTheSameFragment_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QByteArray>("expected"); // a part the fragment must contain
        QTest::addColumn<QByteArray>("absent"); // a part it must not contain
        QTest::newRow("rejected html block")
            << QByteArray("# T\n\n<script>alert(1)</script>\n<p>two</p>\n\nafter\n")
            << QByteArray("<p>after</p>") << QByteArray("<script>");
        QTest::newRow("rejected inline html")
            << QByteArray("a <img src=x onerror=alert(1)> b <b>bold</b>\n")
            << QByteArray("<b>bold</b>") << QByteArray("<img src=x");
        QTest::newRow("javascript link") << QByteArray("[click](javascript:alert(1)) *em*\n")
                                         << QByteArray("<em>em</em>") << QByteArray("javascript:");
        QTest::newRow("many rejected blocks")
            << QByteArray("<div onclick=x>\nblock\n</div>\n\ntext <u>u</u>\n\n").repeated(300)
            << QByteArray("<p>text <u>u</u></p>") << QByteArray("<div");
        QTest::newRow("control character")
            << QByteArray("tab\there and one \x1B escape in a long line of text, which "
                          "stays text: fewer than one in a hundred characters is a control.\n")
            << QByteArray("<p>tab\there and one \xEF\xBF\xBD escape") << QByteArray("\x1B");
    }

    void plainAndDecodedFilesGiveTheSameFragment()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, absent);
        QByteArray crlf = markdown;
        crlf.replace("\n", "\r\n");
        const QString plain = write(u"plain.md"_s, markdown);
        const QString decoded = write(u"decoded.md"_s, crlf);
        const QString bom = write(u"bom.md"_s, "\xEF\xBB\xBF" + markdown);
        const Run a = galley({u"export"_s, plain, u"--to"_s, u"fragment"_s});
        const Run b = galley({u"export"_s, decoded, u"--to"_s, u"fragment"_s});
        const Run c = galley({u"export"_s, bom, u"--to=fragment"_s});
        for (const Run *run : {&a, &b, &c}) {
            QVERIFY2(run->finished && run->exitCode == 0, qPrintable(run->describe()));
            // A control character is replaced, and the warning says so (tab is not one).
            if (markdown.contains('\x1B'))
                QVERIFY2(run->err.contains("1 control character"), run->err.constData());
            else
                QVERIFY2(run->err.isEmpty(), run->err.constData());
        }
        QVERIFY2(a.out.contains(expected), a.out.constData());
        QVERIFY2(!a.out.contains(absent), a.out.constData());
        QCOMPARE(b.out, a.out);
        QCOMPARE(c.out, a.out);
        // -o writes the same bytes.
        const QString out = m_dir.filePath(u"plain.html"_s);
        const Run toFile = galley({u"export"_s, plain, u"--to"_s, u"fragment"_s, u"-o"_s, out});
        QVERIFY2(toFile.finished && toFile.exitCode == 0, qPrintable(toFile.describe()));
        QCOMPARE(readAll(out), a.out);
    }

    void outputFailuresLeaveTheOldFile()
    {
        const QString in = fixture(u"ops-weekly-101.md"_s);

        // A folder that does not exist.
        const QString missingDir = m_dir.filePath(u"no/such/dir/out.html"_s);
        Run run = galley({u"export"_s, in, u"--to"_s, u"html"_s, u"-o"_s, missingDir});
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.err.contains(missingDir.toUtf8()));
        QVERIFY(run.out.isEmpty());

        // A folder instead of a file.
        run = galley({u"export"_s, in, u"-o"_s, m_dir.path()});
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.err.contains(m_dir.path().toUtf8()));

        // The disk fills up halfway (a file size limit of 512 bytes): the existing file keeps its
        // old content and no temporary file is left behind.
        QTemporaryDir outDir;
        const QString existing = outDir.filePath(u"issue.html"_s);
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("precious old export\n");
        old.close();
        RunOptions limited;
        limited.childSetup = [] {
            rlimit limit {512, 512};
            setrlimit(RLIMIT_FSIZE, &limit);
            signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG instead of killing
        };
        run = galley({u"export"_s, in, u"--to"_s, u"html"_s, u"-o"_s, existing}, limited);
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(existing.toUtf8()), run.err.constData());
        QCOMPARE(readAll(existing), QByteArray("precious old export\n"));
        QCOMPARE(QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {u"issue.html"_s});

        // Standard output that cannot take the bytes.
        if (QFileInfo::exists(u"/dev/full"_s)) {
            RunOptions full;
            full.stdoutFile = u"/dev/full"_s;
            run = galley({u"export"_s, in, u"--to"_s, u"html"_s}, full);
            QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
            QVERIFY2(run.err.contains("standard output"), run.err.constData());
        }
    }

    // A pipe or a device (/dev/stdout, /dev/null) named with -o is written into, not replaced by
    // a renamed temporary file: as root that would swap the device node for a regular file.
    void outputIntoAPipe()
    {
        const QString fifo = m_dir.filePath(u"pipe"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        const QString in = fixture(u"ops-weekly-103.md"_s);
        const Run run = galley({u"export"_s, in, u"--to"_s, u"fragment"_s, u"-o"_s, fifo});
        QByteArray received(1 << 16, '\0');
        const ssize_t n = ::read(reader, received.data(), size_t(received.size()));
        ::close(reader);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        struct stat info;
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &info) == 0);
        QVERIFY2(S_ISFIFO(info.st_mode), "the pipe was replaced by a file");
        QVERIFY(n > 0);
        received.truncate(n);
        QCOMPARE(received, galley({u"export"_s, in, u"--to"_s, u"fragment"_s}).out);
    }

    void helpAndVersion()
    {
        Run run = galley({u"--help"_s});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains("export"));
        QVERIFY(run.out.contains("--db"));
        QVERIFY(run.err.isEmpty());

        run = galley({u"--version"_s});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(QRegularExpression(u"^galley \\d+\\.\\d+\\.\\d+\\n$"_s)
                     .match(QString::fromUtf8(run.out))
                     .hasMatch(),
                 run.out.constData());

        run = galley({u"export"_s, u"--help"_s});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.startsWith(u"Usage: galley export "_s), qPrintable(help));
        QVERIFY(!help.contains(QStringLiteral(GALLEY_BINARY)));
        for (const QString &word :
             {u"--to"_s, u"--output"_s, u"--db"_s, u"fragment"_s, u"markdown"_s, u"text"_s})
            QVERIFY2(help.contains(word), qPrintable(word));

        run = galley({u"help"_s, u"export"_s});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.startsWith("Usage: galley export "));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString f = fixture(u"ops-weekly-101.md"_s);
        QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("unknown format")
            << QStringList {u"export"_s, f, u"--to"_s, u"pdf"_s} << u"'pdf'"_s;
        QTest::newRow("no file") << QStringList {u"export"_s, u"--to"_s, u"html"_s}
                                 << u"one issue file"_s;
        QTest::newRow("two files") << QStringList {u"export"_s, f, f} << u"one issue file"_s;
        QTest::newRow("unknown option") << QStringList {u"export"_s, f, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("missing value") << QStringList {u"export"_s, f, u"-o"_s} << u"-o"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run run = galley(args);
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
        QVERIFY(run.err.startsWith("galley"));
    }

    void databaseOptionAccepted()
    {
        const QString f = fixture(u"ops-weekly-103.md"_s);
        const Run plain = galley({u"export"_s, f, u"--to"_s, u"fragment"_s});
        QCOMPARE(plain.exitCode, 0);
        const QString db = m_dir.filePath(u"store.sqlite"_s);

        for (const QStringList &args :
             {QStringList {u"export"_s, f, u"--to"_s, u"fragment"_s, u"--db"_s, db},
              QStringList {u"export"_s, u"--db="_s + db, f, u"--to"_s, u"fragment"_s},
              QStringList {u"--db"_s, db, u"export"_s, f, u"--to"_s, u"fragment"_s}}) {
            const Run run = galley(args);
            QVERIFY2(run.finished && run.exitCode == 0,
                     qPrintable(args.join(u' ') + u'\n' + run.describe()));
            QCOMPARE(run.out, plain.out);
        }
        RunOptions withEnv;
        withEnv.env.insert(u"GALLEY_DB"_s, db);
        const Run run = galley({u"export"_s, f, u"--to"_s, u"fragment"_s}, withEnv);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.out, plain.out);
    }

    // Each broken input gives exit 2 with the file and the reason on stderr, in every format.
    void brokenInputsAreClearErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("where"); // "path" or "path:line"
        QTemporaryDir *dir = &m_dir;
        const auto put = [dir](const QString &name, const QByteArray &bytes) {
            QFile f(dir->filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return f.fileName();
        };
        const QString missing = m_dir.filePath(u"missing.md"_s);
        QTest::newRow("missing") << missing << u"No such file"_s << missing;
        QTest::newRow("directory") << m_dir.path() << u"folder"_s << m_dir.path();
        const QString nul = put(u"nul.md"_s, QByteArray("# Title\n\nText\0more\n", 19));
        QTest::newRow("nul bytes") << nul << u"NUL"_s << nul + u":3"_s;
        QRandomGenerator rng(7);
        QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 8000; ++i)
            png += char(rng.bounded(256));
        const QString binary = put(u"image.md"_s, png);
        QTest::newRow("binary") << binary << u"not a text file"_s << binary;
        QByteArray noise;
        for (int i = 0; i < 8000; ++i)
            noise += char(1 + rng.bounded(255));
        const QString noisy = put(u"noise.md"_s, noise);
        QTest::newRow("binary without NUL") << noisy << u"not a text file"_s << noisy;
        const QString unterminated
            = put(u"unterminated.md"_s, "---\ntitle: Weekly \\#5\ndate: 2025-01-05\n\nBody\n");
        QTest::newRow("unterminated front matter")
            << unterminated << u"never closed"_s << unterminated + u":1"_s;
        const QString badDate
            = put(u"baddate.md"_s, "---\ntitle: Weekly \\#5\ndate: next tuesday\n---\nBody\n");
        QTest::newRow("bad date") << badDate << u"ISO 8601"_s << badDate + u":3"_s;
        const QString badQuote
            = put(u"badquote.md"_s, "---\ntitle: \"Weekly #5\ndate: 2025-01-05\n---\nBody\n");
        QTest::newRow("broken quoting") << badQuote << u"quote"_s << badQuote + u":2"_s;
    }

    void brokenInputsAreClearErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QFETCH(QString, where);
        for (const QString &format : formats) {
            const Run run = galley({u"export"_s, path, u"--to"_s, format});
            QVERIFY2(run.finished && run.exitCode == 2,
                     qPrintable(format + u": "_s + run.describe()));
            QVERIFY(run.out.isEmpty());
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(err.contains(where + u':'), qPrintable(err));
            QVERIFY2(err.contains(reason), qPrintable(err));
            QCOMPARE(err.count(u'\n'), 1);
        }
    }

    // Inputs that are odd but readable render, in every format.
    void oddInputsRender_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("fragment"); // expected fragment; empty: not checked
        QTest::addColumn<QString>("warning"); // expected on stderr; empty: stderr must be empty
        QTemporaryDir *dir = &m_dir;
        const auto put = [dir](const QString &name, const QByteArray &bytes) {
            QFile f(dir->filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return f.fileName();
        };
        const QString latin1
            = put(u"latin1.md"_s,
                  "---\ntitle: Caf\xE9 Weekly \\#3\n---\n\nShe said \x93hi\x94 at the caf\xE9.\n");
        QTest::newRow("latin-1") << latin1
                                 << QByteArray("<p>She said \xE2\x80\x9Chi\xE2\x80\x9D at the "
                                               "caf\xC3\xA9.</p>\n")
                                 << latin1 + u":2: "_s;
        const QString bomCrlf = put(u"bomcrlf.md"_s,
                                    "\xEF\xBB\xBF---\r\ntitle: Weekly \\#4\r\n---\r\n# Head\r\n"
                                    "\r\ntext\r\nmore<br>\r\n");
        QTest::newRow("bom and crlf")
            << bomCrlf << QByteArray("<h1>Head</h1>\n<p>text\nmore<br></p>\n") << QString();
        const QString deep = put(u"deep.md"_s, QByteArray(20000, '>') + " deep\n");
        QTest::newRow("20000 nested >") << deep << QByteArray() << QString();
        const QString brackets = put(u"brackets.md"_s, QByteArray(50000, '[') + "\n");
        QTest::newRow("50000 [") << brackets
                                 << QByteArray("<p>" + QByteArray(50000, '[') + "</p>\n")
                                 << QString();
        const QString links = put(u"links.md"_s, QByteArray("[a](").repeated(20000) + "\n");
        QTest::newRow("20000 open links") << links << QByteArray() << QString();
        const QString empty = put(u"empty.md"_s, QByteArray());
        QTest::newRow("empty file") << empty << QByteArray() << QString();
        const QString onlyFront = put(u"front.md"_s, "---\ntitle: Only \\#1\n---\n");
        QTest::newRow("front matter only") << onlyFront << QByteArray() << QString();
    }

    void oddInputsRender()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, fragment);
        QFETCH(QString, warning);
        for (const QString &format : formats) {
            const Run run = galley({u"export"_s, path, u"--to"_s, format});
            QVERIFY2(run.finished && run.exitCode == 0,
                     qPrintable(format + u": "_s + run.describe()));
            if (warning.isEmpty()) {
                QVERIFY2(run.err.isEmpty(), run.err.constData());
            } else {
                const QString err = QString::fromUtf8(run.err);
                QVERIFY2(err.contains(warning) && err.contains(u"warning"_s)
                             && err.contains(u"Windows-1252"_s),
                         qPrintable(err));
            }
            if (format == u"fragment" && !fragment.isEmpty())
                QCOMPARE(run.out, fragment);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
