#include "drafts/offlinestatus.h"

#include "drafts/offlinesaves.h"
#include "drafts/storeclient.h"
#include "window/windowparts.h"

#include <QMainWindow>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace galley::gui {

OfflineStatus::OfflineStatus(const WindowParts &parts)
    : QLabel(parts.window)
{
    setObjectName(u"offlineStatus"_s);
    hide();
    m_hide.setSingleShot(true);
    m_hide.setInterval(OnlineNoticeMs);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    // Queued: OfflineSaves lives on the store client's thread.
    OfflineSaves *saves = parts.storeClient->offlineSaves();
    connect(saves, &OfflineSaves::offline, this, &OfflineStatus::showWaiting);
    connect(saves, &OfflineSaves::online, this, &OfflineStatus::showOnline);
    parts.window->statusBar()->addPermanentWidget(this);
}

void OfflineStatus::showWaiting(int waiting)
{
    m_hide.stop();
    setText(tr("⚠ Offline: %n change(s) waiting", "", waiting));
    setToolTip(tr("The PostgreSQL server cannot be reached. What you type is kept on this "
                  "computer and saved as soon as the connection is back; Galley keeps trying."));
    show();
}

void OfflineStatus::showOnline(int written, int conflicts)
{
    setText(written > 0 ? tr("Online again: %n change(s) kept while offline saved", "", written)
                        : tr("Online again"));
    setToolTip(conflicts > 0
                   ? tr("%n of them went over a text changed elsewhere meanwhile; both are kept "
                        "in History.",
                        "", conflicts)
                   : QString());
    show();
    m_hide.start();
}

} // namespace galley::gui
