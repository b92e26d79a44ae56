#pragma once

#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <memory>

namespace galley::gui {

class OfflineSaves;

// What the editor restores when it starts: the draft and where the person was in it.
struct StartupState
{
    StoredIssue issue;
    int cursorPosition = 0;
    int scrollLine = 0;
    bool createdSample = false;
};

// The store, used from a worker thread so the GUI thread never waits on SQLite (the archive and
// its full-text index grow for years). Lives on its own QThread and owns its own Store
// connection; call its slots with queued calls (StoreClient::post) and listen to its signals.
//
// Every request carries the caller's `tag` back in the answer, so answers can be matched to
// requests (e.g. a search that newer typing has made stale).
class StoreClient : public QObject
{
    Q_OBJECT
public:
    explicit StoreClient(QObject *parent = nullptr);
    ~StoreClient() override;

    // Runs `f` on the client's thread (queued, in order with every other request).
    template<typename F> void post(F &&f)
    {
        QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
    }

    // Runs `work(Store &)` on the client's thread, in order with every other request, then
    // `done(result)` on the GUI thread; dropped if `context` is gone by then. For features
    // that need a store call without a signal of their own (sponsors, templates, settings, link
    // lookups), so they do not each have to grow this class. `work` must not keep the Store.
    // `context` must live on the GUI thread. Its QPointer is only ever read there: the answer
    // travels via the application object (which outlives every request) and the check happens
    // on arrival. Reading it on the worker thread raced with the dialog being closed (a
    // QPointer is not a lock: it can go null between the check and the post).
    template<typename Work, typename Done> void run(QObject *context, Work work, Done done)
    {
        Q_ASSERT(context && context->thread() == QCoreApplication::instance()->thread());
        post([this, ctx = QPointer<QObject>(context), work = std::move(work),
              done = std::move(done)]() mutable {
            if (!ready())
                return;
            auto result = work(*m_store);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [ctx = std::move(ctx), done = std::move(done),
                 result = std::move(result)]() mutable {
                    if (ctx)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    // The saves kept while a PostgreSQL store's server is away (its signals say so).
    OfflineSaves *offlineSaves() const { return m_offline; }

    // --- requests: run on the worker thread ---------------------------------------------------
    // Opens the store; on an empty store creates `sampleDocument` as a draft; answers with the
    // draft to show (the last one open, else the newest) and the list.
    void openStore(const QString &path, const QString &sampleDocument);
    void listIssues();
    void loadIssue(qint64 id);
    void createIssue(const QString &document, int tag);
    void duplicateIssue(qint64 id, int tag);
    // Saves `document` over `expectedVersion`. On a conflict both are kept: the other version
    // stays in the history, pinned, and ours is saved on top of it (answered with conflict = true).
    // While a PostgreSQL store's server is away the save goes into the offline journal and is
    // answered as saved, at `expectedVersion` (OfflineSaves).
    void saveDocument(qint64 id, const QString &document, qint64 expectedVersion, int tag);
    void setStatus(qint64 id, IssueStatus status);
    void moveToTrash(qint64 id);
    void restoreFromTrash(qint64 id);
    void listTrash();
    void emptyTrash();
    void search(const QString &query, int tag);
    void listRevisions(qint64 issueId);
    void loadRevision(qint64 revisionId);
    // Over `expectedVersion` only (the editor's last save): a newer save elsewhere is refused.
    void restoreRevision(qint64 issueId, qint64 revisionId, qint64 expectedVersion);
    void saveEditorState(qint64 issueId, int cursorPosition, int scrollLine);
    // Emits changedElsewhere() when another window or program has changed the store since the
    // last look (Store::dataVersion). Polled by ChangeWatcher; on PostgreSQL also called as soon
    // as the server announces another connection's commit.
    void checkForChanges();
    // Answers with issueChangedElsewhere() when `id` is no longer at `version`.
    void refreshIssue(qint64 id, qint64 version);
    void close();

signals:
    void opened(const galley::gui::StartupState &state);
    void openFailed(const galley::Error &error);
    void issuesListed(const QList<galley::IssueSummary> &issues);
    // With the caret position and first visible line the draft was left at (0, 0 when never).
    void issueLoaded(const galley::StoredIssue &issue, int cursorPosition, int scrollLine);
    void issueCreated(qint64 id, int tag);
    void saved(qint64 id, qint64 version, int tag, bool conflict);
    void saveFailed(qint64 id, int tag, const galley::Error &error);
    void statusChanged(qint64 id, qint64 version);
    void trashListed(const QList<galley::IssueSummary> &issues);
    void searchFinished(const QList<galley::SearchHit> &hits, int tag);
    void revisionsListed(qint64 issueId, const QList<galley::RevisionInfo> &revisions);
    void revisionLoaded(qint64 revisionId, const QString &document);
    void revisionRestored(const galley::StoredIssue &issue);
    // The restore was refused or failed (also reported through failed()).
    void revisionRestoreFailed(qint64 issueId);
    void changedElsewhere();
    // Another connection opened or closed a draft (PostgreSQL; PresenceLabel looks again).
    void presenceChangedElsewhere();
    void issueChangedElsewhere(const galley::StoredIssue &issue);
    // Any other request that failed, for the message bar.
    void failed(const galley::Error &error);

private:
    struct EditorPosition
    {
        int cursor = 0;
        int scrollLine = 0;
    };
    EditorPosition position(qint64 issueId);
    bool ready();
    // How often checkForChanges() pings a server store: 5 s, or GALLEY_STORE_PING_MS (tests).
    static int pingIntervalMs();
    std::unique_ptr<Store> m_store;
    OfflineSaves *m_offline; // a child: moves to the client's thread with it
    QElapsedTimer m_sincePing; // checkForChanges()' last look at a server store's connection
    qint64 m_dataVersion = -1; // as of the last checkForChanges(); -1 before the first look
    // A look after the store announced another connection's commit (PostgreSQL) waits this
    // long, so that the commits of a burst are looked at once.
    static constexpr int NotifiedCheckDelayMs = 50;
    bool m_checkQueued = false;
};

} // namespace galley::gui

Q_DECLARE_METATYPE(galley::Error)
Q_DECLARE_METATYPE(galley::StoredIssue)
Q_DECLARE_METATYPE(galley::IssueSummary)
Q_DECLARE_METATYPE(galley::SearchHit)
Q_DECLARE_METATYPE(galley::RevisionInfo)
Q_DECLARE_METATYPE(galley::gui::StartupState)
