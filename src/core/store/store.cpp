#include "store.h"

#include "inboxrepository.h"
#include "issuefacts.h"
#include "issuerepository.h"
#include "linkcheckcache.h"
#include "linkindex.h"
#include "namedvalues.h"
#include "outlineindex.h"
#include "privatefiles.h"
#include "searchindex.h"
#include "storedatabase.h"
#include "storeschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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

Status Store::open(const QString &path)
{
    close();
    if (path.isEmpty())
        return Error {{}, 0, StoreTr::tr("No store path was given."), Error::Failed};
    // "postgresql://host/db" or any other address is no file name: taken for one, it would
    // silently create a folder named after its scheme in the working directory.
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    if (const auto m = scheme.match(path); m.hasMatch() && m.captured(1).size() > 1)
        return Error {
            path, 0,
            StoreTr::tr("“%1:” is not a kind of store Galley knows: give the path of a store "
                        "file (such as ~/galley.sqlite). This build of Galley keeps its "
                        "store in an SQLite file.")
                .arg(m.captured(1)),
            Error::Failed};
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error {path, 0,
                      StoreTr::tr("This is a folder, not a store file; name a file such as "
                                  "galley.sqlite inside it."),
                      Error::Failed};
    if (!createPrivateFolder(info.absolutePath()))
        return Error {
            path, 0,
            StoreTr::tr("Cannot create the folder %1 for the store; check the permissions or "
                        "use --db with another path.")
                .arg(QDir::toNativeSeparators(info.absolutePath())),
            Error::ReadOnly};
    // Drafts are private like a mailbox. SQLite gives the -wal and -shm files the mode of the
    // store file, so a store file that is 0600 before SQLite opens it keeps all three private.
    makePrivateFile(path, CreateIfMissing::Yes);
    makePrivateFile(path + u"-wal"_s);
    makePrivateFile(path + u"-shm"_s);

    auto db = std::make_unique<StoreDatabase>();
    if (Status s = db->open(path); !s)
        return s;
    // Nothing has been written yet: refuse what we must not touch before setting WAL (which
    // rewrites the header) or migrating.
    auto version = StoreSchema::check(*db);
    if (!version)
        return version.error();
    const QString what = StoreTr::tr("Opening the store");
    // WAL lets readers (the editor's lists) carry on while another process writes; NORMAL sync
    // in WAL mode loses at most the last commits on power loss, never consistency.
    auto wal = db->run(u"PRAGMA journal_mode = WAL"_s, {}, what);
    if (!wal)
        return wal.error();
    const QString mode = (*wal)->next() ? (*wal)->value(0).toString() : QString();
    StoreDatabase::done(**wal);
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error {
            path, 0,
            StoreTr::tr("The store cannot use write-ahead logging here (journal mode %1); "
                        "is the folder on a network or read-only file system?")
                .arg(mode),
            Error::ReadOnly};
    // A 32 MB page cache (instead of 2 MB) keeps the full-text index's common words in memory
    // between searches.
    for (const QString &pragma :
         {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
          QString(u"PRAGMA busy_timeout = "_s + QString::number(StoreDatabase::busyTimeoutMs())),
          u"PRAGMA cache_size = -32768"_s}) {
        if (Status s = db->execute(pragma, what); !s)
            return s;
    }
    if (Status s = StoreSchema::migrate(*db); !s)
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
    return IssueRepository(*m_db).save(id, document, expectedVersion, reason,
                                       readIssueFacts(document));
}

Result<KeptSave> Store::saveKeepingBoth(qint64 id, const QString &document, qint64 expectedVersion,
                                        RevisionReason reason)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).saveKeepingBoth(id, document, expectedVersion, reason,
                                                  readIssueFacts(document));
}

Result<qint64> Store::setStatus(qint64 id, IssueStatus status)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).setStatus(id, status);
}

Status Store::moveToTrash(qint64 id)
{
    GALLEY_REQUIRE_OPEN
    return IssueRepository(*m_db).setTrashed(id, true);
}

Status Store::restoreFromTrash(qint64 id)
{
    GALLEY_REQUIRE_OPEN
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
    return SearchIndex(*m_db).search(query, limit);
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

Status Store::setBulkWriting(bool bulk)
{
    GALLEY_REQUIRE_OPEN
    return SearchIndex(*m_db).setMergeWidth(bulk ? 4 : 8);
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
    auto q = m_db->run(u"VACUUM INTO ?"_s, {temp}, StoreTr::tr("Writing the backup"));
    if (!q) {
        QFile::remove(temp);
        Error e = q.error();
        e.file = path;
        return e;
    }
    StoreDatabase::done(**q);
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

Result<qint64> Store::dataVersion()
{
    GALLEY_REQUIRE_OPEN
    auto q = m_db->run(u"PRAGMA data_version"_s, {}, StoreTr::tr("Checking for changes"));
    if (!q)
        return q.error();
    const qint64 v = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    StoreDatabase::done(**q);
    return v;
}

Result<QString> Store::integrityCheck()
{
    GALLEY_REQUIRE_OPEN
    auto q = m_db->run(u"PRAGMA integrity_check"_s, {}, StoreTr::tr("Checking the store"));
    if (!q)
        return q.error();
    QStringList lines;
    while ((*q)->next())
        lines << (*q)->value(0).toString();
    StoreDatabase::done(**q);
    return lines.join(u'\n');
}

} // namespace galley
