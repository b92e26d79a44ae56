#include "export/exportcontroller.h"

#include "drafts/storeclient.h"
#include "editor/markdowneditor.h"
#include "emailprofile.h"
#include "export/exportdialog.h"
#include "export/previewmodebar.h"
#include "preview/previewwidget.h"
#include "settings/settingsnotifier.h"
#include "window/actionregistry.h"
#include "window/messagebar.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace galley::gui {

ExportController::ExportController(const WindowParts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{
    setObjectName(u"exportController"_s);
    using A = ActionRegistry;
    ActionRegistry *actions = parts.actions;
    connect(actions->action(A::Export), &QAction::triggered, this,
            &ExportController::openExportDialog);
    connect(actions->action(A::CopyEmailHtml), &QAction::triggered, this,
            [this] { copyToClipboard(ExportFormat::Html); });
    connect(actions->action(A::CopyPlainText), &QAction::triggered, this,
            [this] { copyToClipboard(ExportFormat::Text); });

    m_modeBar = PreviewModeBar::install(actions, parts.preview);

    connect(SettingsNotifier::instance(), &SettingsNotifier::newsletterSettingsChanged, this,
            &ExportController::reloadSettings);
    // The name is inferred from the latest sent issue when it was never set.
    connect(parts.storeClient, &StoreClient::statusChanged, this,
            &ExportController::reloadSettings);
}

void ExportController::onStoreReady(bool ok)
{
    if (ok)
        reloadSettings();
}

ExportDialog *ExportController::exportDialog() const
{
    return m_dialog;
}

void ExportController::reloadSettings()
{
    if (m_loading) {
        m_reloadAgain = true; // the answer in flight may predate the change
        return;
    }
    m_loading = true;
    m_parts.storeClient->run(
        this, [](Store &store) { return loadEmailSettings(store); },
        [this](Result<EmailSettings> result) {
            m_loading = false;
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reloadSettings();
                return;
            }
            if (result) {
                m_settings = std::move(result).value();
            } else {
                m_settings = EmailSettings();
                m_parts.messageBar->showMessage(
                    tr("The newsletter settings cannot be read (%1). The preview and exports use "
                       "the defaults until they are saved again in Preferences.")
                        .arg(result.error().toString()),
                    MessageBar::Level::Warning);
            }
            m_loaded = true;
            m_parts.preview->setEmailSettings(m_settings);
            emit emailSettingsLoaded();
            const auto waiting = std::exchange(m_waiting, {});
            for (const auto &then : waiting)
                then();
        });
}

void ExportController::whenSettingsLoaded(std::function<void()> then)
{
    if (m_loaded)
        then();
    else
        m_waiting << std::move(then);
}

void ExportController::openExportDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const QString text = m_parts.editor->toPlainText();
    whenSettingsLoaded([this, text] {
        if (m_dialog)
            return;
        m_dialog = new ExportDialog(text, m_settings, m_parts.window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ExportDialog::exported, this, [this](const QStringList &paths) {
            if (paths.isEmpty())
                return;
            m_parts.window->statusBar()->showMessage(
                tr("Exported %n file(s) to %1", nullptr, int(paths.size()))
                    .arg(QFileInfo(paths.first()).absolutePath()),
                8000);
        });
        m_dialog->open();
    });
}

void ExportController::copyToClipboard(ExportFormat format)
{
    const QString text = m_parts.editor->toPlainText();
    whenSettingsLoaded([this, text, format] {
        auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, format] {
            watcher->deleteLater();
            const Result<QByteArray> bytes = watcher->result();
            if (!bytes) {
                m_parts.messageBar->showMessage(
                    tr("Nothing was copied: the issue's front matter cannot be read (%1).")
                        .arg(bytes.error().toString()),
                    MessageBar::Level::Error);
                return;
            }
            auto *mime = new QMimeData;
            if (format == ExportFormat::Html)
                mime->setData(u"text/html"_s, *bytes);
            mime->setText(QString::fromUtf8(*bytes));
            QGuiApplication::clipboard()->setMimeData(mime);
            const QString size = QLocale().formattedDataSize(bytes->size());
            m_parts.window->statusBar()->showMessage(
                format == ExportFormat::Html
                    ? tr("Email HTML copied (%1): paste it into your mailing service.").arg(size)
                    : tr("Plain-text part copied (%1).").arg(size),
                8000);
            emit copied(format, bytes->size());
        });
        watcher->setFuture(
            QtConcurrent::run([text, format, settings = m_settings]() -> Result<QByteArray> {
                auto doc = IssueDocument::fromText(text);
                if (!doc)
                    return doc.error();
                return exportDocument(*doc, format, {}, settings);
            }));
    });
}

} // namespace galley::gui
