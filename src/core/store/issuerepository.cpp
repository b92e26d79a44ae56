#include "issuerepository.h"

#include "linkindex.h"
#include "outlineindex.h"
#include "revisionthinning.h"
#include "searchbackend.h"
#include "spellingvocabulary.h"
#include "storedatabase.h"
#include "storerows.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct IssueRepositoryTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

const QString summaryColumns
    = u"id, number, title, date, status, created, updated, version, deleted"_s;

void readSummary(const QSqlQuery &r, IssueSummary *s)
{
    s->id = r.value(0).toLongLong();
    s->number = storerows::optionalInt(r.value(1));
    s->title = r.value(2).toString();
    s->date = storerows::issueDate(r.value(3));
    s->status = storerows::status(r.value(4));
    s->created = storerows::fromMs(r.value(5));
    s->updated = storerows::fromMs(r.value(6));
    s->version = r.value(7).toLongLong();
    s->deleted = !r.value(8).isNull();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error notFound(const QString &path, qint64 id)
{
    return Error {path, 0,
                  IssueRepositoryTr::tr("There is no issue with id %1 in the store.").arg(id),
                  Error::NotFound};
}
} // namespace

Result<qint64> IssueRepository::create(const QString &document, IssueStatus status,
                                       RevisionReason reason, const IssueFacts &facts)
{
    const QString what = IssueRepositoryTr::tr("Creating the issue");
    StoreTransaction tx(m_db, what);
    if (!tx.status().ok())
        return tx.status().error();
    const qint64 now = nowMs();
    auto q
        = m_db.run(u"INSERT INTO issues (number, title, date, sort_key, status, created, "
                   "updated, version, document) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"_s,
                   {storerows::toVariant(facts.number), facts.title, facts.date,
                    facts.dateMs.value_or(now), issueStatusName(status), now, now, document},
                   what);
    if (!q)
        return q.error();
    // RETURNING, not lastInsertId(): one statement on both engines (QPSQL would ask again).
    const qint64 id = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    StoreDatabase::done(**q);
    if (Status s = addRevision(id, document, reason, now); !s)
        return s.error();
    if (Status s = LinkIndex(m_db).insert(id, facts.links); !s)
        return s.error();
    if (Status s = OutlineIndex(m_db).insert(id, facts); !s)
        return s.error();
    if (Status s = m_db.engine().search(m_db)->insert(id, facts); !s)
        return s.error();
    if (status == IssueStatus::Sent && m_countWords) {
        if (Status s = SpellingVocabulary(m_db).countIssue(document, 1); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<StoredIssue> IssueRepository::issue(qint64 id)
{
    auto q = m_db.run(u"SELECT "_s + summaryColumns + u", document FROM issues WHERE id = ?"_s,
                      {id}, IssueRepositoryTr::tr("Reading the issue"));
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next()) {
        StoreDatabase::done(r);
        return notFound(m_db.path(), id);
    }
    StoredIssue issue;
    readSummary(r, &issue);
    issue.document = r.value(9).toString();
    StoreDatabase::done(r);
    return issue;
}

Result<QList<IssueSummary>> IssueRepository::list(bool trash)
{
    const QString where = trash ? u"deleted IS NOT NULL"_s : u"deleted IS NULL"_s;
    auto q = m_db.run(u"SELECT "_s + summaryColumns + u" FROM issues WHERE "_s + where
                          + u" ORDER BY sort_key DESC, number DESC, updated DESC"_s,
                      {}, IssueRepositoryTr::tr("Listing the issues"));
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    QList<IssueSummary> list;
    while (r.next()) {
        IssueSummary s;
        readSummary(r, &s);
        list.append(s);
    }
    StoreDatabase::done(r);
    return list;
}

Result<qint64> IssueRepository::save(qint64 id, const QString &document, qint64 expectedVersion,
                                     RevisionReason reason, const IssueFacts &facts)
{
    const QString what = IssueRepositoryTr::tr("Saving the issue");
    StoreTransaction tx(m_db, what);
    if (!tx.status().ok())
        return tx.status().error();
    const qint64 now = nowMs();
    // The text being replaced: the revision that stood for it gets a copy of its own, and the
    // search index forgets it. Both before the row changes, in the transaction: a failed version
    // check below rolls them back.
    auto old = m_db.run(u"SELECT title, document, deleted IS NOT NULL, status = 'sent' FROM issues "
                        "WHERE id = ? AND version = ?"_s,
                        {id, expectedVersion}, what);
    if (!old)
        return old.error();
    if (!(*old)->next()) {
        StoreDatabase::done(**old);
        return versionError(id, expectedVersion);
    }
    const QString oldTitle = (*old)->value(0).toString();
    const QString oldDocument = (*old)->value(1).toString();
    const bool wasTrashed = (*old)->value(2).toBool();
    const bool archived = !wasTrashed && (*old)->value(3).toBool();
    StoreDatabase::done(**old);
    if (Status s = keepRevisionText(id, oldDocument); !s)
        return s.error();
    if (!wasTrashed) {
        if (Status s = m_db.engine().search(m_db)->remove(id, oldTitle, indexedText(oldDocument));
            !s)
            return s.error();
    }
    // The version check and the write are one statement: nobody can slip in between.
    auto q = m_db.run(
        u"UPDATE issues SET document = ?, number = ?, title = ?, date = ?, "
        "sort_key = coalesce(?, created), updated = ?, version = version + 1 "
        "WHERE id = ? AND version = ? RETURNING version, deleted"_s,
        {document, storerows::toVariant(facts.number), facts.title, facts.date,
         facts.dateMs ? QVariant(*facts.dateMs) : QVariant(QMetaType(QMetaType::LongLong)), now, id,
         expectedVersion},
        what);
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next()) {
        StoreDatabase::done(r);
        return versionError(id, expectedVersion);
    }
    const qint64 version = r.value(0).toLongLong();
    const bool trashed = !r.value(1).isNull();
    StoreDatabase::done(r);
    if (Status s = addRevision(id, document, reason, now); !s)
        return s.error();
    if (Status s = LinkIndex(m_db).replace(id, facts.links); !s)
        return s.error();
    if (Status s = OutlineIndex(m_db).replace(id, facts); !s)
        return s.error();
    if (!trashed) {
        if (Status s = m_db.engine().search(m_db)->insert(id, facts); !s)
            return s.error();
    }
    // A sent issue edited afterwards: the vocabulary counts its new words, not its old ones.
    if (m_countWords && archived && oldDocument != document) {
        if (Status s = SpellingVocabulary(m_db).recountIssue(oldDocument, document); !s)
            return s.error();
    }
    if (reason == RevisionReason::Autosave) {
        auto thinned = thin(id, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        if (!thinned)
            return thinned.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return version;
}

Result<KeptSave> IssueRepository::saveKeepingBoth(qint64 id, const QString &document,
                                                  qint64 expectedVersion, RevisionReason reason,
                                                  const IssueFacts &facts)
{
    const QString what = IssueRepositoryTr::tr("Saving the issue");
    // BEGIN IMMEDIATE holds the write lock from here to the commit: the version read after a
    // conflict is still the current one when ours goes on top of it.
    StoreTransaction tx(m_db, what);
    if (!tx.status().ok())
        return tx.status().error();
    auto first = save(id, document, expectedVersion, reason, facts);
    if (first) {
        if (Status s = tx.commit(); !s)
            return s.error();
        return KeptSave {*first, false};
    }
    if (first.error().code != Error::Conflict)
        return first.error();
    auto q = m_db.run(u"SELECT version FROM issues WHERE id = ?"_s, {id}, what);
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        StoreDatabase::done(**q);
        return notFound(m_db.path(), id);
    }
    const qint64 current = (*q)->value(0).toLongLong();
    StoreDatabase::done(**q);
    // The text written elsewhere is the current revision: pin it before ours replaces it.
    auto pin = m_db.run(u"UPDATE revisions SET reason = ? WHERE issue_id = ? AND is_current = 1"_s,
                        {revisionReasonName(RevisionReason::Conflict), id}, what);
    if (!pin)
        return pin.error();
    StoreDatabase::done(**pin);
    // Ours is a deliberate choice between two texts, not a passing autosave: keep it too.
    auto second = save(id, document, current,
                       reason == RevisionReason::Autosave ? RevisionReason::Manual : reason, facts);
    if (!second)
        return second.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return KeptSave {*second, true};
}

Result<qint64> IssueRepository::setStatus(qint64 id, IssueStatus status)
{
    const QString what = IssueRepositoryTr::tr("Changing the issue's status");
    StoreTransaction tx(m_db, what);
    if (!tx.status().ok())
        return tx.status().error();
    // Whether the archive's vocabulary counted the issue before: a sent issue going back to
    // draft takes its words out, a draft becoming sent puts them in.
    auto before = m_db.run(u"SELECT status = 'sent' AND deleted IS NULL FROM issues WHERE id = ?"_s,
                           {id}, what);
    if (!before)
        return before.error();
    const bool counted = (*before)->next() && (*before)->value(0).toBool();
    StoreDatabase::done(**before);
    auto q = m_db.run(u"UPDATE issues SET status = ?, updated = ?, version = version + 1 "
                      "WHERE id = ? RETURNING version, document, deleted IS NULL"_s,
                      {issueStatusName(status), nowMs(), id}, what);
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next()) {
        StoreDatabase::done(r);
        return notFound(m_db.path(), id);
    }
    const qint64 version = r.value(0).toLongLong();
    const QString document = r.value(1).toString();
    const bool countedNow = status == IssueStatus::Sent && r.value(2).toBool();
    StoreDatabase::done(r);
    if (counted != countedNow) {
        if (Status s = SpellingVocabulary(m_db).countIssue(document, countedNow ? 1 : -1); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return version;
}

Status IssueRepository::setTrashed(qint64 id, bool trashed)
{
    const QString what = trashed ? IssueRepositoryTr::tr("Moving the issue to the trash")
                                 : IssueRepositoryTr::tr("Restoring the issue from the trash");
    StoreTransaction tx(m_db, what);
    if (!tx.status().ok())
        return tx.status();
    const auto search = m_db.engine().search(m_db);
    // The index holds exactly the issues outside the trash: out before the row is marked (an
    // issue already in the trash is not in it), in again only when it really comes back.
    // And the archive's vocabulary counts exactly the sent issues outside the trash.
    auto before = m_db.run(
        u"SELECT deleted IS NOT NULL, status = 'sent' FROM issues WHERE id = ?"_s, {id}, what);
    if (!before)
        return before.error();
    const bool found = (*before)->next();
    const bool wasTrashed = found && (*before)->value(0).toBool();
    const bool sent = found && (*before)->value(1).toBool();
    StoreDatabase::done(**before);
    if (trashed) {
        if (Status s = search->removeStored(id); !s)
            return s;
    }
    auto q = trashed
        ? m_db.run(u"UPDATE issues SET deleted = ?, version = version + 1 WHERE id = ? "
                   "RETURNING document"_s,
                   {nowMs(), id}, what)
        : m_db.run(u"UPDATE issues SET deleted = NULL, version = version + 1 WHERE id = ? "
                   "RETURNING document"_s,
                   {id}, what);
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next()) {
        StoreDatabase::done(r);
        return notFound(m_db.path(), id);
    }
    const QString document = r.value(0).toString();
    StoreDatabase::done(r);
    if (wasTrashed && !trashed) {
        const IssueFacts facts = readIssueFacts(document);
        if (Status s = search->insert(id, facts); !s)
            return s;
    }
    if (sent && wasTrashed != trashed) {
        if (Status s = SpellingVocabulary(m_db).countIssue(document, trashed ? -1 : 1); !s)
            return s;
    }
    return tx.commit();
}

Status IssueRepository::deleteForever(qint64 id)
{
    const QString what = IssueRepositoryTr::tr("Deleting the issue");
    StoreTransaction tx(m_db, what);
    if (!tx.status().ok())
        return tx.status();
    // Only issues in the trash, which are not in the search index.
    for (const QString &sql :
         {u"DELETE FROM revisions WHERE issue_id = ?"_s, u"DELETE FROM links WHERE issue_id = ?"_s,
          u"DELETE FROM issue_outlines WHERE issue_id = ?"_s}) {
        auto q = m_db.run(sql, {id}, what);
        if (!q)
            return q.error();
    }
    auto q = m_db.run(u"DELETE FROM issues WHERE id = ? AND deleted IS NOT NULL"_s, {id}, what);
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return Error {
            m_db.path(), 0,
            IssueRepositoryTr::tr("Issue %1 is not in the trash; only issues in the trash can be "
                                  "deleted for good.")
                .arg(id),
            Error::NotFound};
    return tx.commit();
}

Result<QList<RevisionInfo>> IssueRepository::revisions(qint64 issueId)
{
    auto q = m_db.run(u"SELECT id, issue_id, created, reason, size FROM revisions "
                      "WHERE issue_id = ? ORDER BY created DESC, id DESC"_s,
                      {issueId}, IssueRepositoryTr::tr("Reading the revisions"));
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    QList<RevisionInfo> list;
    while (r.next()) {
        RevisionInfo info;
        info.id = r.value(0).toLongLong();
        info.issueId = r.value(1).toLongLong();
        info.time = storerows::fromMs(r.value(2));
        info.reason
            = revisionReasonFromName(r.value(3).toString()).value_or(RevisionReason::Manual);
        info.size = r.value(4).toLongLong();
        list.append(info);
    }
    StoreDatabase::done(r);
    return list;
}

Result<IssueRepository::Revision> IssueRepository::readRevision(qint64 revisionId,
                                                                const QString &what)
{
    auto q = m_db.run(
        u"SELECT r.issue_id, CASE WHEN r.is_current = 1 THEN i.document "
        "ELSE r.document END, CASE WHEN r.is_current = 1 THEN NULL ELSE r.compressed END "
        "FROM revisions r JOIN issues i ON i.id = r.issue_id WHERE r.id = ?"_s,
        {revisionId}, what);
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next()) {
        StoreDatabase::done(r);
        return Error {
            m_db.path(), 0,
            IssueRepositoryTr::tr("There is no revision with id %1 in the store.").arg(revisionId),
            Error::NotFound};
    }
    Revision revision {r.value(0).toLongLong(), r.value(1).toString()};
    const QVariant compressed = r.value(2);
    StoreDatabase::done(r);
    if (!compressed.isNull()) {
        // Revisions written before schema step 2 keep their text in `document`.
        const QByteArray packed = compressed.toByteArray();
        const QByteArray utf8 = qUncompress(packed);
        // qCompress() starts with the text's length: a damaged one gives nothing back.
        const bool emptyText = packed.size() >= 4 && packed.first(4) == QByteArray(4, '\0');
        if (utf8.isEmpty() && !emptyText)
            return Error {
                m_db.path(), 0,
                IssueRepositoryTr::tr("Revision %1 in the store is damaged and cannot be read. The "
                                      "issue itself and its other revisions are not affected.")
                    .arg(revisionId),
                Error::Corrupt};
        revision.document = QString::fromUtf8(utf8);
    }
    return revision;
}

Result<QString> IssueRepository::revisionDocument(qint64 revisionId)
{
    auto revision = readRevision(revisionId, IssueRepositoryTr::tr("Reading the revision"));
    if (!revision)
        return revision.error();
    return revision->document;
}

Result<qint64> IssueRepository::restoreRevision(qint64 revisionId, qint64 expectedVersion)
{
    auto revision = readRevision(revisionId, IssueRepositoryTr::tr("Restoring the revision"));
    if (!revision)
        return revision.error();
    return save(revision->issueId, revision->document, expectedVersion, RevisionReason::Restore,
                readIssueFacts(revision->document));
}

Result<int> IssueRepository::thin(qint64 issueId, const QDateTime &now)
{
    const QString what = IssueRepositoryTr::tr("Thinning old autosaves");
    auto q = m_db.run(u"SELECT id, created FROM revisions WHERE issue_id = ? AND reason = ?"_s,
                      {issueId, revisionReasonName(RevisionReason::Autosave)}, what);
    if (!q)
        return q.error();
    QList<ThinningCandidate> candidates;
    while ((*q)->next())
        candidates.append({(*q)->value(0).toLongLong(), storerows::fromMs((*q)->value(1))});
    StoreDatabase::done(**q);
    const QList<qint64> drop = revisionsToThin(candidates, now);
    if (drop.isEmpty())
        return 0;
    StoreTransaction tx(m_db, what);
    if (!tx.status().ok())
        return tx.status().error();
    for (qint64 id : drop) {
        auto del = m_db.run(u"DELETE FROM revisions WHERE id = ?"_s, {id}, what);
        if (!del)
            return del.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(drop.size());
}

Result<QSet<int>> IssueRepository::numbersInUse(const QList<int> &numbers)
{
    QSet<int> used;
    for (qsizetype from = 0; from < numbers.size(); from += StoreDatabase::maxRowsPerStatement) {
        QVariantList some;
        for (int n : numbers.mid(from, StoreDatabase::maxRowsPerStatement))
            some << n;
        // IN (?, ?, ...): the same SQL on both engines (SQLite has no arrays).
        auto q = m_db.runWithList(u"SELECT DISTINCT number FROM issues WHERE number IN "_s
                                      + StoreDatabase::placeholderRows(int(some.size()), 1),
                                  some, IssueRepositoryTr::tr("Importing the issue"));
        if (!q)
            return q.error();
        while ((*q)->next())
            used.insert((*q)->value(0).toInt());
        StoreDatabase::done(**q);
    }
    return used;
}

Result<ImportOutcome> IssueRepository::import(const QString &document, const IssueFacts &facts,
                                              bool numberUnused)
{
    const QString what = IssueRepositoryTr::tr("Importing the issue");
    m_countWords = false;
    StoreTransaction tx(m_db, what);
    if (!tx.status().ok())
        return tx.status().error();
    if (numberUnused && facts.number) {
        auto id = create(document, IssueStatus::Sent, RevisionReason::Import, facts);
        if (!id)
            return id.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return ImportOutcome {ImportOutcome::Added, *id};
    }
    // Candidates: every issue with this number (or, without a number, with this very text),
    // archived ones first. The same text anywhere means this file was imported before.
    auto q = facts.number
        ? m_db.run(u"SELECT id, version, document, status FROM issues WHERE number = ? "
                   "ORDER BY status <> 'sent', deleted IS NOT NULL, id"_s,
                   {*facts.number}, what)
        : m_db.run(u"SELECT id, version, document, status FROM issues WHERE number IS NULL AND "
                   "document = ? LIMIT 1"_s,
                   {document}, what);
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    struct Candidate
    {
        qint64 id = 0;
        qint64 version = 0;
        bool same = false;
        bool archived = false;
    };
    QList<Candidate> candidates;
    while (r.next())
        candidates.append({r.value(0).toLongLong(), r.value(1).toLongLong(),
                           r.value(2).toString() == document, r.value(3).toString() == u"sent"});
    StoreDatabase::done(r);

    ImportOutcome outcome;
    const auto same = std::find_if(candidates.cbegin(), candidates.cend(),
                                   [](const Candidate &c) { return c.same; });
    if (same != candidates.cend()) {
        outcome = {ImportOutcome::Unchanged, same->id};
    } else if (candidates.isEmpty()) {
        auto id = create(document, IssueStatus::Sent, RevisionReason::Import, facts);
        if (!id)
            return id.error();
        outcome = {ImportOutcome::Added, *id};
    } else if (candidates.first().archived) {
        // An archived issue may be brought up to date from a newer copy of its file; the text it
        // had stays as a revision.
        const Candidate &c = candidates.first();
        auto saved = save(c.id, document, c.version, RevisionReason::Import, facts);
        if (!saved)
            return saved.error();
        outcome = {ImportOutcome::Updated, c.id};
    } else {
        // Only drafts or scheduled issues carry this number: they are the editor's work in
        // progress and are never replaced. The file becomes a draft of its own beside them.
        auto id = create(document, IssueStatus::Draft, RevisionReason::Import, facts);
        if (!id)
            return id.error();
        outcome = {ImportOutcome::AddedAsDraft, *id, candidates.first().id};
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status IssueRepository::addRevision(qint64 issueId, const QString &document, RevisionReason reason,
                                    qint64 now)
{
    // The newest revision is the issue's text as it is: it points at `issues.document` and gets
    // its own copy only when a save replaces that text (keepRevisionText), so that a store does
    // not hold every issue twice (schema step 2). Nothing is read back: an import's batch may
    // write it later, with the others (StoreDatabase::insertRows).
    return m_db.insertRows(
        u"revisions"_s, u"issue_id, created, reason, document, size, is_current"_s, 6,
        {issueId, now, revisionReasonName(reason), u""_s, qint64(document.toUtf8().size()), 1},
        IssueRepositoryTr::tr("Keeping a revision"));
}

Status IssueRepository::keepRevisionText(qint64 issueId, const QString &document)
{
    // Revisions are read one at a time, when a person looks back: compressed (zlib at its
    // fastest level, as a save waits for it: about 38 % of the text), with an empty `document`.
    auto q = m_db.run(u"UPDATE revisions SET compressed = ?, is_current = 0 "
                      "WHERE issue_id = ? AND is_current = 1"_s,
                      {qCompress(document.toUtf8(), 1), issueId},
                      IssueRepositoryTr::tr("Keeping a revision"));
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Error IssueRepository::versionError(qint64 id, qint64 expectedVersion)
{
    auto q = m_db.run(u"SELECT version FROM issues WHERE id = ?"_s, {id},
                      IssueRepositoryTr::tr("Saving the issue"));
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next()) {
        StoreDatabase::done(r);
        return notFound(m_db.path(), id);
    }
    const qint64 current = r.value(0).toLongLong();
    StoreDatabase::done(r);
    return Error {
        m_db.path(), 0,
        IssueRepositoryTr::tr("Issue %1 was changed elsewhere (version %2, this copy is based on "
                              "version %3); reload it or keep both copies.")
            .arg(id)
            .arg(current)
            .arg(expectedVersion),
        Error::Conflict};
}

} // namespace galley
