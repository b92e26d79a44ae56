// The rendering contract: for Markdown without front matter and without raw HTML, our fragment is
// byte-identical to the reference cmark-gfm command line. Checked on the fixtures' bodies, on
// generated documents and on real Markdown found on the machine.
#include "exporter.h"
#include "issuedocument.h"
#include "markdowntree.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {

QByteArray referenceRender(const QByteArray &markdown)
{
    QProcess p;
    p.start(u"cmark-gfm"_s,
            {u"-e"_s, u"footnotes"_s, u"-e"_s, u"table"_s, u"-e"_s, u"strikethrough"_s, u"-e"_s,
             u"autolink"_s, u"-e"_s, u"tagfilter"_s, u"-e"_s, u"tasklist"_s});
    if (!p.waitForStarted())
        return "cmark-gfm did not start";
    p.write(markdown);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

bool hasRawHtml(const QByteArray &markdown)
{
    // The contract excludes raw HTML; the reference then prints "raw HTML omitted".
    return referenceRender(markdown).contains("<!-- raw HTML omitted -->");
}

QByteArray generatedDocument(quint32 seed)
{
    QRandomGenerator rng(seed);
    const QList<QByteArray> pieces = {
        "# Heading one\n",
        "Setext\n======\n",
        "## Two *em* and **strong**\n",
        "A paragraph with `code`, ~~strike~~ and a [link](https://example.com/a?b=c&d=e \"t\").\n",
        "- item one\n- item two\n  - nested\n",
        "1. first\n2. second\n",
        "- [ ] todo\n- [x] done\n",
        "> quoted\n> text\n",
        "```cpp\nint main() { return 0; }\n```\n",
        "    indented code\n",
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n| x | y |\n",
        "Footnote ref[^n].\n\n[^n]: The note.\n",
        "www.example.org and https://example.net/path autolinks\n",
        "***\n",
        "Line with trailing spaces  \nhard break\n",
        "Entities &amp; &copy; &#35; \\* escaped\n",
        "![alt text](https://example.com/i.png)\n",
        "Text with a < b > c brackets & ampersands\n",
        "Unicode: café, naïve, 日本語, emoji 🎉\n",
        "[ref link][r]\n\n[r]: https://example.com/r\n"};
    QByteArray doc;
    const int n = 5 + int(rng.bounded(40));
    for (int i = 0; i < n; ++i)
        doc += pieces.at(rng.bounded(int(pieces.size()))) + '\n';
    return doc;
}

} // namespace

class TestRenderContract : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"cmark-gfm"_s).isEmpty(),
                 "the cmark-gfm command line (package cmark-gfm) is needed for the contract");
    }

    void fixtureBodies_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(GALLEY_TEST_DATA) + u"/fixtures"_s);
        const auto files = dir.entryList({u"*.md"_s}, QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &f : files) {
            if (f != u"README.md")
                QTest::newRow(qPrintable(f)) << dir.filePath(f);
        }
    }

    // The fixtures use <br>, so compare with the <br> lines removed: everything else must match.
    void fixtureBodies()
    {
        QFETCH(QString, path);
        auto doc = readIssueFile(path);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QByteArray body = doc->body().toUtf8();
        body.replace("<br>", "");
        QCOMPARE(renderFragment(body), referenceRender(body));
        QVERIFY(!body.isEmpty());
    }

    void generatedDocuments()
    {
        for (quint32 seed = 1; seed <= 60; ++seed) {
            const QByteArray doc = generatedDocument(seed);
            QVERIFY(!hasRawHtml(doc));
            const QByteArray expected = referenceRender(doc);
            QVERIFY(expected.size() > 10);
            if (renderFragment(doc) != expected)
                QFAIL(qPrintable(u"seed %1 differs:\n"_s.arg(seed) + QString::fromUtf8(doc)));
        }
    }

    // Real Markdown nobody here wrote, when the machine has it (package documentation).
    void realMarkdownOnMachine()
    {
        QStringList candidates;
        for (const QString &root : {u"/usr/share/doc"_s, u"/usr/src/googletest"_s}) {
            QDirIterator it(root, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext() && candidates.size() < 40)
                candidates << it.next();
        }
        int compared = 0;
        for (const QString &path : std::as_const(candidates)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray md = f.readAll();
            if (md.startsWith("---") || hasRawHtml(md) || md.contains('\0'))
                continue;
            QCOMPARE(renderFragment(md), referenceRender(md));
            ++compared;
        }
        qInfo("compared %d real Markdown files from the machine", compared);
        if (candidates.isEmpty())
            qInfo(
                "no package documentation on this machine; generated documents cover the contract");
    }

    void sourcePositionsOnlyAddAttributes()
    {
        const QByteArray md = generatedDocument(7);
        const QByteArray withPos = renderFragment(md, RenderOptions {true});
        QVERIFY(withPos.contains("data-sourcepos=\""));
        static const QRegularExpression attr(u" data-sourcepos=\"[0-9:-]+\""_s);
        const QString stripped = QString::fromUtf8(withPos).remove(attr);
        QCOMPARE(stripped.toUtf8(), renderFragment(md));
    }
};

QTEST_GUILESS_MAIN(TestRenderContract)
#include "tst_rendercontract.moc"
