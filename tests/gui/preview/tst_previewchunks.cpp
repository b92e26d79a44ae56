// Cutting the rendered email into blocks and working out the page update between two renders.
// The page side is replayed here on strings: applying an update to the old blocks must give the
// new blocks exactly, for many random edits of real issues.

#include "previewchunks.h"

#include "exporter.h"
#include "issuedocument.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using galley::gui::PreviewChunks;
using galley::gui::previewUpdate;
using galley::gui::splitPreviewHtml;

namespace {

QString render(const QString &text)
{
    auto doc = galley::IssueDocument::fromText(text);
    if (!doc.ok())
        return {};
    return QString::fromUtf8(galley::exportDocument(
        *doc, galley::ExportFormat::Html, galley::RenderOptions {.sourcePositions = true}));
}

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA "/fixtures/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString shiftLines(const QString &chunk, int delta)
{
    static const QRegularExpression pos(u" data-sourcepos=\"(\\d+):(\\d+)-(\\d+):(\\d+)\""_s);
    QString out;
    qsizetype copied = 0;
    auto it = pos.globalMatch(chunk);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(chunk).sliced(copied, m.capturedStart() - copied);
        out += u" data-sourcepos=\"%1:%2-%3:%4\""_s.arg(m.captured(1).toInt() + delta)
                   .arg(m.captured(2))
                   .arg(m.captured(3).toInt() + delta)
                   .arg(m.captured(4));
        copied = m.capturedEnd();
    }
    return out + QStringView(chunk).sliced(copied);
}

// What the page does with an update, on strings: the blocks and skeleton it ends up with.
struct Page
{
    QString skeleton;
    QStringList chunks;

    bool apply(const QVariantMap &update)
    {
        if (update.value(u"kind"_s) == u"full"_s) {
            skeleton = update.value(u"skeleton"_s).toString();
            chunks = update.value(u"chunks"_s).toStringList();
            return true;
        }
        const int start = update.value(u"start"_s).toInt();
        const int remove = update.value(u"remove"_s).toInt();
        if (start + remove > chunks.size())
            return false;
        chunks.remove(start, remove);
        const QStringList insert = update.value(u"insert"_s).toStringList();
        for (int i = 0; i < insert.size(); ++i)
            chunks.insert(start + i, insert.at(i));
        for (const QVariant &shift : update.value(u"shifts"_s).toList()) {
            const QVariantList s = shift.toList();
            for (int i = s.at(0).toInt(); i < s.at(0).toInt() + s.at(1).toInt(); ++i)
                chunks[i] = shiftLines(chunks[i], s.at(2).toInt());
        }
        if (update.contains(u"skeleton"_s))
            skeleton = update.value(u"skeleton"_s).toString();
        return true;
    }

    QString html() const
    {
        const QString slot = u"<template id=\"galley-preview-slot\"></template>"_s;
        const qsizetype at = skeleton.indexOf(slot);
        if (at < 0)
            return skeleton;
        return skeleton.left(at) + chunks.join(QString()) + skeleton.mid(at + slot.size());
    }
};

} // namespace

class TestPreviewChunks : public QObject
{
    Q_OBJECT

private slots:
    void chunksAreTheExportCutAtBlocks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("fixture 101") << fixture(u"ops-weekly-101.md"_s);
        QTest::newRow("fixture 102") << fixture(u"ops-weekly-102.md"_s);
        QTest::newRow("fixture 103") << fixture(u"ops-weekly-103.md"_s);
        QTest::newRow("lists, table, code, quote, footnote")
            << u"# Title\n\n- a\n- b\n  1. c\n\n| x | y |\n|---|--:|\n| 1 | 2 |\n\n```\ncode "
               u"<b>\n```\n\n> quote\n> more\n\nText[^1] with <br> and <sup>2</sup>.\n\n[^1]: "
               u"The note.\n\n---\n\n- [ ] task\n- [x] done\n"_s;
    }
    void chunksAreTheExportCutAtBlocks()
    {
        QFETCH(QString, text);
        QVERIFY(!text.isEmpty());
        const QString html = render(text);
        const PreviewChunks chunks = splitPreviewHtml(html);
        QVERIFY(chunks.split);
        QVERIFY(chunks.chunks.size() > 3);
        QCOMPARE(chunks.prefix + chunks.chunks.join(QString()) + chunks.suffix, html);
        for (const QString &chunk : chunks.chunks)
            QVERIFY2(chunk.startsWith(u'<') && !chunk.startsWith(u"</"), qPrintable(chunk));
        // The cut is inside the email's content cell: header and footer are the skeleton's.
        QVERIFY(chunks.prefix.contains(u"<title>"_s));
        QVERIFY(chunks.suffix.contains(u"</body>"_s));
        QVERIFY(!chunks.prefix.contains(u"data-sourcepos"_s));
        QVERIFY(!chunks.suffix.contains(u"data-sourcepos"_s));
    }

    void rawHtmlLeftOpenIsNotCut()
    {
        // An unclosed <b> would carry over into the next paragraph in the browser's parser, so
        // the blocks are not independent: the whole document goes to the page instead.
        const QString html = render(u"First <b>bold\n\nSecond paragraph\n"_s);
        const PreviewChunks chunks = splitPreviewHtml(html);
        QVERIFY(!chunks.split);
        QCOMPARE(chunks.prefix, html);
        const QVariantMap update = previewUpdate(&chunks, chunks);
        QCOMPARE(update.value(u"kind"_s).toString(), u"full"_s);
        QCOMPARE(update.value(u"skeleton"_s).toString(), html);
    }

    void typingPatchesOneBlock()
    {
        const QString text = fixture(u"ops-weekly-101.md"_s);
        const PreviewChunks before = splitPreviewHtml(render(text));
        QString edited = text;
        const qsizetype at = edited.lastIndexOf(u"\n\n"_s, edited.size() / 2);
        edited.insert(at, u" typed"_s);
        const PreviewChunks after = splitPreviewHtml(render(edited));
        const QVariantMap update = previewUpdate(&before, after);
        QCOMPARE(update.value(u"kind"_s).toString(), u"patch"_s);
        QCOMPARE(update.value(u"remove"_s).toInt(), 1);
        QCOMPARE(update.value(u"insert"_s).toStringList().size(), 1);
        QVERIFY(update.value(u"insert"_s).toStringList().first().contains(u"typed"_s));
        QVERIFY(update.value(u"shifts"_s).toList().isEmpty());
        QVERIFY(!update.contains(u"skeleton"_s));
    }

    void newLinesShiftTheBlocksBelow()
    {
        const QString text = fixture(u"ops-weekly-101.md"_s);
        const PreviewChunks before = splitPreviewHtml(render(text));
        QString edited = text;
        const qsizetype at = edited.indexOf(u"\n\n"_s, edited.indexOf(u"\n---\n"_s) + 5);
        edited.insert(at, u"\n\nA new paragraph.\n\nAnd another."_s);
        const PreviewChunks after = splitPreviewHtml(render(edited));
        const QVariantMap update = previewUpdate(&before, after);
        QCOMPARE(update.value(u"kind"_s).toString(), u"patch"_s);
        QCOMPARE(update.value(u"remove"_s).toInt(), 0);
        QCOMPARE(update.value(u"insert"_s).toStringList().size(), 2);
        // Moved blocks travel as a shift of their lines, not as new HTML.
        const QVariantList shifts = update.value(u"shifts"_s).toList();
        QVERIFY(!shifts.isEmpty());
        int shifted = 0;
        for (const QVariant &shift : shifts) {
            QCOMPARE(shift.toList().at(2).toInt(), 4);
            shifted += shift.toList().at(1).toInt();
        }
        QVERIFY(shifted > 5);
    }

    void titleChangeSendsTheSkeleton()
    {
        const QString text = fixture(u"ops-weekly-101.md"_s);
        QVERIFY(text.contains(u"title:"_s));
        const PreviewChunks before = splitPreviewHtml(render(text));
        QString edited = text;
        edited.replace(u"title: "_s, u"title: Renamed "_s);
        const PreviewChunks after = splitPreviewHtml(render(edited));
        const QVariantMap update = previewUpdate(&before, after);
        QCOMPARE(update.value(u"kind"_s).toString(), u"patch"_s);
        QVERIFY(update.value(u"skeleton"_s).toString().contains(u"Renamed"_s));
        QCOMPARE(update.value(u"insert"_s).toStringList().size(), 0);
    }

    // Random edits of real issues, each applied as the page would: the page always ends up with
    // exactly the new render.
    void randomEditsReplayExactly()
    {
        QRandomGenerator random(20261128);
        const QStringList pieces = {u"x"_s,
                                    u"\n"_s,
                                    u"\n\n"_s,
                                    u"# Head\n"_s,
                                    u"- item\n"_s,
                                    u"> quote\n"_s,
                                    u"**b**"_s,
                                    u"[l](https://e.com/)"_s,
                                    u"```\n"_s,
                                    u"| a |\n|---|\n"_s,
                                    u"[^1]\n\n[^1]: n\n"_s,
                                    u"<b>x</b>"_s};
        QString text = fixture(u"ops-weekly-102.md"_s);
        Page page;
        PreviewChunks shown;
        bool first = true;
        int patches = 0;
        for (int round = 0; round < 300; ++round) {
            const QString before = text;
            const int pos = int(random.bounded(qint64(text.size() + 1)));
            if (random.bounded(3) == 0 && text.size() > 10) {
                text.remove(
                    pos, int(random.bounded(qint64(qMin<qsizetype>(40, text.size() - pos) + 1))));
            } else {
                text.insert(pos, pieces.at(random.bounded(int(pieces.size()))));
            }
            const QString html = render(text);
            if (html.isEmpty()) {
                text = before; // the edit broke the front matter; the page keeps its render
                continue;
            }
            const PreviewChunks next = splitPreviewHtml(html);
            const QVariantMap update = previewUpdate(first ? nullptr : &shown, next);
            if (update.value(u"kind"_s) == u"patch"_s)
                ++patches;
            QVERIFY(page.apply(update));
            QCOMPARE(page.html(), html);
            shown = next;
            first = false;
        }
        QVERIFY2(patches > 100, qPrintable(QString::number(patches)));
    }
};

QTEST_MAIN(TestPreviewChunks)
#include "tst_previewchunks.moc"
