// The history's line diff: minimal for small changes, correct (if untidy) past its size limit.
#include "drafts/linediff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using galley::gui::DiffLine;

class TestLineDiff : public QObject
{
    Q_OBJECT

    static QString render(const QList<DiffLine> &diff)
    {
        QString out;
        for (const DiffLine &l : diff)
            out += (l.kind == DiffLine::Same        ? u' '
                        : l.kind == DiffLine::Added ? u'+'
                                                    : u'-')
                + l.text + u'\n';
        return out;
    }
    // Applying the diff must give back both sides.
    static void checkSides(const QList<DiffLine> &diff, const QString &a, const QString &b)
    {
        QStringList before, after;
        for (const DiffLine &l : diff) {
            if (l.kind != DiffLine::Added)
                before << l.text;
            if (l.kind != DiffLine::Removed)
                after << l.text;
        }
        QCOMPARE(before.join(u'\n'), a);
        QCOMPARE(after.join(u'\n'), b);
    }

private slots:
    void smallChange()
    {
        const QString a = u"title\nintro\nitem one\nitem two\nend"_s;
        const QString b = u"title\nintro changed\nitem one\nitem two\nnew item\nend"_s;
        const auto diff = galley::gui::lineDiff(a, b);
        QCOMPARE(render(diff),
                 u" title\n-intro\n+intro changed\n item one\n item two\n+new item\n end\n"_s);
        checkSides(diff, a, b);
        const QString html = galley::gui::diffToHtml(diff, 0);
        QVERIFY(html.contains(u"+ new item"_s));
        QVERIFY(!html.contains(u"item one"_s)); // context 0 hides unchanged lines
    }

    void overTheLimitStillCorrect()
    {
        const QString a = u"a\nb\nc\nd"_s;
        const QString b = u"a\nc\nx\nd"_s;
        const auto diff = galley::gui::lineDiff(a, b, 1);
        checkSides(diff, a, b);
        checkSides(galley::gui::lineDiff(a, b), a, b);
        QVERIFY(galley::gui::diffToHtml(galley::gui::lineDiff(a, a)).contains(u"No differences"_s));
    }
};

QTEST_MAIN(TestLineDiff)
#include "tst_linediff.moc"
