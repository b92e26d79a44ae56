#pragma once

#include "drafts/draftsession.h"

#include <QLabel>

namespace galley::gui {

class OfflineSaves;

// The status bar's word on the open draft: "Edited", "Saving…", "✓ Saved", "⚠ Not saved".
// While a PostgreSQL store's server is away the editor's saves go into the offline journal
// (OfflineSaves): they are safe, but on this computer only, and "✓ Saved" beside "Offline: 3
// changes waiting" read as a contradiction; it says "✓ Saved on this computer" until the
// journal is written to the server.
class SaveIndicator : public QLabel
{
    Q_OBJECT
public:
    SaveIndicator(DraftSession *session, OfflineSaves *offlineSaves, QWidget *parent);

private:
    // Not show(): that would hide QWidget::show().
    void showState(DraftSession::State state);

    DraftSession *m_session;
    bool m_offline = false; // saves wait in the offline journal
};

} // namespace galley::gui
