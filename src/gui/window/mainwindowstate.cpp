// What the window keeps between runs (geometry, panels, splitter) and how it closes: only once
// the open draft is saved, or the person chose to lose what cannot be saved.
#include "window/mainwindow.h"

#include "drafts/storeclient.h"
#include "preview/previewwidget.h"
#include "window/actionregistry.h"

#include <QAction>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace galley::gui {

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_actions->action(ActionRegistry::ToggleDrafts)
        ->setChecked(settings.value(u"window/sidePanel"_s, true).toBool());
    m_actions->action(ActionRegistry::TogglePreview)
        ->setChecked(settings.value(u"window/preview"_s, true).toBool());
    m_actions->action(ActionRegistry::ScrollSync)
        ->setChecked(settings.value(u"window/scrollSync"_s, true).toBool());
    m_side->setVisible(m_actions->action(ActionRegistry::ToggleDrafts)->isChecked());
    m_preview->setVisible(m_actions->action(ActionRegistry::TogglePreview)->isChecked());
    // A panel saved while hidden comes back with no width; give the layout its defaults then.
    const QList<int> sizes = m_splitter->sizes();
    for (int i = 0; i < m_splitter->count(); ++i) {
        if (!m_splitter->widget(i)->isHidden() && sizes.value(i) < 40) {
            m_splitter->setSizes({340, 600, 600});
            break;
        }
    }
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/sidePanel"_s,
                      m_actions->action(ActionRegistry::ToggleDrafts)->isChecked());
    settings.setValue(u"window/preview"_s,
                      m_actions->action(ActionRegistry::TogglePreview)->isChecked());
    settings.setValue(u"window/scrollSync"_s,
                      m_actions->action(ActionRegistry::ScrollSync)->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    saveEditorState();
    if (m_discardConfirmed || m_session->prepareToClose()) {
        event->accept();
        return;
    }
    if (m_session->state() == DraftSession::State::Failing) {
        const auto answer = QMessageBox::warning(
            this, tr("Changes Not Saved"),
            tr("Galley cannot save this draft: %1\n\nQuit anyway and lose the unsaved changes?")
                .arg(m_session->lastError().message),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard) {
            m_discardConfirmed = true;
            event->accept();
            return;
        }
        m_closeRequested = false;
        event->ignore();
        return;
    }
    // A save is on its way; close as soon as it has landed (DraftSession::readyToClose).
    m_closeRequested = true;
    event->ignore();
}

} // namespace galley::gui
