#include "drafts/presencelabel.h"

#include "drafts/draftsession.h"
#include "drafts/storeclient.h"
#include "editorname.h"

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
// What the store thread answers: whether the store knows presence at all (not SQLite), and
// the names.
struct Presence
{
    bool known = false;
    QStringList names;
};

Presence readPresence(Store &store, qint64 issueId)
{
    Presence p;
    p.known = store.hasPresence();
    if (p.known && issueId > 0) {
        if (auto names = store.presence(issueId))
            p.names = *names;
    }
    return p;
}
} // namespace

PresenceLabel::PresenceLabel(StoreClient *client, DraftSession *session, QWidget *parent)
    : QLabel(parent)
    , m_client(client)
    , m_session(session)
{
    setObjectName(u"presence"_s);
    hide();
    m_recheck.setInterval(RecheckMs);
    connect(&m_recheck, &QTimer::timeout, this, &PresenceLabel::read);
    connect(m_session, &DraftSession::issueChanged, this, &PresenceLabel::announce);
    connect(m_client, &StoreClient::presenceChangedElsewhere, this, &PresenceLabel::read);
}

void PresenceLabel::announce(qint64 issueId)
{
    m_client->run(
        this,
        [issueId, name = configuredEditorName()](Store &store) {
            // Best effort: a team member who cannot be seen is no reason for a message.
            if (store.hasPresence())
                (void)store.setPresence(issueId, name);
            return readPresence(store, issueId);
        },
        [this, issueId](const Presence &p) {
            if (!p.known || issueId != m_session->issueId())
                return;
            if (!m_recheck.isActive())
                m_recheck.start();
            showNames(p.names);
        });
}

void PresenceLabel::read()
{
    const qint64 issueId = m_session->issueId();
    m_client->run(
        this, [issueId](Store &store) { return readPresence(store, issueId); },
        [this, issueId](const Presence &p) {
            if (p.known && issueId == m_session->issueId())
                showNames(p.names);
        });
}

void PresenceLabel::showNames(const QStringList &names)
{
    m_names = names;
    setText(names.isEmpty() ? QString() : tr("Also open by: %1").arg(names.join(u", "_s)));
    setToolTip(names.isEmpty() ? QString()
                               : tr("Editors on the team store who have this draft open too."));
    setVisible(!names.isEmpty());
    emit presenceRead(names);
}

} // namespace galley::gui
