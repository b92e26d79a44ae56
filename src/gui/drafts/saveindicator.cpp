#include "drafts/saveindicator.h"

#include "drafts/offlinesaves.h"

using namespace Qt::StringLiterals;

namespace galley::gui {

SaveIndicator::SaveIndicator(DraftSession *session, OfflineSaves *offlineSaves, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(u"saveIndicator"_s);
    connect(session, &DraftSession::stateChanged, this, &SaveIndicator::showState);
    // Queued: OfflineSaves lives on the store client's thread. Either may come first, the
    // draft's "saved" or the journal's "offline": the text follows the last of the two.
    // Offline with nothing waiting (the server went away after the last save): that save is
    // on the server.
    connect(offlineSaves, &OfflineSaves::offline, this, [this](int waiting) {
        m_offline = waiting > 0;
        showState(m_session->state());
    });
    connect(offlineSaves, &OfflineSaves::online, this, [this] {
        m_offline = false;
        showState(m_session->state());
    });
}

void SaveIndicator::showState(DraftSession::State state)
{
    setToolTip(QString());
    switch (state) {
    case DraftSession::State::NoDraft:
        clear();
        break;
    case DraftSession::State::Saved:
        if (!m_offline) {
            setText(tr("✓ Saved"));
            break;
        }
        setText(tr("✓ Saved on this computer"));
        setToolTip(tr("The store's server cannot be reached: your text is kept on this computer "
                      "and written to the store as soon as the connection is back."));
        break;
    case DraftSession::State::Unsaved:
        setText(tr("Edited"));
        break;
    case DraftSession::State::Saving:
        setText(tr("Saving…"));
        break;
    case DraftSession::State::Failing:
        setText(tr("⚠ Not saved"));
        break;
    }
}

} // namespace galley::gui
