// The preview in the real window shows the email exactly as `galley export --draft` writes it
// with the store's settings (plus only source positions), in each mode of the strip above it:
// desktop, phone (375 px), dark and the plain-text part. Switching modes neither reloads the page
// nor touches the editor's text or undo history; the mode is remembered; the strip follows
// View -> Preview. Screenshots of each mode go to /tmp/galley-mode-*.png.
#include "editor/markdowneditor.h"
#include "export/exportcontroller.h"
#include "export/previewmodebar.h"
#include "exporttesthelpers.h"
#include "preview/previewtesthelpers.h"
#include "preview/previewwidget.h"
#include "settings/settingsnotifier.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QColor>
#include <QSettings>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::gui::test::evalJs;
using galley::gui::test::jsString;
using galley::gui::test::meanLightness;

namespace {

const QString kEmail = u"document.getElementById('galley-preview-email')"_s;

// True when the preview's email, without its data-sourcepos attributes, is the body of `html`
// as the page's own parser reads it.
QString sameBodyScript(const QByteArray &html)
{
    return u"(() => { const shown = "_s + kEmail
        + u".cloneNode(true);"
          u"for (const el of shown.querySelectorAll('[data-sourcepos]'))"
          u"  el.removeAttribute('data-sourcepos');"
          u"const expected = new DOMParser().parseFromString("_s
        + jsString(QString::fromUtf8(html))
        + u", 'text/html').body;"
          u"return expected.innerHTML === shown.innerHTML && expected.innerHTML.length > 0; })()"_s;
}

bool isClass(PreviewWidget &preview, const QString &cls)
{
    return evalJs(preview, u"document.documentElement.classList.contains('"_s + cls + u"')"_s)
        .toBool();
}

} // namespace

class TestPreviewModes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    void modesShowTheExportBytes()
    {
        const QString db = m_dir.filePath(u"modes.sqlite"_s);
        const qint64 id = test::makeExportTestStore(db);
        QVERIFY(id > 0);
        auto window = test::openWindow(db);
        QVERIFY(window);
        auto *controller = window->findChild<ExportController *>();
        QVERIFY(controller);
        QTRY_VERIFY_WITH_TIMEOUT(controller->hasEmailSettings(), 20000);
        PreviewWidget *preview = window->preview();
        QVERIFY(test::waitApplied(*preview));

        auto *bar = window->findChild<PreviewModeBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        // The strip sits right above the preview.
        QCOMPARE(bar->parentWidget(), preview->parentWidget());
        QVERIFY(bar->mapTo(window.get(), QPoint()).y()
                < preview->mapTo(window.get(), QPoint()).y());
        ActionRegistry *actions = window->actions();
        QVERIFY(actions->action(ActionRegistry::PreviewDesktop)->isChecked());

        // Something typed, so there is an undo history to keep.
        MarkdownEditor *editor = window->editor();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, u"Last words."_s);
        QVERIFY(test::waitApplied(*preview));
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->state() == DraftSession::State::Saved, 20000);
        const QString text = editor->toPlainText();
        const int undoSteps = editor->document()->availableUndoSteps();
        QVERIFY(undoSteps > 0);

        const QByteArray html = test::cliExport(db, id, u"html"_s);
        const QByteArray plain = test::cliExport(db, id, u"text"_s);
        QVERIFY(html.contains("Last words.") && html.contains("%%unsub%%"));
        QVERIFY(evalJs(*preview, sameBodyScript(html)).toBool());
        QCOMPARE(evalJs(*preview, u"document.title"_s).toString(),
                 u"Ops Weekly #7 - Spring cleaning"_s);
        QVERIFY(window->grab().save(u"/tmp/galley-mode-window.png"_s));
        QVERIFY(preview->grab().save(u"/tmp/galley-mode-desktop.png"_s));
        const int desktopLightness = meanLightness(preview->grab().toImage());

        QSignalSpy loads(preview->view()->page(), &QWebEnginePage::loadStarted);
        evalJs(*preview, u"window.__marker = 7"_s);
        const auto click = [&](ActionRegistry::Id id) {
            auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(actions->action(id)));
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
        };

        click(ActionRegistry::PreviewPhone);
        QCOMPARE(preview->mode(), PreviewWidget::Mode::Phone);
        QVERIFY(actions->action(ActionRegistry::PreviewPhone)->isChecked());
        QVERIFY(!actions->action(ActionRegistry::PreviewDesktop)->isChecked());
        QTRY_VERIFY(isClass(*preview, u"mode-phone"_s));
        QCOMPARE(evalJs(*preview,
                        u"document.getElementById('galley-preview-frame')"
                        u".getBoundingClientRect().width"_s)
                     .toInt(),
                 375);
        // The email's column is fluid: nothing sticks out of the 375 px frame.
        QVERIFY(evalJs(*preview, kEmail + u".scrollWidth <= 375"_s).toBool());
        QVERIFY(evalJs(*preview, sameBodyScript(html)).toBool());
        QVERIFY(preview->grab().save(u"/tmp/galley-mode-phone.png"_s));

        click(ActionRegistry::PreviewDark);
        QTRY_VERIFY(isClass(*preview, u"mode-dark"_s));
        QTRY_VERIFY(meanLightness(preview->grab().toImage()) < desktopLightness - 60);
        QVERIFY(evalJs(*preview, sameBodyScript(html)).toBool());
        QVERIFY(preview->grab().save(u"/tmp/galley-mode-dark.png"_s));

        click(ActionRegistry::PreviewPlainText);
        QTRY_VERIFY(isClass(*preview, u"mode-plain"_s));
        QTRY_COMPARE(
            evalJs(*preview, u"document.getElementById('galley-preview-plain').textContent"_s)
                .toString()
                .toUtf8(),
            plain);
        QVERIFY(preview->grab().save(u"/tmp/galley-mode-plain.png"_s));

        // The View menu's entries are the same actions.
        actions->action(ActionRegistry::PreviewDesktop)->trigger();
        QTRY_VERIFY(isClass(*preview, u"mode-desktop"_s));
        QVERIFY(actions->action(ActionRegistry::PreviewDesktop)->isChecked());
        QVERIFY(evalJs(*preview, sameBodyScript(html)).toBool());

        // No reload, and the editor is as it was: same text, same undo history, undo works.
        QCOMPARE(loads.size(), 0);
        QCOMPARE(evalJs(*preview, u"window.__marker"_s).toInt(), 7);
        QCOMPARE(editor->toPlainText(), text);
        QCOMPARE(editor->document()->availableUndoSteps(), undoSteps);
        editor->undo();
        QVERIFY(!editor->toPlainText().contains(u"Last words."_s));
        editor->redo();
        QCOMPARE(editor->toPlainText(), text);

        // The strip hides and shows with the preview.
        actions->action(ActionRegistry::TogglePreview)->setChecked(false);
        QVERIFY(!bar->isVisible());
        actions->action(ActionRegistry::TogglePreview)->setChecked(true);
        QVERIFY(bar->isVisible());
        QVERIFY(preview->isVisible());

        // The mode is remembered for the next window.
        click(ActionRegistry::PreviewDark);
        QVERIFY(test::closeWindow(window));
        window = test::openWindow(db);
        QVERIFY(window);
        QCOMPARE(window->preview()->mode(), PreviewWidget::Mode::Dark);
        QVERIFY(window->actions()->action(ActionRegistry::PreviewDark)->isChecked());
        window->actions()->action(ActionRegistry::PreviewDesktop)->trigger();
    }

    void previewFollowsSavedSettings()
    {
        const QString db = m_dir.filePath(u"settings.sqlite"_s);
        const qint64 id = test::makeExportTestStore(db);
        QVERIFY(id > 0);
        auto window = test::openWindow(db);
        QVERIFY(window);
        auto *controller = window->findChild<ExportController *>();
        QTRY_VERIFY_WITH_TIMEOUT(controller->hasEmailSettings(), 20000);
        PreviewWidget *preview = window->preview();
        QTRY_VERIFY_WITH_TIMEOUT(
            evalJs(*preview, kEmail + u".innerHTML.includes('%%unsub%%')"_s).toBool(), 20000);

        auto store = test::openStore(db);
        QVERIFY(store);
        NewsletterProfile p = test::exportTestProfile();
        p.mergeTagPreset = u"buttondown"_s;
        p.name = u"Renamed Weekly"_s;
        QVERIFY(NewsletterSettings(*store).setProfile(p).ok());
        SettingsNotifier::instance()->notifyNewsletterSettingsChanged();
        QTRY_VERIFY_WITH_TIMEOUT(
            evalJs(*preview, kEmail + u".innerHTML.includes('{{ unsubscribe_url }}')"_s).toBool(),
            20000);
        QVERIFY(test::waitApplied(*preview));
        const QByteArray html = test::cliExport(db, id, u"html"_s);
        QVERIFY(html.contains("Renamed Weekly"));
        QVERIFY(evalJs(*preview, sameBodyScript(html)).toBool());
    }
};

QTEST_MAIN(TestPreviewModes)
#include "tst_previewmodes.moc"
