// The outline lists the headings (ATX and setext, not those in code), follows the cursor and
// jumps to a heading when activated.
#include "editor/markdowneditor.h"
#include "editor/outlinepanel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using galley::gui::MarkdownEditor;
using galley::gui::OutlinePanel;

class TestOutlinePanel : public QObject
{
    Q_OBJECT
private slots:
    void listsFollowsAndJumps()
    {
        MarkdownEditor editor;
        OutlinePanel outline(&editor);
        editor.setPlainText(u"---\ntitle: x\n---\n\nIntro\n\n# News\n\ntext\n\nSponsor\n=======\n\n"
                            "```\n# code\n```\n\n## Tools ##\n\nlast line\n"_s);
        QCoreApplication::processEvents(); // setext re-highlight
        outline.refresh();
        const auto headings = outline.headings();
        QCOMPARE(headings.size(), 3);
        QCOMPARE(headings.at(0).title, u"News"_s);
        QCOMPARE(headings.at(0).line, 7);
        QCOMPARE(headings.at(1).title, u"Sponsor"_s);
        QCOMPARE(headings.at(1).level, 1);
        QCOMPARE(headings.at(2).title, u"Tools"_s);
        QCOMPARE(headings.at(2).level, 2);

        editor.moveCursor(QTextCursor::Start);
        QCOMPARE(outline.currentIndex(), -1);
        editor.moveCursor(QTextCursor::End);
        QCOMPARE(outline.currentIndex(), 2);

        QSignalSpy jumped(&outline, &OutlinePanel::headingActivated);
        outline.activate(1);
        QCOMPARE(editor.textCursor().blockNumber() + 1, 11);
        QCOMPARE(jumped.size(), 1);
        QCOMPARE(jumped.first().first().toInt(), 11);
        QCOMPARE(outline.currentIndex(), 1);

        // Typing refreshes the outline after a pause.
        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText(u"\n### Late addition\n"_s);
        QTRY_COMPARE(outline.headings().size(), 4);
        QCOMPARE(outline.headings().last().title, u"Late addition"_s);
    }
};

QTEST_MAIN(TestOutlinePanel)
#include "tst_outlinepanel.moc"
