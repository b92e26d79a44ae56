#pragma once

#include "result.h"
#include "searchbackend.h"
#include "store.h"

namespace galley {

class StoreDatabase;

// The FTS5 table over titles and bodies. Issues in the trash are taken out of it.
//
// The table is contentless (schema step 2): it holds the words' positions, not a third copy of
// every document (after `issues.document` and the revisions). Snippets are made from the issue's
// document, and taking an issue out of the index means telling FTS5 the title and text it was
// indexed with: the issue's `title` column (written with the index, from the same facts) and
// searchableText() of its document. Both are what readIssueFacts() gave when it was indexed, so
// a change to searchableText() needs a schema step that rebuilds the index (rebuildSql()).
class SearchIndex : public SearchBackend
{
public:
    explicit SearchIndex(StoreDatabase &db)
        : m_db(db)
    { }

    // For an issue not in the index (a new one, or one back from the trash).
    Status insert(qint64 issueId, const IssueFacts &facts) override;
    // Takes an issue out of the index: `title` and `text` as it was indexed with them (the
    // issue's title column and indexedText() of its document).
    Status remove(qint64 issueId, const QString &title, const QString &text) override;
    // The same for the issue as it is stored now: call it before its row changes. Nothing
    // happens for an issue in the trash (it is not in the index).
    Status removeStored(qint64 issueId) override;
    Result<QList<SearchHit>> search(const QString &userQuery, int limit) override;
    // FTS5's `automerge`: how many segments of a level are merged at once (see Store).
    Status setMergeWidth(int segments) override;

private:
    StoreDatabase &m_db;
};

} // namespace galley
