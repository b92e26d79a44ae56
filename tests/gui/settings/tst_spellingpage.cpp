// Preferences ▸ Spelling (issue 19): the personal dictionary listed, a word removed and one added
// through the page's real widgets, and an open editor underlining the removed word again.
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "editor/spellingcontroller.h"
#include "settings/preferencesdialog.h"
#include "settings/spellingpage.h"
#include "settingsfixture.h"
#include "store/store.h"
#include "window/windowparts.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestSpellingPage : public QObject
{
    Q_OBJECT

    static bool underlined(MarkdownEditor &editor, int line, int column)
    {
        int start = 0;
        int length = 0;
        return MarkdownHighlighter::misspelledWordAt(editor.document()->findBlockByNumber(line),
                                                     column, &start, &length);
    }

private slots:
    void initTestCase()
    {
        qunsetenv("GALLEY_DICTIONARY_PATH");
        QSettings().remove(u"editor/checkSpelling"_s);
    }

    void listRemoveAndAdd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.sqlite"_s);
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.addPersonalWord(u"en_US"_s, u"Zorblatt"_s).ok());
            QVERIFY(store.addPersonalWord(u"en_US"_s, u"quuxword"_s).ok());
            QVERIFY(store.addPersonalWord(u"de_DE"_s, u"Schnorbel"_s).ok());
        }
        test::ClientThread thread;
        MarkdownEditor editor;
        SpellingController spelling(
            WindowParts {.storeClient = thread.client(), .editor = &editor});
        editor.setPlainText(u"Zorblatt and quuxword here.\n"_s);
        QVERIFY(thread.open(path));
        QTRY_VERIFY(spelling.isActive());
        QTRY_VERIFY(!underlined(editor, 0, 1));
        QVERIFY(!underlined(editor, 0, 14));

        PreferencesDialog dialog(thread.client());
        auto *page = dialog.findChild<SpellingPage *>();
        QVERIFY(page);
        auto *tabs = dialog.findChild<QTabWidget *>();
        tabs->setCurrentWidget(page);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(page->words(), (QStringList {u"quuxword"_s, u"zorblatt"_s}));
        QCOMPARE(page->dictionary(), u"en_US"_s);
        QVERIFY(!page->removeButton()->isEnabled());

        // Remove: select the word, click Remove.
        QListWidget *list = page->wordList();
        const QListWidgetItem *item = list->findItems(u"zorblatt"_s, Qt::MatchExactly).value(0);
        QVERIFY(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
        QVERIFY(page->removeButton()->isEnabled());
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QTRY_COMPARE(page->words(), QStringList {u"quuxword"_s});
        QTRY_VERIFY(underlined(editor, 0, 1)); // the open editor knows at once
        QVERIFY(!underlined(editor, 0, 14));

        // Add: type it, click Add.
        QVERIFY(!page->addButton()->isEnabled());
        QTest::keyClicks(page->wordEdit(), u"Zorblatt"_s);
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QTRY_COMPARE(page->words(), (QStringList {u"quuxword"_s, u"zorblatt"_s}));
        QTRY_VERIFY(!underlined(editor, 0, 1));
        QVERIFY(page->wordEdit()->text().isEmpty());

        // Another language has its own list.
        page->languageCombo()->setCurrentText(u"de_DE"_s);
        QTRY_COMPARE(page->words(), QStringList {u"schnorbel"_s});
    }
};

QTEST_MAIN(TestSpellingPage)
#include "tst_spellingpage.moc"
