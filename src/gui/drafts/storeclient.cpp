#include "drafts/storeclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStoreClient, "galley.gui.store")

namespace galley::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::StoreClient)
};

const QString LastIssueKey = u"editor/lastIssue"_s;
const QString CursorKey = u"editor/cursor"_s;
const QString ScrollKey = u"editor/scroll"_s;
} // namespace

StoreClient::StoreClient(QObject *parent)
    : QObject(parent)
{
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
    emit failed({{}, 0, Tr::tr("The store is not open."), Error::Failed});
    return false;
}

void StoreClient::openStore(const QString &path, const QString &sampleDocument)
{
    m_store = std::make_unique<Store>();
    if (Status s = m_store->open(path); !s) {
        qCWarning(lcStoreClient) << "cannot open" << path << s.error().toString();
        m_store.reset();
        emit openFailed(s.error());
        return;
    }
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
        if (auto cursor = m_store->setting(CursorKey))
            state.cursorPosition = cursor->toInt();
        if (auto scroll = m_store->setting(ScrollKey))
            state.scrollLine = scroll->toInt();
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
    if (auto issue = m_store->issue(id))
        emit issueLoaded(*issue);
    else
        emit failed(issue.error());
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
        emit saveFailed(id, tag, {{}, 0, Tr::tr("The store is not open."), Error::Failed});
        return;
    }
    auto version = m_store->saveDocument(id, document, expectedVersion);
    bool conflict = false;
    if (!version && version.error().code == Error::Conflict) {
        // Someone else saved in between. Keep both: theirs stays as a revision in the history,
        // ours goes on top of it so the editor and the store agree again.
        conflict = true;
        qCInfo(lcStoreClient) << "conflict saving issue" << id << "; keeping both versions";
        auto current = m_store->issue(id);
        if (!current) {
            emit saveFailed(id, tag, current.error());
            return;
        }
        version = m_store->saveDocument(id, document, current->version, RevisionReason::Manual);
    }
    if (!version) {
        emit saveFailed(id, tag, version.error());
        return;
    }
    emit saved(id, *version, tag, conflict);
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
    (void)m_store->setSetting(CursorKey, QString::number(cursorPosition));
    (void)m_store->setSetting(ScrollKey, QString::number(scrollLine));
}

void StoreClient::close()
{
    if (m_store)
        m_store->close();
    m_store.reset();
}

} // namespace galley::gui
