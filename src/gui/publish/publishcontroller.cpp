#include "publish/publishcontroller.h"

#include "publish/publishdialog.h"
#include "window/actionregistry.h"

#include <QAction>
#include <QMainWindow>

namespace galley::gui {

PublishController::PublishController(const WindowParts &parts, const QString &storePath)
    : QObject(parts.window)
    , m_parts(parts)
    , m_storePath(storePath)
{
    connect(parts.actions->action(ActionRegistry::PublishArchive), &QAction::triggered, this,
            &PublishController::openDialog);
}

void PublishController::openDialog()
{
    if (!m_dialog) {
        m_dialog = new PublishDialog(m_storePath, m_parts.window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace galley::gui
