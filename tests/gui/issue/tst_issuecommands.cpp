// File ▸ New Issue, Insert ▸ Section / Sponsor Block and Issue ▸ Link History, driven through the
// window's actions on a store holding the fixture archive (#101-#103).
#include "archivefixture.h"
#include "editor/markdowneditor.h"
#include "issue/issuecommands.h"
#include "issue/linkhistorypopup.h"
#include "newslettersettings.h"
#include "window/actionregistry.h"
#include "window/messagebar.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

namespace {
// #104 with News and Tools but no Events, newer than the archive so the window opens it.
const QString DraftWithoutEvents
    = u"---\n"
      "title: \"OPS WEEKLY ISSUE #104 - 26th January 2025\"\n"
      "date: 2025-01-26\n"
      "---\n"
      "\n"
      "Intro words.\n"
      "\n"
      "\n"
      "News\n"
      "====\n"
      "\n"
      "A news item.\n"
      "<br>[https://news.example.org/a](https://news.example.org/a)\n"
      "\n"
      "\n"
      "Tools\n"
      "=====\n"
      "\n"
      "A tool.\n"
      "<br>[https://tool.example.org/b](https://tool.example.org/b)\n"_s;
} // namespace

class TestIssueCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString dbPath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    static IssueCommands *commands(MainWindow *w) { return w->findChild<IssueCommands *>(); }
    static void trigger(MainWindow *w, ActionRegistry::Id id)
    {
        w->actions()->action(id)->trigger();
    }

private slots:
    void newIssueContinuesTheArchive()
    {
        const QString path = dbPath(u"new"_s);
        QVERIFY(test::importFixtureArchive(path));
        auto window = test::openWindow(path);
        QVERIFY(window);
        const qint64 before = window->session()->issueId();

        trigger(window.get(), ActionRegistry::NewIssue);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->issueId() != before, 10000);
        const QString text = window->editor()->toPlainText();
        QVERIFY2(text.contains(u"OPS WEEKLY ISSUE #104 - 26th January 2025"_s), qPrintable(text));
        QCOMPARE(test::sectionNames(text), (QStringList {u"News"_s, u"Events"_s, u"Tools"_s}));
        const IssueStructure s = test::structureOf(text);
        QVERIFY(s.topSponsor);
        QVERIFY(s.closingSponsor);
        QVERIFY(text.count(u"TK sponsor"_s) >= 2); // nothing booked: both slots marked
        QVERIFY(window->messageBar()->text().contains(u"No sponsor is booked"_s));
        // The caret is on the intro's placeholder, selected, and in the editor: typing replaces it.
        QCOMPARE(window->editor()->textCursor().selectedText(), u"TK intro"_s);
        QCOMPARE(window->focusWidget(), static_cast<QWidget *>(window->editor()));
        QTest::keyClicks(window->editor(), u"Hello, readers."_s);
        QVERIFY(window->editor()->toPlainText().contains(u"\nHello, readers.\n"_s));
        QVERIFY(!window->editor()->toPlainText().contains(u"TK intro"_s));
        window->session()->saveNow();
        QTRY_COMPARE(window->session()->state(), DraftSession::State::Saved);

        auto store = test::openStore(path);
        const auto issue = store->issue(window->session()->issueId());
        QVERIFY(issue);
        QCOMPARE(issue->status, IssueStatus::Draft);
        QCOMPARE(issue->number, std::optional<int>(104));
        QCOMPARE(issue->title, u"OPS WEEKLY ISSUE #104 - 26th January 2025"_s);
        QCOMPARE(issue->date.date(), QDate(2025, 1, 26));
    }

    void insertSectionGoesWhereTheOrderSays()
    {
        const QString path = dbPath(u"section"_s);
        QVERIFY(test::importFixtureArchive(path));
        QVERIFY(test::openStore(path)->createIssue(DraftWithoutEvents));
        auto window = test::openWindow(path);
        QVERIFY(window);
        QCOMPARE(test::sectionNames(window->editor()->toPlainText()),
                 (QStringList {u"News"_s, u"Tools"_s}));

        QSignalSpy shown(commands(window.get()), &IssueCommands::sectionChooserShown);
        trigger(window.get(), ActionRegistry::InsertSection);
        QVERIFY(shown.wait(10000));
        QInputDialog *chooser = commands(window.get())->sectionChooser();
        QVERIFY(chooser);
        // Only the sections the issue lacks are offered.
        QCOMPARE(chooser->comboBoxItems(), QStringList {u"Events"_s});
        chooser->grab().save(u"/tmp/insert-section.png"_s);
        QSignalSpy applied(commands(window.get()), &IssueCommands::editApplied);
        auto *ok = chooser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(applied.wait(10000));
        const QString text = window->editor()->toPlainText();
        QCOMPARE(test::sectionNames(text), (QStringList {u"News"_s, u"Events"_s, u"Tools"_s}));
        // The cursor waits on the new heading, and one undo takes the whole section away.
        QCOMPARE(window->editor()->textCursor().block().text(), u"Events"_s);
        window->editor()->undo();
        QCOMPARE(window->editor()->toPlainText(), DraftWithoutEvents);
    }

    void insertSponsorUsesTheBookingOrAMarkedSlot()
    {
        const QString path = dbPath(u"sponsor"_s);
        QVERIFY(test::importFixtureArchive(path));
        {
            auto store = test::openStore(path);
            QVERIFY(store->createIssue(DraftWithoutEvents));
            SponsorBook book;
            Sponsor s;
            s.name = u"Pagerly"_s;
            s.copy = u"Pagerly keeps on-call humane."_s;
            s.link = u"https://pagerly.example.com/weekly"_s;
            book.sponsors << s;
            book.bookings << Booking {104, QDate(2025, 1, 26), SponsorSlot::Top, u"Pagerly"_s};
            QVERIFY(NewsletterSettings(*store).setSponsorBook(book));
        }
        auto window = test::openWindow(path);
        QVERIFY(window);
        MarkdownEditor *editor = window->editor();
        editor->goToLine(7); // the blank line under the intro
        QSignalSpy applied(commands(window.get()), &IssueCommands::editApplied);
        trigger(window.get(), ActionRegistry::InsertSponsorTop);
        QVERIFY(applied.wait(10000));
        QString text = editor->toPlainText();
        QVERIFY(text.contains(u"From our sponsor, Pagerly"_s));
        QVERIFY(text.contains(u"Pagerly keeps on-call humane."_s));
        const IssueStructure s = test::structureOf(text);
        QVERIFY(s.topSponsor);
        QCOMPARE(s.topSponsor->name, u"Pagerly"_s);
        QVERIFY(s.topSponsor->startLine < s.sections.first().headingLine);

        // Without a booking for the issue's number: a clear message and a marked placeholder.
        QTextCursor c(editor->document()->findBlockByNumber(1));
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c.insertText(u"title: \"OPS WEEKLY ISSUE #200 - 26th January 2025\""_s);
        editor->moveCursor(QTextCursor::End);
        trigger(window.get(), ActionRegistry::InsertSponsorClosing);
        QVERIFY(applied.wait(10000));
        text = editor->toPlainText();
        QVERIFY(text.contains(u"TK sponsor"_s));
        QVERIFY2(window->messageBar()->text().contains(u"No sponsor is booked for issue #200"_s),
                 qPrintable(window->messageBar()->text()));
    }

    void linkHistoryListsTheIssuesAndOpensOne()
    {
        const QString path = dbPath(u"history"_s);
        QVERIFY(test::importFixtureArchive(path));
        QVERIFY(test::openStore(path)->createIssue(DraftWithoutEvents));
        auto window = test::openWindow(path);
        QVERIFY(window);
        MarkdownEditor *editor = window->editor();
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(
            u"\nKilnfile again: https://github.com/example/kilnfile/ here.\n"_s);
        // The cursor inside the address.
        const QString text = editor->toPlainText();
        QTextCursor c = editor->textCursor();
        c.setPosition(int(text.indexOf(u"example/kiln"_s)));
        editor->setTextCursor(c);

        LinkHistoryPopup *popup = commands(window.get())->linkHistory();
        QSignalSpy shown(popup, &LinkHistoryPopup::shown);
        trigger(window.get(), ActionRegistry::LinkHistory);
        QVERIFY(shown.wait(10000));
        QVERIFY(popup->isVisible());
        QCOMPARE(popup->url(), u"https://github.com/example/kilnfile/"_s);
        QCOMPARE(popup->list()->count(), 2);
        QVERIFY(popup->list()->item(0)->text().startsWith(u"#103"_s));
        QVERIFY(popup->list()->item(1)->text().startsWith(u"#101"_s));
        QVERIFY(
            popup->list()->item(1)->text().contains(u"OPS WEEKLY ISSUE #101 - 5th January 2025"_s));
        popup->grab().save(u"/tmp/link-history.png"_s);

        // Enter opens the selected issue.
        auto store = test::openStore(path);
        qint64 id103 = 0;
        const auto list = store->listIssues();
        QVERIFY(list);
        for (const IssueSummary &s : *list) {
            if (s.number == 103)
                id103 = s.id;
        }
        QTest::keyClick(popup->list(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->issueId(), id103, 10000);
        QVERIFY(!popup->isVisible());
        QVERIFY(window->editor()->toPlainText().contains(u"Tidewatch"_s));

        // A selected address nobody featured.
        editor->setPlainText(editor->toPlainText() + u"\nhttps://never.example.net/x\n"_s);
        QTextCursor sel = editor->textCursor();
        const int at = int(editor->toPlainText().indexOf(u"https://never"_s));
        sel.setPosition(at);
        sel.setPosition(at + 27, QTextCursor::KeepAnchor);
        editor->setTextCursor(sel);
        trigger(window.get(), ActionRegistry::LinkHistory);
        QVERIFY(shown.wait(10000));
        QCOMPARE(popup->url(), u"https://never.example.net/x"_s);
        QVERIFY(popup->heading().contains(u"never featured"_s));
        QTest::keyClick(popup->list(), Qt::Key_Escape);
        QVERIFY(!popup->isVisible());
    }
};

QTEST_MAIN(TestIssueCommands)
#include "tst_issuecommands.moc"
