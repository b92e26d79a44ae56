#pragma once

#include <QLabel>
#include <QTimer>

namespace galley::gui {

struct WindowParts;

// The status bar's word on a PostgreSQL store's server that went away (issue 23): "Offline: 3
// changes waiting" while the editor's saves wait in the offline journal (OfflineSaves), then
// for a few seconds that they were written once the connection is back. Hidden otherwise, and
// always on a SQLite store.
class OfflineStatus : public QLabel
{
    Q_OBJECT
public:
    // Puts itself into the window's status bar.
    explicit OfflineStatus(const WindowParts &parts);

    static constexpr int OnlineNoticeMs = 8000;

private:
    void showWaiting(int waiting);
    void showOnline(int written, int conflicts);

    QTimer m_hide;
};

} // namespace galley::gui
