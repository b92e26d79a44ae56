#include "store.h"

#include "inboxrepository.h"
#include "issuefacts.h"
#include "issuerepository.h"
#include "linkcheckcache.h"
#include "linkindex.h"
#include "namedvalues.h"
#include "outlineindex.h"
#include "privatefiles.h"
#include "searchbackend.h"
#include "storedatabase.h"
#include "storelocation.h"
#include "storeschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

constexpr NamedValue<IssueStatus> statusNames[] = {{u"draft", IssueStatus::Draft},
                                                   {u"scheduled", IssueStatus::Scheduled},
                                                   {u"sent", IssueStatus::Sent}};
constexpr NamedValue<RevisionReason> reasonNames[] = {{u"autosave", RevisionReason::Autosave},
                                                      {u"manual", RevisionReason::Manual},
                                                      {u"import", RevisionReason::Import},
                                                      {u"restore", RevisionReason::Restore},
                                                      {u"conflict", RevisionReason::Conflict}};

Error notOpen()
{
    return Error {{}, 0, StoreTr::tr("The store is not open."), Error::Failed};
}

// Names the issue a write is about for as long as it runs, so that the engine can say so to
// other connections (PostgreSQL's notification payload).
class StoreAboutIssue
{
public:
    StoreAboutIssue(StoreDatabase &db, qint64 id)
        : m_engine(db.engine())
    {
        m_engine.setAboutIssue(id);
    }
    ~StoreAboutIssue() { m_engine.setAboutIssue(0); }
    StoreAboutIssue(const StoreAboutIssue &) = delete;
    StoreAboutIssue &operator=(const StoreAboutIssue &) = delete;

private:
    StoreEngine &m_engine;
};
} // namespace

QString issueStatusName(IssueStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<IssueStatus> issueStatusFromName(const QString &name)
{
    return valueOf(statusNames, name);
}

QString revisionReasonName(RevisionReason reason)
{
    return nameOf(reasonNames, reason);
}

std::optional<RevisionReason> revisionReasonFromName(const QString &name)
{
    return valueOf(reasonNames, name);
}

Store::Store() = default;
Store::~Store() = default;

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/galley.sqlite"_s;
}

Status Store::open(const QString &path, OpenMode mode)
{
    close();
    auto where = StoreLocation::parse(path);
    if (!where)
        return where.error();
    where->readOnly = mode == OpenMode::ReadOnly;
    where->backgroundWork = m_backgroundWork;
    auto db = std::make_unique<StoreDatabase>();
    if (Status s = db->open(*where); !s)
        return s;
    // Nothing has been written yet: refuse what we must not touch before the engine's session
    // settings (SQLite's WAL rewrites the header) or migrating.
    auto version = StoreSchema::check(*db);
    if (!version)
        return version.error();
    if (mode != OpenMode::ReadWrite && *version != StoreSchema::currentVersion()) {
        if (mode == OpenMode::ReadOnly && *version == 0)
            return Error {path, 0, StoreTr::tr("There is no Galley store here (it is empty)."),
                          Error::NotFound};
        if (*version > 0)
            return Error {
                path, 0,
                StoreTr::tr("This store was written by an older version of Galley (schema %1; "
                            "this version writes %2) and was not changed. Open it once with "
                            "this Galley, which upgrades it, or back it up and use the copy.")
                    .arg(*version)
                    .arg(StoreSchema::currentVersion()),
                Error::Failed};
    }
    if (mode == OpenMode::ReadOnly) {
        m_db = std::move(db);
        return Done {};
    }
    if (Status s = db->engine().prepare(*db); !s)
        return s;
    if (Status s = StoreSchema::migrate(*db); !s)
        return s;
    if (Status s = db->engine().opened(*db); !s)
        return s;
    m_db = std::move(db);
    return Done {};
}

void Store::close()
{
    m_db.reset();
}

bool Store::isOpen() const
{
    return bool(m_db);
}

QString Store::path() const
{
    return m_db ? m_db->path() : QString();
}

Status Store::reconnect()
{
    if (!m_db)
        return notOpen();
    return m_db->reconnect();
}

#define GALLEY_REQUIRE_OPEN                                                                        \
    if (!m_db)                                                                                     \
        return notOpen();

Result<qint64> Store::createIssue(const QString &document, IssueStatus status,
                                  RevisionReason reason)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).create(document, status, reason, readIssueFacts(document));
}

Result<StoredIssue> Store::issue(qint64 id)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).issue(id);
}

Result<QList<IssueSummary>> Store::listIssues()
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).list(false);
}

Result<qint64> Store::saveDocument(qint64 id, const QString &document, qint64 expectedVersion,
                                   RevisionReason reason)
{
    GALLEY_REQUIRE_OPEN
    const StoreAboutIssue about(*m_db, id);
    return IssueRepository(*m_db).save(id, document, expectedVersion, reason,
                                       readIssueFacts(document));
}

Result<KeptSave> Store::saveKeepingBoth(qint64 id, const QString &document, qint64 expectedVersion,
                                        RevisionReason reason)
{
    GALLEY_REQUIRE_OPEN
    const StoreAboutIssue about(*m_db, id);
    return IssueRepository(*m_db).saveKeepingBoth(id, document, expectedVersion, reason,
                                                  readIssueFacts(document));
}

Result<qint64> Store::setStatus(qint64 id, IssueStatus status)
{
    GALLEY_REQUIRE_OPEN
    const StoreAboutIssue about(*m_db, id);
    return IssueRepository(*m_db).setStatus(id, status);
}

Status Store::moveToTrash(qint64 id)
{
    GALLEY_REQUIRE_OPEN
    const StoreAboutIssue about(*m_db, id);
    return IssueRepository(*m_db).setTrashed(id, true);
}

Status Store::restoreFromTrash(qint64 id)
{
    GALLEY_REQUIRE_OPEN
    const StoreAboutIssue about(*m_db, id);
    return IssueRepository(*m_db).setTrashed(id, false);
}

Result<QList<IssueSummary>> Store::listTrash()
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).list(true);
}

Status Store::deleteForever(qint64 id)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).deleteForever(id);
}

Result<int> Store::emptyTrash()
{
    GALLEY_REQUIRE_OPEN
    auto trash = listTrash();
    if (!trash)
        return trash.error();
    if (Status begun = m_db->begin(StoreTr::tr("Emptying the trash")); !begun)
        return begun.error();
    for (const IssueSummary &s : std::as_const(*trash)) {
        if (Status removed = deleteForever(s.id); !removed) {
            m_db->rollback();
            return removed.error();
        }
    }
    if (Status committed = m_db->commit(StoreTr::tr("Emptying the trash")); !committed)
        return committed.error();
    return int(trash->size());
}

Result<QList<RevisionInfo>> Store::revisions(qint64 issueId)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).revisions(issueId);
}

Result<QString> Store::revisionDocument(qint64 revisionId)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).revisionDocument(revisionId);
}

Result<qint64> Store::restoreRevision(qint64 revisionId, qint64 expectedVersion)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).restoreRevision(revisionId, expectedVersion);
}

Result<int> Store::thinRevisions(qint64 issueId, const QDateTime &now)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).thin(issueId, now);
}

Result<QList<SearchHit>> Store::search(const QString &query, int limit)
{
    GALLEY_REQUIRE_OPEN
    return m_db->engine().search(*m_db)->search(query, limit);
}

Result<QList<LinkUse>> Store::linkUses(const QString &url, LinkScope scope)
{
    GALLEY_REQUIRE_OPEN
    return LinkIndex(*m_db).uses(url, scope == LinkScope::OutlinedOnly);
}

Result<QList<LinkUse>> Store::allLinkUses()
{
    GALLEY_REQUIRE_OPEN
    return LinkIndex(*m_db).all();
}

Result<QList<LinkUse>> Store::issueLinkUses(qint64 issueId)
{
    GALLEY_REQUIRE_OPEN
    return LinkIndex(*m_db).ofIssue(issueId);
}

Result<std::optional<LinkCheck>> Store::cachedLinkCheck(const QString &url,
                                                        const QDateTime &notBefore)
{
    GALLEY_REQUIRE_OPEN
    return LinkCheckCache(*m_db).fresh(url, notBefore);
}

Status Store::saveLinkCheck(const LinkCheck &check)
{
    GALLEY_REQUIRE_OPEN
    return LinkCheckCache(*m_db).save(check);
}

Result<QList<IssueOutline>> Store::outlines()
{
    GALLEY_REQUIRE_OPEN
    return OutlineIndex(*m_db).list();
}

Result<QList<IssueOutline>> Store::outlinesAround(int number)
{
    GALLEY_REQUIRE_OPEN
    return OutlineIndex(*m_db).around(number);
}

Result<ImportOutcome> Store::importDocument(const QString &document)
{
    return importDocument(document, readIssueFacts(document));
}

Result<ImportOutcome> Store::importDocument(const QString &document, const IssueFacts &facts)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).import(document, facts);
}

Result<ImportOutcome> Store::importNewNumber(const QString &document, const IssueFacts &facts)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).import(document, facts, true);
}

Result<QSet<int>> Store::numbersInUse(const QList<int> &numbers)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).numbersInUse(numbers);
}

Status Store::beginBatch(BatchMode mode)
{
    GALLEY_REQUIRE_OPEN
    const QString what = StoreTr::tr("Starting a batch of changes");
    return mode == BatchMode::AllOrNothing && m_db->transactionDepth() == 0
        ? m_db->beginWithoutSavepoints(what)
        : m_db->begin(what);
}

Status Store::commitBatch()
{
    GALLEY_REQUIRE_OPEN
    return m_db->commit(StoreTr::tr("Saving a batch of changes"));
}

void Store::rollbackBatch()
{
    if (m_db)
        m_db->rollback();
}

Status Store::setBulkWriting(bool bulk, qint64 issues)
{
    GALLEY_REQUIRE_OPEN
    // The engine's indexes built again before the search's tables are analysed (PostgreSQL
    // collects the statistics of an index's expression only once the index is there). Each
    // step runs whatever the one before gave; the first failure is the answer.
    if (!bulk) {
        const Status engine = m_db->engine().setBulkWriting(*m_db, false, 0);
        const Status search = m_db->engine().search(*m_db)->setMergeWidth(8);
        return engine ? search : engine;
    }
    if (Status s = m_db->engine().search(*m_db)->setMergeWidth(4); !s)
        return s;
    return m_db->engine().setBulkWriting(*m_db, true, issues);
}

SearchTermCounter Store::searchTermCounter() const
{
    return m_db ? m_db->engine().searchTermCounter() : nullptr;
}

Result<QList<InboxAddOutcome>> Store::addToInbox(const QList<InboxCapture> &captures)
{
    GALLEY_REQUIRE_OPEN
    return InboxRepository(*m_db).add(captures);
}

Result<QList<InboxItem>> Store::inboxItems(bool all)
{
    GALLEY_REQUIRE_OPEN
    return InboxRepository(*m_db).list(all);
}

Result<int> Store::inboxNewCount()
{
    GALLEY_REQUIRE_OPEN
    return InboxRepository(*m_db).newCount();
}

Result<InboxWaiting> Store::inboxWaitingSince(const QDateTime &before, int oldest)
{
    GALLEY_REQUIRE_OPEN
    return InboxRepository(*m_db).waitingSince(before.toMSecsSinceEpoch(), oldest);
}

Result<std::optional<InboxItem>> Store::inboxItemForUrl(const QString &url)
{
    GALLEY_REQUIRE_OPEN
    return InboxRepository(*m_db).forUrl(url);
}

Status Store::removeFromInbox(const QList<qint64> &ids)
{
    GALLEY_REQUIRE_OPEN
    return InboxRepository(*m_db).remove(ids);
}

Status Store::setInboxState(const QList<qint64> &ids, InboxState state, qint64 issueId)
{
    GALLEY_REQUIRE_OPEN
    return InboxRepository(*m_db).setState(ids, state, issueId);
}

Status Store::setInboxFetched(qint64 id, const QString &title, const QString &description,
                              const QString &error)
{
    GALLEY_REQUIRE_OPEN
    return InboxRepository(*m_db).setFetched(id, title, description, error);
}

Status Store::backupTo(const QString &path)
{
    GALLEY_REQUIRE_OPEN
    const QFileInfo target(path);
    if (target.isDir())
        return Error {path, 0, StoreTr::tr("This is a folder; name the backup file to write."),
                      Error::Failed};
    // VACUUM INTO refuses an existing file and could leave half a file on a full disk: write a
    // temporary file next to the target, then rename it over the target in one step.
    const QString temp = target.absolutePath() + u"/."_s + target.fileName() + u".tmp-"_s
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // VACUUM INTO accepts an empty file: create it private first, so that the copy of the drafts
    // is never readable by others, not even for a moment.
    if (!makePrivateFile(temp, CreateIfMissing::Yes))
        return Error {
            path, 0,
            StoreTr::tr("Cannot write the backup here; check that the folder is writable."),
            Error::ReadOnly};
    if (Status s = m_db->engine().backupTo(*m_db, temp, StoreTr::tr("Writing the backup")); !s) {
        QFile::remove(temp);
        Error e = s.error();
        e.file = path;
        return e;
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData())
        != 0) {
        QFile::remove(temp);
        return Error {
            path, 0,
            StoreTr::tr("Cannot write the backup here; check that the folder is writable."),
            Error::ReadOnly};
    }
    return Done {};
}

Result<QString> Store::setting(const QString &key, const QString &defaultValue)
{
    GALLEY_REQUIRE_OPEN
    auto q = m_db->run(u"SELECT value FROM settings WHERE key = ?"_s, {key},
                       StoreTr::tr("Reading a setting"));
    if (!q)
        return q.error();
    const QString value = (*q)->next() ? (*q)->value(0).toString() : defaultValue;
    StoreDatabase::done(**q);
    return value;
}

Status Store::setSetting(const QString &key, const QString &value)
{
    GALLEY_REQUIRE_OPEN
    auto q = m_db->run(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                       {key, value}, StoreTr::tr("Saving a setting"));
    if (!q)
        return q.error();
    return Done {};
}

Status Store::checkConnection()
{
    GALLEY_REQUIRE_OPEN
    auto q = m_db->run(u"SELECT 1"_s, {}, StoreTr::tr("Checking the connection"));
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Result<qint64> Store::dataVersion()
{
    GALLEY_REQUIRE_OPEN
    return m_db->engine().dataVersion(*m_db, StoreTr::tr("Checking for changes"));
}

void Store::onChangedElsewhere(std::function<void()> changed)
{
    if (m_db)
        m_db->engine().setChangeCallback(std::move(changed));
}

bool Store::isOnServer() const
{
    return m_db && m_db->engine().isOnServer();
}

bool Store::hasPresence() const
{
    return m_db && m_db->engine().hasPresence();
}

Status Store::setPresence(qint64 issueId, const QString &editorName)
{
    GALLEY_REQUIRE_OPEN
    return m_db->engine().setPresence(*m_db, issueId, editorName,
                                      StoreTr::tr("Telling the team which draft is open"));
}

Result<QStringList> Store::presence(qint64 issueId)
{
    GALLEY_REQUIRE_OPEN
    return m_db->engine().presence(*m_db, issueId,
                                   StoreTr::tr("Reading who else has the draft open"));
}

void Store::onPresenceChanged(std::function<void()> changed)
{
    if (m_db)
        m_db->engine().setPresenceCallback(std::move(changed));
}

Result<QString> Store::integrityCheck()
{
    GALLEY_REQUIRE_OPEN
    return m_db->engine().integrityCheck(*m_db, StoreTr::tr("Checking the store"));
}

} // namespace galley
