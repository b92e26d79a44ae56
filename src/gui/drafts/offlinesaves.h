#pragma once

#include "store/offlinejournal.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace galley::gui {

// The editor's saves while a PostgreSQL store's server is away (issue 23), on the store
// client's thread: a save that fails with Error::Offline goes into the offline journal and the
// editor is told it is kept, so typing goes on; every few seconds the store connects again,
// and then the journal is written in order (OfflineJournal::replay, which keeps a teammate's
// text written meanwhile as a conflict). Saves keep going into the journal until it is empty,
// so they land in the order they were made. A SQLite store gets no journal.
class OfflineSaves : public QObject
{
    Q_OBJECT
public:
    explicit OfflineSaves(QObject *parent = nullptr);
    ~OfflineSaves() override;

    // Between attempts to connect again: 3 s, or GALLEY_STORE_RECONNECT_MS (100 to 60000).
    static int reconnectIntervalMs();

    // The store just opened: a PostgreSQL store gets its journal, and saves a crash or a close
    // while offline left in it are written now (answered with online()).
    void attach(Store *store, const QString &location);
    void detach();
    // Whether a save must go into the journal rather than to the server.
    bool holding() const { return m_offline; }
    // The version to save over: a save based on the version the editor knew before a replay
    // goes over the version the replay made (the replayed texts were the editor's own).
    qint64 rebased(qint64 id, qint64 expectedVersion) const;
    // After a save failed with Error::Offline while nothing waits in the journal: one attempt
    // to connect again at once (a server that restarted while the person was not typing), so
    // that the save can be made again before it goes into the journal.
    bool reconnectNow();
    // Keeps a save the server could not take; false without a journal (SQLite) or when the
    // journal cannot be written (then the save fails as it would have).
    bool keep(qint64 id, const QString &document, qint64 expectedVersion, int tag);
    // Any request that failed: Offline starts the attempts to connect again.
    void noticeFailure(const galley::Error &error);

signals:
    // Offline, with `waiting` saves in the journal.
    void offline(int waiting);
    // Connected again, and the journal written: `written` saves, `conflicts` of them over a
    // text written elsewhere meanwhile (kept in History).
    void online(int written, int conflicts);
    // A journalled save of the editor's landed, as StoreClient::saved answers.
    void replayedSave(qint64 id, qint64 version, int tag, bool conflict);

private:
    void goOffline();
    void attempt();
    void replay();

    Store *m_store = nullptr;
    std::unique_ptr<OfflineJournal> m_journal;
    bool m_offline = false;
    bool m_attemptQueued = false;
    QHash<qint64, int> m_lastTag; // the editor's last journalled save of each issue
    QHash<qint64, qint64> m_base; // the version the editor's journalled saves were based on
    QHash<qint64, std::pair<qint64, qint64>> m_rebase; // id -> (that version, the replay's)
};

} // namespace galley::gui
