// The Templates dialog: the list, the editor with a live preview of the expansion, the engine's
// error with its position for an unknown placeholder, Reset to Default, export and import of the
// whole set (an invalid file changes nothing), and what Save writes to the store.
#include "newslettersettings.h"
#include "settings/templatesdialog.h"
#include "settingsfixture.h"
#include "uilanguage.h"
#include "widgettesting.h"
#include "windowfixture.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::testsupport::child;
using galley::testsupport::snap;

class TestTemplatesDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void editPreviewErrorsExportImportSave()
    {
        const QString path = m_dir.filePath(u"templates.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        {
            auto store = test::openStore(path);
            SponsorBook book;
            Sponsor s;
            s.name = u"Pagerly"_s;
            s.copy = u"Alerts to the right person."_s;
            s.link = u"https://pagerly.example.com/weekly"_s;
            book.sponsors << s;
            QVERIFY(NewsletterSettings(*store).setSponsorBook(book).ok());
        }
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        TemplatesDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);

        auto *list = child<QListWidget>(&dialog, "templateList");
        auto *editor = child<QPlainTextEdit>(&dialog, "templateEdit");
        QCOMPARE(list->count(), 6);
        QCOMPARE(list->item(0)->text(), u"Issue skeleton"_s);
        QCOMPARE(dialog.currentName(), u"skeleton"_s);
        // The skeleton's preview is a whole issue: the next one, with the library's sponsor.
        QVERIFY2(dialog.previewText().contains(u"From our sponsor, Pagerly\n"_s),
                 qPrintable(dialog.previewText()));
        QVERIFY(dialog.previewText().contains(u"News\n====\n"_s));
        QVERIFY(dialog.previewText().contains(u"Alerts to the right person."_s));

        // Item: preview follows each keystroke.
        list->setCurrentRow(4);
        QCOMPARE(dialog.currentName(), u"item"_s);
        QCOMPARE(editor->toPlainText(), TemplateSet::defaults().item);
        QVERIFY(dialog.previewText().contains(
            u"<br>[https://security.example.org/egress](https://security.example.org/egress)"_s));
        editor->moveCursor(QTextCursor::Start);
        QTest::keyClicks(editor, u"* "_s);
        QVERIFY(dialog.previewText().startsWith(u"* A clear write-up"_s));
        QVERIFY(dialog.errorText().isEmpty());

        // An unknown placeholder: the engine's message, where it is, and no preview.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, u"Via {{sorce}}"_s);
        QVERIFY2(dialog.errorText().contains(u"Line 3, column 5"_s),
                 qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().contains(u"unknown placeholder '{{sorce}}'"_s));
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
        QVERIFY(dialog.previewText().startsWith(u"No preview until this is fixed"_s));
        QCOMPARE(editor->extraSelections().size(), 1);
        QCOMPARE(editor->extraSelections().first().cursor.selectedText(), u"{{sorce}}"_s);
        QVERIFY(!list->item(4)->icon().isNull());
        snap(&dialog, u"/tmp/templates-error.png"_s);

        // Save refuses; the store keeps its templates.
        auto *box = child<QDialogButtonBox>(&dialog, "buttonBox");
        QSignalSpy failed(&dialog, &TemplatesDialog::saveFailed);
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(dialog.statusText().contains(u"Nothing was saved"_s));
        {
            auto store = test::openStore(path);
            QVERIFY(*NewsletterSettings(*store).templates() == TemplateSet::defaults());
        }
        // `{{{{` is the escape for a literal `{{`: fine.
        for (int i = 0; i < 13; ++i)
            QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, u"{{{{ raw"_s);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.previewText().endsWith(u"{{ raw"_s));
        QVERIFY(list->item(4)->icon().isNull());
        const QString edited = u"* {{commentary}}\n{{urls}}\n{{{{ raw"_s;
        QCOMPARE(dialog.templates().item, edited);
        snap(&dialog, u"/tmp/templates-dialog.png"_s);

        // Export, then change things, then import: the exported set comes back.
        const QString file = m_dir.filePath(u"set.json"_s);
        QVERIFY(dialog.exportTo(file));
        QVERIFY(dialog.statusText().contains(u"Exported"_s));
        QTest::mouseClick(child<QPushButton>(&dialog, "resetButton"), Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), TemplateSet::defaults().item);
        QCOMPARE(dialog.templates().item, TemplateSet::defaults().item);
        editor->undo(); // Reset is undoable
        QCOMPARE(editor->toPlainText(), edited);
        QTest::mouseClick(child<QPushButton>(&dialog, "resetButton"), Qt::LeftButton);
        QVERIFY(dialog.importFrom(file));
        QCOMPARE(dialog.templates().item, edited);
        QCOMPARE(editor->toPlainText(), edited);

        // Invalid files: a clear message naming the file, nothing changed.
        const QString broken = m_dir.filePath(u"broken.json"_s);
        writeFile(broken, "{ not json");
        QVERIFY(!dialog.importFrom(broken));
        QVERIFY2(dialog.statusText().contains(broken), qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(u"not a valid JSON file"_s));
        QVERIFY(dialog.statusText().contains(u"Nothing was changed"_s));
        QCOMPARE(dialog.templates().item, edited);
        const QString unknown = m_dir.filePath(u"unknown.json"_s);
        writeFile(unknown,
                  R"({"format":"galley-templates","version":1,"templates":{"item":"{{nope}}"}})");
        QVERIFY(!dialog.importFrom(unknown));
        QVERIFY2(dialog.statusText().contains(u"unknown placeholder '{{nope}}'"_s),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.templates().item, edited);
        QVERIFY(!dialog.importFrom(m_dir.filePath(u"missing.json"_s)));
        QVERIFY(dialog.statusText().contains(u"missing.json"_s));
        QCOMPARE(editor->toPlainText(), edited);

        // Save writes the set to the store.
        QSignalSpy saved(&dialog, &TemplatesDialog::saved);
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        auto store = test::openStore(path);
        const auto stored = NewsletterSettings(*store).templates();
        QVERIFY(stored.ok());
        QCOMPARE(stored->item, edited);
        QCOMPARE(stored->skeleton, TemplateSet::defaults().skeleton);
    }

    // Templates changed by another window (or imported there) after this dialog opened: Save
    // refuses instead of putting the older set back over them.
    void saveRefusesToOverwriteTemplatesChangedElsewhere()
    {
        const QString path = m_dir.filePath(u"elsewhere.sqlite"_s);
        auto store = test::openStore(path);
        QVERIFY(store);
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        TemplatesDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);

        TemplateSet theirs = TemplateSet::defaults();
        theirs.item = u"{{commentary}}\nFrom the other window:\n{{urls}}\n"_s;
        QVERIFY(NewsletterSettings(*store).setTemplates(theirs).ok());

        QSignalSpy failed(&dialog, &TemplatesDialog::saveFailed);
        auto *box = child<QDialogButtonBox>(&dialog, "buttonBox");
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY2(dialog.statusText().contains(u"changed in another window"_s),
                 qPrintable(dialog.statusText()));
        QCOMPARE(NewsletterSettings(*store).templates()->item, theirs.item);
    }

    // The preview shows what a new issue would get: in the newsletter's language, whatever the
    // interface's. A German newsletter with English menus, and the other way round.
    void previewSpeaksTheNewsletterLanguage_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("newsletter");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QString>("longDate");
        const QString germanMonths
            = u"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"_s;
        QTest::newRow("German newsletter, English interface")
            << u"en"_s << u"de"_s
            << QStringList {u"Unser Sponsor"_s, u"Diese Woche: von allem etwas."_s,
                            u"Eine klare Darstellung"_s, u"Bereitschaftspläne"_s}
            << QStringList {u"From our sponsor"_s, u"\nNews\n"_s, u"This week"_s}
            << u"\\d{1,2}\\. ("_s + germanMonths + u") \\d{4}"_s;
        QTest::newRow("English newsletter, German interface")
            << u"de"_s << u"en"_s
            << QStringList {u"From our sponsor"_s, u"This week: a bit of everything."_s,
                            u"A clear write-up"_s, u"On-call rotations"_s}
            << QStringList {u"Unser Sponsor"_s, u"Neuigkeiten"_s, u"Diese Woche"_s}
            << u"\\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ \\d{4}"_s;
    }

    void previewSpeaksTheNewsletterLanguage()
    {
        QFETCH(QString, interface);
        QFETCH(QString, newsletter);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QFETCH(QString, longDate);
        // A newsletter without an archive, whose skeleton also shows the title and the long date.
        // (Section names come from the issues already written, here the window's sample draft.)
        const QString path = m_dir.filePath(u"language-"_s + newsletter + u".sqlite"_s);
        {
            auto store = test::openStore(path);
            auto profile = NewsletterSettings(*store).profile();
            QVERIFY(profile.ok());
            profile->language = newsletter;
            QVERIFY(NewsletterSettings(*store).setProfile(*profile).ok());
            TemplateSet templates = TemplateSet::defaults();
            templates.skeleton = u"{{title}}\n{{date_long}}\n\n"_s + templates.skeleton;
            QVERIFY(NewsletterSettings(*store).setTemplates(templates).ok());
        }
        if (interface != u"en")
            QVERIFY(installTranslators(QLocale(interface)));
        const auto restore = qScopeGuard([] { installTranslators(QLocale::c()); });
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        TemplatesDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);
        const QString preview = dialog.previewText();
        for (const QString &text : present)
            QVERIFY2(preview.contains(text), qPrintable(text + u" not in:\n"_s + preview));
        for (const QString &text : absent)
            QVERIFY2(!preview.contains(text), qPrintable(text + u" in:\n"_s + preview));
        // The long date, in the title and on its own.
        QVERIFY2(preview.contains(QRegularExpression(longDate)), qPrintable(preview));
    }

    void everyTemplateHasAPreview()
    {
        const QString path = m_dir.filePath(u"all.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        TemplatesDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);
        const QStringList expected {
            u"From our sponsor"_s, // skeleton
            u"From our sponsor, Pagerly\n========================="_s,
            u"<br>[https://pagerly.example.com/weekly]"_s,
            u"News\n====\n\nA clear write-up"_s,
            u"<br>[https://news.example.com/item?id=1]"_s,
            u"<br>[https://example.com/a-link](https://example.com/a-link)"_s};
        for (int i = 0; i < TemplateSet::names().size(); ++i) {
            dialog.selectTemplate(TemplateSet::names().at(i));
            QVERIFY2(dialog.previewText().contains(expected.at(i)),
                     qPrintable(dialog.previewText()));
        }
    }
};

QTEST_MAIN(TestTemplatesDialog)
#include "tst_templatesdialog.moc"
