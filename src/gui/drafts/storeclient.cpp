#include "drafts/storeclient.h"

#include "drafts/offlinesaves.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStoreClient, "galley.gui.store")

namespace galley::gui {

namespace {
struct StoreClientTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::StoreClient)
};

const QString LastIssueKey = u"editor/lastIssue"_s;
// Where each draft was left: "editor/position/<id>" = "<cursor> <first visible line>". In the
// store, so every window and every start of Galley opens a draft where it was left.
QString positionKey(qint64 issueId)
{
    return u"editor/position/"_s + QString::number(issueId);
}
} // namespace

StoreClient::StoreClient(QObject *parent)
    : QObject(parent)
    , m_offline(new OfflineSaves(this))
{
    connect(m_offline, &OfflineSaves::replayedSave, this, &StoreClient::saved);
    connect(this, &StoreClient::failed, m_offline, &OfflineSaves::noticeFailure);
    qRegisterMetaType<galley::Error>();
    qRegisterMetaType<galley::StoredIssue>();
    qRegisterMetaType<galley::gui::StartupState>();
    qRegisterMetaType<QList<galley::IssueSummary>>();
    qRegisterMetaType<QList<galley::SearchHit>>();
    qRegisterMetaType<QList<galley::RevisionInfo>>();
}

StoreClient::~StoreClient() = default;

bool StoreClient::ready()
{
    if (m_store && m_store->isOpen())
        return true;
    emit failed({{}, 0, StoreClientTr::tr("The store is not open."), Error::Failed});
    return false;
}

void StoreClient::openStore(const QString &path, const QString &sampleDocument)
{
    m_store = std::make_unique<Store>();
    // The window's store stays open: it may repair what a crashed import left (PgIndexRepair).
    m_store->setBackgroundWork(true);
    if (Status s = m_store->open(path); !s) {
        qCWarning(lcStoreClient) << "cannot open" << path << s.error().toString();
        m_store.reset();
        emit openFailed(s.error());
        return;
    }
    // Saves kept while the server was away (PostgreSQL), when Galley ended before it was back.
    m_offline->attach(m_store.get(), path);
    // What checkForChanges() compares with: changes made elsewhere from now on are noticed.
    if (auto version = m_store->dataVersion())
        m_dataVersion = *version;
    // On PostgreSQL the server tells of another connection's commit at once: look then rather
    // than at the next poll. A burst of commits (an import elsewhere) is one look.
    m_store->onChangedElsewhere([this] {
        if (m_checkQueued)
            return;
        m_checkQueued = true;
        QTimer::singleShot(NotifiedCheckDelayMs, this, [this] {
            m_checkQueued = false;
            checkForChanges();
        });
    });
    m_store->onPresenceChanged([this] { emit presenceChangedElsewhere(); });
    auto list = m_store->listIssues();
    if (!list) {
        emit openFailed(list.error());
        return;
    }
    StartupState state;
    if (list->isEmpty()) {
        auto id = m_store->createIssue(sampleDocument);
        if (!id) {
            emit openFailed(id.error());
            return;
        }
        state.createdSample = true;
        list = m_store->listIssues();
        if (!list) {
            emit openFailed(list.error());
            return;
        }
    }
    qint64 wanted = 0;
    if (auto last = m_store->setting(LastIssueKey); last)
        wanted = last->toLongLong();
    auto found = wanted > 0 ? m_store->issue(wanted) : Result<StoredIssue>(Error {});
    if (found && !found->deleted) {
        const EditorPosition at = position(found->id);
        state.cursorPosition = at.cursor;
        state.scrollLine = at.scrollLine;
    } else if (!list->isEmpty()) {
        found = m_store->issue(list->first().id);
    }
    if (!found) {
        emit openFailed(found.error());
        return;
    }
    state.issue = *found;
    emit opened(state);
    emit issuesListed(*list);
}

void StoreClient::listIssues()
{
    if (!ready())
        return;
    if (auto list = m_store->listIssues())
        emit issuesListed(*list);
    else
        emit failed(list.error());
}

void StoreClient::loadIssue(qint64 id)
{
    if (!ready())
        return;
    if (auto issue = m_store->issue(id)) {
        const EditorPosition at = position(id);
        emit issueLoaded(*issue, at.cursor, at.scrollLine);
    } else {
        emit failed(issue.error());
    }
}

StoreClient::EditorPosition StoreClient::position(qint64 issueId)
{
    // Never opened here: the caller chooses (the start of the body).
    EditorPosition at;
    const auto saved = m_store->setting(positionKey(issueId));
    if (!saved)
        return at;
    const QStringList parts = saved->split(u' ');
    if (parts.size() == 2) {
        at.cursor = qMax(0, parts.at(0).toInt());
        at.scrollLine = qMax(0, parts.at(1).toInt());
    }
    return at;
}

void StoreClient::createIssue(const QString &document, int tag)
{
    if (!ready())
        return;
    if (auto id = m_store->createIssue(document)) {
        emit issueCreated(*id, tag);
        listIssues();
    } else {
        emit failed(id.error());
    }
}

void StoreClient::duplicateIssue(qint64 id, int tag)
{
    if (!ready())
        return;
    auto issue = m_store->issue(id);
    if (!issue) {
        emit failed(issue.error());
        return;
    }
    createIssue(issue->document, tag);
}

void StoreClient::saveDocument(qint64 id, const QString &document, qint64 expectedVersion, int tag)
{
    if (!m_store || !m_store->isOpen()) {
        emit saveFailed(id, tag,
                        {{}, 0, StoreClientTr::tr("The store is not open."), Error::Failed});
        return;
    }
    // Someone else may have saved in between (another window or program): then both texts are
    // kept, theirs as a pinned revision in the history and ours on top.
    // Earlier saves still wait in the offline journal: this one goes after them.
    if (m_offline->holding() && m_offline->keep(id, document, expectedVersion, tag)) {
        emit saved(id, expectedVersion, tag, false);
        return;
    }
    auto kept = m_store->saveKeepingBoth(id, document, m_offline->rebased(id, expectedVersion));
    if (!kept && kept.error().code == Error::Offline && m_offline->reconnectNow())
        kept = m_store->saveKeepingBoth(id, document, m_offline->rebased(id, expectedVersion));
    if (!kept) {
        if (kept.error().code == Error::Offline
            && m_offline->keep(id, document, expectedVersion, tag)) {
            emit saved(id, expectedVersion, tag, false);
            return;
        }
        emit saveFailed(id, tag, kept.error());
        return;
    }
    if (kept->keptOther)
        qCInfo(lcStoreClient) << "conflict saving issue" << id << "; kept both versions";
    emit saved(id, kept->version, tag, kept->keptOther);
}

void StoreClient::setStatus(qint64 id, IssueStatus status)
{
    if (!ready())
        return;
    if (auto version = m_store->setStatus(id, status)) {
        emit statusChanged(id, *version);
        listIssues();
    } else {
        emit failed(version.error());
    }
}

void StoreClient::moveToTrash(qint64 id)
{
    if (!ready())
        return;
    if (Status s = m_store->moveToTrash(id); !s)
        emit failed(s.error());
    listIssues();
}

void StoreClient::restoreFromTrash(qint64 id)
{
    if (!ready())
        return;
    if (Status s = m_store->restoreFromTrash(id); !s)
        emit failed(s.error());
    listIssues();
    listTrash();
}

void StoreClient::emptyTrash()
{
    if (!ready())
        return;
    if (auto removed = m_store->emptyTrash(); !removed)
        emit failed(removed.error());
    listTrash();
}

void StoreClient::listTrash()
{
    if (!ready())
        return;
    if (auto list = m_store->listTrash())
        emit trashListed(*list);
    else
        emit failed(list.error());
}

void StoreClient::search(const QString &query, int tag)
{
    if (!ready())
        return;
    if (auto hits = m_store->search(query, 200))
        emit searchFinished(*hits, tag);
    else
        emit failed(hits.error());
}

void StoreClient::listRevisions(qint64 issueId)
{
    if (!ready())
        return;
    if (auto list = m_store->revisions(issueId))
        emit revisionsListed(issueId, *list);
    else
        emit failed(list.error());
}

void StoreClient::loadRevision(qint64 revisionId)
{
    if (!ready())
        return;
    if (auto doc = m_store->revisionDocument(revisionId))
        emit revisionLoaded(revisionId, *doc);
    else
        emit failed(doc.error());
}

void StoreClient::restoreRevision(qint64 issueId, qint64 revisionId, qint64 expectedVersion)
{
    if (!ready()) {
        emit revisionRestoreFailed(issueId);
        return;
    }
    auto version = m_store->restoreRevision(revisionId, expectedVersion);
    if (!version) {
        emit failed(version.error());
        emit revisionRestoreFailed(issueId);
        return;
    }
    if (auto issue = m_store->issue(issueId)) {
        emit revisionRestored(*issue);
    } else {
        emit failed(issue.error());
        emit revisionRestoreFailed(issueId);
    }
}

void StoreClient::saveEditorState(qint64 issueId, int cursorPosition, int scrollLine)
{
    if (!m_store || !m_store->isOpen())
        return;
    // Best effort: losing the cursor position is not worth a message.
    (void)m_store->setSetting(LastIssueKey, QString::number(issueId));
    (void)m_store->setSetting(positionKey(issueId),
                              QString::number(cursorPosition) + u' ' + QString::number(scrollLine));
}

int StoreClient::pingIntervalMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("GALLEY_STORE_PING_MS", &ok);
    return ok ? qBound(0, fromEnvironment, 3600000) : 5000;
}

void StoreClient::checkForChanges()
{
    if (!m_store || !m_store->isOpen())
        return;
    // A server store's announcements need no query, so a window nobody types in would not see
    // that the server went away (and came back, with teammates' commits it cannot hear): a
    // trivial query every few seconds, and the offline path connects again.
    if (m_store->isOnServer() && !m_offline->holding()
        && (!m_sincePing.isValid() || m_sincePing.hasExpired(pingIntervalMs()))) {
        m_sincePing.start();
        if (Status s = m_store->checkConnection(); !s) {
            m_offline->noticeFailure(s.error());
            return;
        }
    }
    const auto version = m_store->dataVersion();
    if (!version)
        return; // a busy or broken store is reported by the next real request
    const bool changed = m_dataVersion >= 0 && *version != m_dataVersion;
    m_dataVersion = *version;
    if (changed)
        emit changedElsewhere();
}

void StoreClient::refreshIssue(qint64 id, qint64 version)
{
    if (!m_store || !m_store->isOpen())
        return;
    if (auto issue = m_store->issue(id); issue && issue->version != version)
        emit issueChangedElsewhere(*issue);
}

void StoreClient::close()
{
    // The others stop showing this window's draft at once, rather than at their next look.
    if (m_store && m_store->isOpen() && m_store->hasPresence())
        (void)m_store->setPresence(0, {});
    m_offline->detach();
    if (m_store)
        m_store->close();
    m_store.reset();
}

} // namespace galley::gui
