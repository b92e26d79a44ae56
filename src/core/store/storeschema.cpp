#include "storeschema.h"

#include "issuefacts.h"
#include "outlineindex.h"
#include "spellingvocabulary.h"
#include "storedatabase.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace galley::StoreSchema {

namespace {
struct StoreschemaTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

} // namespace

// Step N turns a version N-1 store into version N. Never edit a released step: add one.
const QList<QStringList> &sqliteSteps()
{
    static const QList<QStringList> s = {
        // 1: issues, revisions, links, full-text index, settings.
        {
            uR"(CREATE TABLE issues (
                id INTEGER PRIMARY KEY,
                number INTEGER,
                title TEXT NOT NULL DEFAULT '',
                date TEXT NOT NULL DEFAULT '',
                sort_key INTEGER NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'sent')),
                created INTEGER NOT NULL,
                updated INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                deleted INTEGER,
                document TEXT NOT NULL))"_s,
            u"CREATE INDEX issues_number ON issues (number)"_s,
            // Covers the list query, so listing thousands of issues never reads their documents.
            uR"(CREATE INDEX issues_list ON issues (sort_key DESC, number DESC, updated DESC, id,
                title, date, status, created, version, deleted))"_s,
            uR"(CREATE TABLE revisions (
                id INTEGER PRIMARY KEY,
                issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
                created INTEGER NOT NULL,
                reason TEXT NOT NULL,
                document TEXT NOT NULL,
                size INTEGER NOT NULL))"_s,
            u"CREATE INDEX revisions_issue ON revisions (issue_id, created)"_s,
            uR"(CREATE TABLE links (
                issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                url TEXT NOT NULL,
                normalized TEXT NOT NULL,
                section TEXT NOT NULL DEFAULT '',
                sponsor INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (issue_id, position)) WITHOUT ROWID)"_s,
            u"CREATE INDEX links_normalized ON links (normalized)"_s,
            // rowid = issues.id. Prefix indexes make "word*" queries cheap.
            uR"(CREATE VIRTUAL TABLE issues_fts USING fts5 (title, body,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'))"_s,
            // Titles weigh more than bodies in the ranking.
            u"INSERT INTO issues_fts (issues_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)')"_s,
            uR"(CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL) WITHOUT ROWID)"_s,
        },
        // 2: a smaller store. The full-text index without its copy of every document
        // (contentless: the words' positions only; snippets come from issues.document), filled
        // from the old table's copy, so the index holds exactly what it held (see SearchIndex);
        // and revisions that do not copy the issue's current text and are compressed.
        {
            u"ALTER TABLE issues_fts RENAME TO issues_fts_1"_s,
            uR"(CREATE VIRTUAL TABLE issues_fts USING fts5 (title, body, content = '',
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'))"_s,
            u"INSERT INTO issues_fts (issues_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)')"_s,
            // Merge the index's segments 8 at a time instead of 4: a save of a 10 KB issue
            // writes 66 pages instead of 87 (the merging is most of them), for a search that
            // looks into a few more segments. Imports merge 4 at a time (Store::setBulkWriting).
            u"INSERT INTO issues_fts (issues_fts, rank) VALUES ('automerge', 8)"_s,
            uR"(INSERT INTO issues_fts (rowid, title, body)
                SELECT rowid, title, body FROM issues_fts_1)"_s,
            u"DROP TABLE issues_fts_1"_s,
            // A revision's text: `is_current`, the issue's own text (the newest revision);
            // else `compressed` (qCompress, zlib) when set; else `document` (older stores).
            u"ALTER TABLE revisions ADD COLUMN compressed BLOB"_s,
            u"ALTER TABLE revisions ADD COLUMN is_current INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 3: what the checks and the next issue's plan read of the archive (issue 15, finding
        // 6): for each issue whose front matter can be read, its date's day as written and its
        // section headings (OutlineIndex), so they never parse the archive's documents. Filled
        // for the issues already there by fillOutlines() in the same transaction.
        {
            uR"(CREATE TABLE issue_outlines (
                issue_id INTEGER PRIMARY KEY REFERENCES issues (id) ON DELETE CASCADE,
                day INTEGER,
                sections TEXT NOT NULL))"_s,
        },
        // 4: the link checker's memory (issue 20, LinkCheckCache): the last check of each
        // normalised URL, with its time and outcome.
        {
            uR"(CREATE TABLE link_checks (
                normalized TEXT PRIMARY KEY,
                url TEXT NOT NULL,
                checked INTEGER NOT NULL,
                status TEXT NOT NULL,
                http_status INTEGER NOT NULL DEFAULT 0,
                final_url TEXT NOT NULL DEFAULT '',
                redirects INTEGER NOT NULL DEFAULT 0,
                https_twin INTEGER NOT NULL DEFAULT 0,
                detail TEXT NOT NULL DEFAULT '') WITHOUT ROWID)"_s,
        },
        // 5: the test emails sent of each issue (issue 21), which its history lists.
        {
            uR"(CREATE TABLE test_sends (
                id INTEGER PRIMARY KEY,
                issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
                time INTEGER NOT NULL,
                server TEXT NOT NULL,
                recipients TEXT NOT NULL,
                subject TEXT NOT NULL,
                size INTEGER NOT NULL))"_s,
            u"CREATE INDEX test_sends_issue ON test_sends (issue_id, id)"_s,
        },
        // 6: the link inbox (issue 18): links collected during the week, one item per link
        // (`normalized`, see normalizeUrl), until they are used in an issue or dismissed.
        // `used_number` keeps the issue's number should the issue itself go.
        {
            uR"(CREATE TABLE inbox (
                id INTEGER PRIMARY KEY,
                url TEXT NOT NULL,
                normalized TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL DEFAULT '',
                description TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                section TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL CHECK (source IN ('typed', 'pasted', 'dropped', 'feed',
                    'bookmarks', 'command-line')),
                added INTEGER NOT NULL,
                state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'used', 'dismissed')),
                changed INTEGER NOT NULL,
                used_issue_id INTEGER REFERENCES issues (id) ON DELETE SET NULL,
                used_number INTEGER,
                fetched INTEGER,
                fetch_error TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE INDEX inbox_state ON inbox (state, added, id)"_s,
        },
        // 7: spelling (issue 19, SpellingVocabulary): the personal dictionary per dictionary
        // ("en_US"), and the archive's vocabulary: each word (lower case) with the number of sent
        // issues using it, per dictionary (known from SpellingVocabulary::archiveThreshold on,
        // which the partial index finds); `language` '' holds the issues without `lang:` in
        // their front matter (the newsletter's own language, a setting the store does not
        // read). Filled for the archive already there by SpellingVocabulary::rebuild() in the
        // same transaction.
        {
            uR"(CREATE TABLE spelling_personal (
                language TEXT NOT NULL,
                word TEXT NOT NULL,
                added INTEGER NOT NULL,
                PRIMARY KEY (language, word)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE spelling_vocabulary (
                language TEXT NOT NULL,
                word TEXT NOT NULL,
                issues INTEGER NOT NULL,
                PRIMARY KEY (language, word)) WITHOUT ROWID)"_s,
            uR"(CREATE INDEX spelling_known ON spelling_vocabulary (language, word)
                WHERE issues >= 3)"_s,
        },
        // 8: PostgreSQL's search as a word table read by index (issue 23, PgSearch::stepSql);
        // FTS5 already is one, so nothing changes on SQLite.
        {},
        // 9: PostgreSQL's word rows also in the order of their bm25 term, so that a search reads
        // the best first and stops early (PgTopRanking::stepSql); nothing on SQLite.
        {},
        // 10: each of PostgreSQL's search words with its count of issues, kept by every write,
        // so that a search does not count them (PgSearch::countsStepSql); FTS5 keeps its own.
        {},
        // 11: PostgreSQL's search rows no longer list their words' ids (PgSearch::wordIdsStepSql);
        // nothing on SQLite.
        {},
    };
    return s;
}

namespace {

// Step 3's data for the issues written before it, trashed ones included (they may come back),
// read from their documents as a save would (SQL cannot parse Markdown). Once, in the step's
// transaction.
Status fillOutlines(StoreDatabase &db, const QString &what)
{
    auto q = db.run(u"SELECT id, document FROM issues"_s, {}, what);
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> issues;
    while ((*q)->next())
        issues.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString()});
    StoreDatabase::done(**q);
    OutlineIndex outlines(db);
    for (const auto &[id, document] : std::as_const(issues)) {
        if (Status s = outlines.replace(id, readIssueFacts(document)); !s)
            return s;
    }
    return Done {};
}

Result<int> readVersion(StoreDatabase &db, const QString &what)
{
    return db.engine().schemaVersion(db, what);
}
} // namespace

int currentVersion()
{
    return int(sqliteSteps().size());
}

Result<int> check(StoreDatabase &db)
{
    const QString what = StoreschemaTr::tr("Opening the store");
    auto version = readVersion(db, what);
    if (!version)
        return version;
    if (*version > currentVersion()) {
        return Error {
            db.path(), 0,
            StoreschemaTr::tr("This store was written by a newer version of Galley (schema %1; "
                              "this version understands up to %2). It was not changed; update "
                              "Galley to open it.")
                .arg(*version)
                .arg(currentVersion()),
            Error::NewerSchema};
    }
    if (*version == 0) {
        // Version 0 is a new, empty store; anything else without a version is somebody else's.
        auto empty = db.engine().isEmpty(db, what);
        if (!empty)
            return empty.error();
        if (!*empty)
            return Error {db.path(), 0, db.engine().foreignDatabaseMessage(), Error::Corrupt};
    }
    return version;
}

Status migrate(StoreDatabase &db)
{
    const QString what = StoreschemaTr::tr("Upgrading the store");
    StoreEngine &engine = db.engine();
    // An engine that starts new stores at a baseline (PostgreSQL: today's schema in one step)
    // never replays the steps before it.
    if (const int baseline = engine.baselineVersion(); baseline > 0) {
        auto before = readVersion(db, what);
        if (!before)
            return before.error();
        if (*before == 0) {
            StoreTransaction tx(db, what);
            if (!tx.status().ok())
                return tx.status();
            auto now = readVersion(db, what);
            if (!now)
                return now.error();
            if (*now == 0) {
                for (const QString &sql : engine.baselineSql()) {
                    if (Status s = db.execute(sql, what); !s)
                        return s;
                }
                if (Status s = engine.setSchemaVersion(db, baseline, what); !s)
                    return s;
            }
            if (Status s = tx.commit(); !s)
                return s;
        }
    }
    for (int target = engine.baselineVersion() + 1; target <= currentVersion(); ++target) {
        auto before = readVersion(db, what);
        if (!before)
            return before.error();
        if (*before >= target)
            continue;
        StoreTransaction tx(db, what);
        if (!tx.status().ok())
            return tx.status();
        auto now = readVersion(db, what); // another process may have migrated meanwhile
        if (!now)
            return now.error();
        if (*now >= target)
            continue;
        for (const QString &sql : engine.stepSql(target)) {
            Status s = db.execute(sql, what);
            if (!s)
                return s;
        }
        if (target == 3) {
            if (Status s = fillOutlines(db, what); !s)
                return s;
        }
        if (target == SpellingVocabulary::schemaStep) {
            if (Status s = SpellingVocabulary(db).rebuild(); !s)
                return s;
        }
        Status s = engine.setSchemaVersion(db, target, what);
        if (!s)
            return s;
        s = tx.commit();
        if (!s)
            return s;
    }
    return Done {};
}

} // namespace galley::StoreSchema
