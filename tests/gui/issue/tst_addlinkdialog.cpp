// Insert ▸ Add Link to Section: the dialog driven through its widgets on the next issue (#104)
// of the fixture archive: it says where a URL was featured before, refuses a link already in
// this issue, and OK appends the item at the end of the chosen section as one undo step.
#include "archivefixture.h"
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "issue/addlinkdialog.h"
#include "issue/issuecommands.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestAddLinkDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static IssueCommands *commands(MainWindow *w) { return w->findChild<IssueCommands *>(); }

    static AddLinkDialog *openDialog(MainWindow *w)
    {
        QSignalSpy shown(commands(w), &IssueCommands::addLinkDialogShown);
        w->actions()->action(ActionRegistry::AddLink)->trigger();
        if (!shown.wait(10000))
            return nullptr;
        return commands(w)->addLinkDialog();
    }

    static void typeUrl(AddLinkDialog *dialog, const QString &url)
    {
        auto *urls = dialog->findChild<QPlainTextEdit *>(u"urlsEdit"_s);
        QSignalSpy looked(dialog, &AddLinkDialog::lookupShown);
        urls->setFocus();
        QTest::keyClicks(urls, url);
        QVERIFY(looked.wait(10000));
    }

private slots:
    void addsFeaturedLinkAndRefusesDuplicate()
    {
        const QString path = m_dir.filePath(u"addlink.sqlite"_s);
        auto window = test::openWindowOnNewIssue(path);
        QVERIFY(window);
        MarkdownEditor *editor = window->editor();
        const QString original = editor->toPlainText();

        AddLinkDialog *dialog = openDialog(window.get());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *sections = dialog->findChild<QComboBox *>(u"sectionCombo"_s);
        QStringList offered;
        for (int i = 0; i < sections->count(); ++i)
            offered << sections->itemText(i);
        QCOMPARE(offered, (QStringList {u"News"_s, u"Events"_s, u"Tools"_s}));

        typeUrl(dialog, u"https://github.com/example/kilnfile"_s);
        QVERIFY2(dialog->historyText().contains(u"featured in #101"_s)
                     || dialog->historyText().contains(u"featured in #103"_s),
                 qPrintable(dialog->historyText()));
        QVERIFY(dialog->historyText().contains(u"#101"_s));
        QVERIFY(dialog->historyText().contains(u"#103"_s));
        auto *commentary = dialog->findChild<QPlainTextEdit *>(u"commentaryEdit"_s);
        commentary->setFocus();
        QTest::keyClicks(commentary, u"Kilnfile 1.1 is out, with faster cache restores."_s);
        sections->setFocus();
        sections->setCurrentIndex(sections->findText(u"Events"_s));
        dialog->grab().save(u"/tmp/add-link-dialog.png"_s);

        // A re-highlight meanwhile (a spelling dictionary that arrives, an underline typed under
        // a heading) changes no text: the item is still added. QTextDocument::revision() counts
        // it as an edit, which refused the insertion when the dictionary came in late.
        const int revision = editor->document()->revision();
        editor->highlighter()->rehighlight();
        QVERIFY(editor->document()->revision() != revision);

        QSignalSpy applied(commands(window.get()), &IssueCommands::editApplied);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(applied.wait(10000));

        // The item is the last one of Events, formatted like the fixtures.
        const QString text = editor->toPlainText();
        const auto doc = IssueDocument::fromText(text);
        QVERIFY(doc);
        const IssueStructure s = analyseIssue(doc->body());
        QCOMPARE(s.sections.size(), 3);
        const IssueSection &events = s.sections.at(1);
        QCOMPARE(events.heading, u"Events"_s);
        QVERIFY(!events.items.isEmpty());
        QCOMPARE(events.items.last().urls, QStringList {u"https://github.com/example/kilnfile"_s});
        QVERIFY(text.contains(u"Kilnfile 1.1 is out, with faster cache restores.\n"
                              "<br>[https://github.com/example/kilnfile]"
                              "(https://github.com/example/kilnfile)"_s));
        QVERIFY(s.sections.at(2).items.isEmpty()); // Tools untouched
        // The cursor is on the new item.
        QCOMPARE(editor->cursorLine(), events.items.last().startLine + doc->bodyFirstLine() - 1);

        // Adding the same link again is refused, as the URL is typed and on OK.
        dialog = openDialog(window.get());
        QVERIFY(dialog);
        typeUrl(dialog, u"http://www.github.com/example/kilnfile/"_s);
        QVERIFY2(dialog->historyText().contains(u"already in this issue"_s),
                 qPrintable(dialog->historyText()));
        QSignalSpy refused(dialog, &AddLinkDialog::addRefused);
        buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(refused.wait(10000));
        QVERIFY2(dialog->errorText().contains(u"already in this issue"_s),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        dialog->grab().save(u"/tmp/add-link-duplicate.png"_s);
        QCOMPARE(editor->toPlainText(), text);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!commands(window.get())->addLinkDialog());

        // The whole addition was one undo step.
        editor->undo();
        QCOMPARE(editor->toPlainText(), original);
    }

    void neverFeaturedLinkSaysSo()
    {
        const QString path = m_dir.filePath(u"fresh.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        auto window = test::openWindow(path);
        QVERIFY(window);
        AddLinkDialog *dialog = openDialog(window.get());
        QVERIFY(dialog);
        typeUrl(dialog, u"https://brand-new.example.com/post"_s);
        QVERIFY2(dialog->historyText().contains(u"Not featured"_s),
                 qPrintable(dialog->historyText()));
        // No URL: OK refuses with a message.
        auto *urls = dialog->findChild<QPlainTextEdit *>(u"urlsEdit"_s);
        urls->clear();
        QSignalSpy refused(dialog, &AddLinkDialog::addRefused);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(refused.wait(10000));
        QVERIFY(dialog->errorText().contains(u"at least one URL"_s));
    }

    // The text typed meanwhile is what the item would have been placed in: nothing is inserted,
    // the window says why, and the typed text stays as it is.
    void aTextChangeMeanwhileRefusesTheInsertion()
    {
        const QString path = m_dir.filePath(u"changed.sqlite"_s);
        auto window = test::openWindowOnNewIssue(path);
        QVERIFY(window);
        MarkdownEditor *editor = window->editor();
        AddLinkDialog *dialog = openDialog(window.get());
        QVERIFY(dialog);
        typeUrl(dialog, u"https://brand-new.example.com/post"_s);
        dialog->setCommentary(u"A new post."_s);
        QTextCursor cursor(editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"\nTyped meanwhile."_s);
        const QString typed = editor->toPlainText();

        QSignalSpy failed(commands(window.get()), &IssueCommands::commandFailed);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(u"text changed"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(editor->toPlainText(), typed);
    }
};

QTEST_MAIN(TestAddLinkDialog)
#include "tst_addlinkdialog.moc"
