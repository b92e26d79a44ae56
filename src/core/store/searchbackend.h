#pragma once

#include "issuefacts.h"
#include "result.h"
#include "store.h"

#include <QList>
#include <QString>

namespace galley {

// The full-text search of one store, as each engine does it: FTS5 on SQLite (SearchIndex),
// a tsvector side table on PostgreSQL (PgSearch). The engine makes it for its connection
// (StoreEngine::search), so the repositories write one code path for both.
//
// Issues in the trash are not in the index. The title and text are what readIssueFacts() gave
// (IssueFacts::title, searchableText() of the body).
class SearchBackend
{
public:
    virtual ~SearchBackend() = default;

    // For an issue not in the index (a new one, or one back from the trash): its title and
    // searchText, and the terms an import counted ahead where the engine wants them.
    virtual Status insert(qint64 issueId, const IssueFacts &facts) = 0;
    // Takes an issue out of the index: `title` and `text` as it was indexed with them (the
    // issue's title column and searchableText() of its document).
    virtual Status remove(qint64 issueId, const QString &title, const QString &text) = 0;
    // The same for the issue as it is stored now: call it before its row changes. Nothing
    // happens for an issue in the trash (it is not in the index).
    virtual Status removeStored(qint64 issueId) = 0;
    // At most `limit` hits for what a person typed, best first, with snippets.
    virtual Result<QList<SearchHit>> search(const QString &userQuery, int limit) = 0;
    // How many index segments are merged at once (FTS5's automerge, see Store::setBulkWriting);
    // an engine without segments does nothing.
    virtual Status setMergeWidth(int segments) = 0;
};

} // namespace galley
