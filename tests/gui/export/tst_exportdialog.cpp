// File -> Export, Copy Email HTML and Copy Plain Text in the real window, on a store holding the
// newsletter's email settings: the dialog driven through its widgets writes the chosen files with
// exactly the bytes of `galley export --draft` (the real CLI), remembers its choices, asks before
// replacing files, reports failures with the path; the copy actions put the same bytes on the
// clipboard; settings saved elsewhere reach the exports once SettingsNotifier announces them.
#include "editor/markdowneditor.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "exporttesthelpers.h"
#include "settings/settingsnotifier.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void setChecked(QCheckBox *box, bool on)
{
    if (box->isChecked() != on)
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

bool waitSaved(MainWindow &window)
{
    return QTest::qWaitFor([&] { return window.session()->state() == DraftSession::State::Saved; },
                           20000);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        ExportController *controller = nullptr;
        QString db;
        qint64 id = 0;
    };

    Opened open(const QString &name)
    {
        Opened o;
        o.db = m_dir.filePath(name + u".sqlite"_s);
        o.id = test::makeExportTestStore(o.db);
        if (o.id == 0)
            return o;
        o.window = test::openWindow(o.db);
        if (!o.window)
            return o;
        o.controller = o.window->findChild<ExportController *>();
        if (!o.controller
            || !QTest::qWaitFor([&] { return o.controller->hasEmailSettings(); }, 20000))
            o.controller = nullptr;
        return o;
    }

    ExportDialog *openDialog(Opened &o)
    {
        o.window->actions()->action(ActionRegistry::Export)->trigger();
        if (!QTest::qWaitFor([&] { return o.controller->exportDialog() != nullptr; }, 5000))
            return nullptr;
        ExportDialog *dialog = o.controller->exportDialog();
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    void exportWritesTheCliBytes()
    {
        Opened o = open(u"export"_s);
        QVERIFY(o.controller);
        QCOMPARE(o.window->editor()->toPlainText(), test::exportTestDraft());
        // The settings came from the store.
        QCOMPARE(o.controller->emailSettings().language, u"de"_s);
        QCOMPARE(o.controller->emailSettings().mergeTags.unsubscribe, u"%%unsub%%"_s);

        // An edit, saved, so the CLI reads what the editor holds.
        o.window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(o.window->editor(), u"Typed in the editor."_s);
        QVERIFY(waitSaved(*o.window));

        ExportDialog *dialog = openDialog(o);
        QVERIFY(dialog);
        // The base name comes from the title and number.
        auto *baseName = child<QLineEdit>(dialog, "baseNameEdit");
        QCOMPARE(baseName->text(), u"ops-weekly-7-spring-cleaning"_s);
        for (const char *name : {"htmlCheck", "markdownCheck", "textCheck", "emlCheck"})
            setChecked(child<QCheckBox>(dialog, name), true);
        const QString folder = m_dir.filePath(u"out/new folder"_s); // created on export
        typeInto(child<QLineEdit>(dialog, "folderEdit"), folder);
        typeInto(baseName, u"issue-7"_s);
        QVERIFY(child<QLabel>(dialog, "filesLabel")->text().contains(u"issue-7.eml"_s));
        QVERIFY(dialog->grab().save(u"/tmp/galley-export-dialog.png"_s));

        QSignalSpy exported(dialog, &ExportDialog::exported);
        QPointer<ExportDialog> guard(dialog);
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 20000); // closed and deleted after success
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().first().toStringList().size(), 4);
        QVERIFY(o.window->statusBar()->currentMessage().contains(u"4"_s));

        const auto path = [&](const char *suffix) -> QString {
            return folder + u"/issue-7."_s + QLatin1StringView(suffix);
        };
        const QByteArray html = test::cliExport(o.db, o.id, u"html"_s);
        QVERIFY(html.contains("Typed in the editor.") && html.contains("%%unsub%%"));
        QCOMPARE(readFile(path("html")), html);
        QCOMPARE(readFile(path("md")), test::cliExport(o.db, o.id, u"markdown"_s));
        QCOMPARE(readFile(path("txt")), test::cliExport(o.db, o.id, u"text"_s));
        const QByteArray eml = readFile(path("eml"));
        QVERIFY(eml.contains("To: readers@example.org"));
        QCOMPARE(test::stableEml(eml), test::stableEml(test::cliExport(o.db, o.id, u"eml"_s)));

        // The choices are remembered for the next export; the name starts from the issue again.
        dialog = openDialog(o);
        QVERIFY(dialog);
        for (const char *name : {"htmlCheck", "markdownCheck", "textCheck", "emlCheck"})
            QVERIFY(child<QCheckBox>(dialog, name)->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "folderEdit")->text(), folder);
        QCOMPARE(child<QLineEdit>(dialog, "baseNameEdit")->text(),
                 u"ops-weekly-7-spring-cleaning"_s);
        // Unchecking and cancelling changes nothing that is remembered.
        setChecked(child<QCheckBox>(dialog, "emlCheck"), false);
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QTRY_VERIFY(!o.controller->exportDialog());
        QCOMPARE(QSettings().value(u"export/formats"_s).toStringList(),
                 (QStringList {u"html"_s, u"markdown"_s, u"text"_s, u"eml"_s}));
    }

    // Issue 15, finding 8: with no sender set, choosing .eml says the placeholder is used.
    void emlWithoutSenderSaysSo()
    {
        const QString text = test::exportTestDraft();
        ExportDialog unset(text, EmailSettings {});
        auto *files = child<QLabel>(&unset, "filesLabel");
        typeInto(child<QLineEdit>(&unset, "folderEdit"), m_dir.filePath(u"sender"_s));
        setChecked(child<QCheckBox>(&unset, "emlCheck"), false);
        setChecked(child<QCheckBox>(&unset, "htmlCheck"), true);
        QVERIFY(!files->text().contains(u"No sender is set"_s));
        setChecked(child<QCheckBox>(&unset, "emlCheck"), true);
        QVERIFY2(files->text().contains(u"No sender is set"_s), qPrintable(files->text()));
        QVERIFY(files->text().contains(EmailSettings::placeholderSender()));

        EmailSettings withSender;
        withSender.from = u"Ops Weekly <editor@example.org>"_s;
        ExportDialog set(text, withSender);
        typeInto(child<QLineEdit>(&set, "folderEdit"), m_dir.filePath(u"sender"_s));
        setChecked(child<QCheckBox>(&set, "emlCheck"), true);
        auto *setFiles = child<QLabel>(&set, "filesLabel");
        QVERIFY(setFiles->text().contains(u".eml"_s));
        QVERIFY(!setFiles->text().contains(u"No sender is set"_s));
    }

    void replacingAsksFirst()
    {
        Opened o = open(u"replace"_s);
        QVERIFY(o.controller);
        const QString folder = m_dir.filePath(u"replace-out"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString target = folder + u"/mine.html"_s;
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old bytes");
        old.close();

        ExportDialog *dialog = openDialog(o);
        QVERIFY(dialog);
        setChecked(child<QCheckBox>(dialog, "htmlCheck"), true);
        for (const char *name : {"markdownCheck", "textCheck", "emlCheck"})
            setChecked(child<QCheckBox>(dialog, name), false);
        typeInto(child<QLineEdit>(dialog, "folderEdit"), folder);
        typeInto(child<QLineEdit>(dialog, "baseNameEdit"), u"mine"_s);
        auto *exportButton
            = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);

        // Cancel in the confirmation: the old file stays.
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY(dialog->overwriteConfirmation());
        QMessageBox *confirm = dialog->overwriteConfirmation();
        QVERIFY(confirm->text().contains(u"mine.html"_s));
        QVERIFY(confirm->grab().save(u"/tmp/galley-export-replace.png"_s));
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!dialog->overwriteConfirmation());
        QTest::qWait(200);
        QVERIFY(dialog->isVisible());
        QCOMPARE(readFile(target), QByteArray("old bytes"));

        // Replace: the file now holds the export.
        QPointer<ExportDialog> guard(dialog);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY(dialog->overwriteConfirmation());
        QPushButton *replace = nullptr;
        for (QAbstractButton *b : dialog->overwriteConfirmation()->buttons()) {
            if (dialog->overwriteConfirmation()->buttonRole(b) == QMessageBox::AcceptRole)
                replace = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(replace);
        QTest::mouseClick(replace, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 20000);
        QCOMPARE(readFile(target), test::cliExport(o.db, o.id, u"html"_s));
    }

    void failuresNameThePathAndKeepTheDialog()
    {
        Opened o = open(u"fail"_s);
        QVERIFY(o.controller);
        // A folder below a regular file cannot be created.
        const QString file = m_dir.filePath(u"plain-file"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ExportDialog *dialog = openDialog(o);
        QVERIFY(dialog);
        setChecked(child<QCheckBox>(dialog, "htmlCheck"), true);
        typeInto(child<QLineEdit>(dialog, "folderEdit"), file + u"/sub"_s);
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(file + u"/sub"_s), qPrintable(error->text()));
        QVERIFY(error->text().contains(u"Choose"_s));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->grab().save(u"/tmp/galley-export-error.png"_s));

        // No format or a name with a slash: nothing to export.
        for (const char *name : {"htmlCheck", "markdownCheck", "textCheck", "emlCheck"})
            setChecked(child<QCheckBox>(dialog, name), false);
        auto *exportButton
            = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!exportButton->isEnabled());
        setChecked(child<QCheckBox>(dialog, "textCheck"), true);
        QVERIFY(exportButton->isEnabled());
        typeInto(child<QLineEdit>(dialog, "baseNameEdit"), u"a/b"_s);
        QVERIFY(!exportButton->isEnabled());
        dialog->reject();
    }

    void copyActionsPutTheExportOnTheClipboard()
    {
        Opened o = open(u"copy"_s);
        QVERIFY(o.controller);
        QSignalSpy copied(o.controller, &ExportController::copied);

        o.window->actions()->action(ActionRegistry::CopyEmailHtml)->trigger();
        QVERIFY(copied.wait(20000));
        const QByteArray html = test::cliExport(o.db, o.id, u"html"_s);
        QVERIFY(!html.isEmpty());
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(u"text/html"_s), html);
        QCOMPARE(mime->text().toUtf8(), html);
        QVERIFY(o.window->statusBar()->currentMessage().contains(u"copied"_s));

        o.window->actions()->action(ActionRegistry::CopyPlainText)->trigger();
        QVERIFY(copied.wait(20000));
        const QByteArray text = test::cliExport(o.db, o.id, u"text"_s);
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), text);
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasHtml());
        QVERIFY(text.contains("%%unsub%%"));
    }

    void savedSettingsReachTheExports()
    {
        Opened o = open(u"notify"_s);
        QVERIFY(o.controller);
        // Preferences saves through another connection, then announces the change.
        auto store = test::openStore(o.db);
        QVERIFY(store);
        NewsletterProfile p = test::exportTestProfile();
        p.mergeTagPreset = u"listmonk"_s;
        p.to = u"not an address"_s;
        p.utmEnabled = true;
        QVERIFY(NewsletterSettings(*store).setProfile(p).ok());
        QSignalSpy loaded(o.controller, &ExportController::emailSettingsLoaded);
        SettingsNotifier::instance()->notifyNewsletterSettingsChanged();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(o.controller->emailSettings().mergeTags.unsubscribe, u"{{ UnsubscribeURL }}"_s);

        QSignalSpy copied(o.controller, &ExportController::copied);
        o.window->actions()->action(ActionRegistry::CopyEmailHtml)->trigger();
        QVERIFY(copied.wait(20000));
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"{{ UnsubscribeURL }}"_s));
        // The newsletter's UTM tagging (issue 21) reaches the copy too.
        QVERIFY(QGuiApplication::clipboard()->text().contains(
            u"href=\"https://example.com/intro?utm_source=ops-weekly-deluxe&amp;utm_medium=email"_s));

        // An .eml with a broken address fails with what to do; the HTML beside it is written.
        const QString folder = m_dir.filePath(u"notify-out"_s);
        ExportDialog *dialog = openDialog(o);
        QVERIFY(dialog);
        for (const char *name : {"htmlCheck", "emlCheck"})
            setChecked(child<QCheckBox>(dialog, name), true);
        for (const char *name : {"markdownCheck", "textCheck"})
            setChecked(child<QCheckBox>(dialog, name), false);
        typeInto(child<QLineEdit>(dialog, "folderEdit"), folder);
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(u"not an address"_s), qPrintable(error->text()));
        QVERIFY(error->text().contains(u"Preferences"_s));
        QVERIFY(error->text().contains(u".eml"_s));
        QVERIFY(!QFile::exists(folder + u"/ops-weekly-7-spring-cleaning.eml"_s));
        QCOMPARE(readFile(folder + u"/ops-weekly-7-spring-cleaning.html"_s),
                 test::cliExport(o.db, o.id, u"html"_s));
        dialog->reject();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
