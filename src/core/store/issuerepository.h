#pragma once

#include "issuefacts.h"
#include "result.h"
#include "store.h"

namespace galley {

class StoreDatabase;

// Issues and their revisions: every write keeps the derived columns, the links and the search
// index in step with the document, inside one transaction.
class IssueRepository
{
public:
    explicit IssueRepository(StoreDatabase &db)
        : m_db(db)
    { }

    Result<qint64> create(const QString &document, IssueStatus status, RevisionReason reason,
                          const IssueFacts &facts);
    Result<StoredIssue> issue(qint64 id);
    Result<QList<IssueSummary>> list(bool trash);
    Result<qint64> save(qint64 id, const QString &document, qint64 expectedVersion,
                        RevisionReason reason, const IssueFacts &facts);
    Result<KeptSave> saveKeepingBoth(qint64 id, const QString &document, qint64 expectedVersion,
                                     RevisionReason reason, const IssueFacts &facts);
    Result<qint64> setStatus(qint64 id, IssueStatus status);
    Status setTrashed(qint64 id, bool trashed);
    Status deleteForever(qint64 id);

    Result<QList<RevisionInfo>> revisions(qint64 issueId);
    Result<QString> revisionDocument(qint64 revisionId);
    Result<qint64> restoreRevision(qint64 revisionId, qint64 expectedVersion);
    Result<int> thin(qint64 issueId, const QDateTime &now);

    // `numberUnused`: the caller knows that no issue carries facts.number (numbersInUse()).
    Result<ImportOutcome> import(const QString &document, const IssueFacts &facts,
                                 bool numberUnused = false);
    Result<QSet<int>> numbersInUse(const QList<int> &numbers);

private:
    struct Revision
    {
        qint64 issueId = 0;
        QString document;
    };
    Result<Revision> readRevision(qint64 revisionId, const QString &what);
    // Gives the newest revision of the issue (the one that stands for its current text) a copy of
    // `document`, the text a save is about to replace.
    Status keepRevisionText(qint64 issueId, const QString &document);
    Status addRevision(qint64 issueId, const QString &document, RevisionReason reason,
                       qint64 nowMs);
    // Conflict or NotFound, whichever explains why `id` was not at `expectedVersion`.
    Error versionError(qint64 id, qint64 expectedVersion);

    StoreDatabase &m_db;
    // Whether create() and save() keep the archive's vocabulary counts (SpellingVocabulary) up to
    // date: not during an import, whose ArchiveImporter counts a whole run's words at once.
    bool m_countWords = true;
};

} // namespace galley
