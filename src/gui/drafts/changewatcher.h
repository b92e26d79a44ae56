#pragma once

#include <QObject>
#include <QTimer>

namespace galley::gui {

class DraftSession;
class StoreClient;

// Notices what another window or program (the command line, a second Galley) changed in the
// store: about once a second it asks the store client to compare the store's data version,
// which costs no file read (SQLite) and no query (PostgreSQL, where the client also looks at
// once when the server announces a commit, StoreClient::openStore). On a change the drafts list is
// read again and the open draft, when it has nothing unsaved here, shows the newer text
// (DraftSession::refreshFromElsewhere).
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    ChangeWatcher(StoreClient *client, DraftSession *session, QObject *parent = nullptr);

    static constexpr int IntervalMs = 1000;

    // Polls while the store is open.
    void start() { m_timer.start(); }

private:
    StoreClient *m_client;
    DraftSession *m_session;
    QTimer m_timer;
};

} // namespace galley::gui
