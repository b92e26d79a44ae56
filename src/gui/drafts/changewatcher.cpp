#include "drafts/changewatcher.h"

#include "drafts/draftsession.h"
#include "drafts/storeclient.h"

namespace galley::gui {

ChangeWatcher::ChangeWatcher(StoreClient *client, DraftSession *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { m_client->post([client = m_client] { client->checkForChanges(); }); });
    connect(m_client, &StoreClient::changedElsewhere, this, [this] {
        m_client->post([client = m_client] { client->listIssues(); });
        m_session->refreshFromElsewhere();
    });
}

} // namespace galley::gui
