#include "pgsearch.h"

#include "pgcopy.h"
#include "pglibpq.h"
#include "pgsearchindexes.h"
#include "pgtopranking.h"
#include "store/bm25.h"
#include "store/ftsquery.h"
#include "store/searchsnippet.h"
#include "store/storedatabase.h"
#include "store/storerows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PgSearchTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

struct PgRanked
{
    qint64 id = 0;
    double score = 0;
};

// Equal scores: the newer issue (higher id) first, as FtsRanker orders them.
bool pgRankedBefore(const PgRanked &a, const PgRanked &b)
{
    return a.score > b.score || (a.score == b.score && a.id > b.id);
}

// bm25::idf(), with an archive count that is not below the matches (it never is, unless the
// totals row was changed by hand): the same floor as in the SQL below, never a NaN.
double termIdf(qint64 rows, qint64 matching)
{
    return matching >= rows ? 1e-6 : bm25::idf(rows, matching);
}

// Exact SQL spellings of bm25.h's constants: float8 literals are read by strtod, so the
// server's arithmetic is the same doubles as the C++ one.
const QString k1Sql = u"1.2::float8"_s;
const QString bSql = u"0.75::float8"_s;

// One word of a query: its tokens, the term ids of each (several for a prefix), and whether the
// last token is a prefix.
struct QueryWord
{
    QStringList tokens;
    bool prefix = false;
    std::vector<QStringList> ids; // per token, as decimal text
};

QString joined(const QStringList &ids)
{
    return ids.join(u',');
}

// A phrase's occurrences in a column's searchWords() text padded with a space on both sides:
// each space followed by the tokens, overlapping ones counted as FTS5 counts them (the
// lookahead consumes only the space). Tokens are letters and digits, never regex syntax.
QString phrasePattern(const QueryWord &w)
{
    return u" (?="_s + w.tokens.join(u' ') + (w.prefix ? QString() : u" "_s) + u')';
}

// The statements of one search see one snapshot of the archive: a pruned ranking reads each
// word's rows in rounds, and a teammate's commit between two of them would mix two archives (an
// issue scored from old rows, the bound from new ones). Outside a transaction only; inside one
// (an import's batch) that transaction's own snapshot holds. Read-only, so it takes no lock
// and waits for no writer.
class SearchSnapshot
{
public:
    explicit SearchSnapshot(StoreDatabase &db)
        : m_db(db)
    {
        if (db.transactionDepth() == 0)
            m_open = QSqlQuery(db.database())
                         .exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    }
    ~SearchSnapshot()
    {
        if (m_open)
            QSqlQuery(m_db.database()).exec(u"COMMIT"_s);
    }
    SearchSnapshot(const SearchSnapshot &) = delete;
    SearchSnapshot &operator=(const SearchSnapshot &) = delete;

private:
    StoreDatabase &m_db;
    bool m_open = false;
};

// Every match scored by the server, the best `limit` returned (any query, phrases included).
// `withoutKey`: the rows' key is missing, and every read of a word's rows reads the whole table.
Result<std::vector<PgRanked>> rankExhaustive(StoreDatabase &db, const std::vector<QueryWord> &words,
                                             int limit, bool withoutKey);
// The ranked issues as hits with snippets.
Result<QList<SearchHit>> hitsFor(StoreDatabase &db, const std::vector<PgRanked> &ranked,
                                 const QList<SearchTerm> &typed);

// More words than this (a short prefix of a large vocabulary): the bound of a word, the sum of
// its words' bounds, is too loose to stop early, and scoring every match is quicker.
constexpr size_t maxPrunedTerms = 16;

} // namespace

QStringList PgSearch::baselineSql()
{
    // Schema version 7's search tables, as the first PostgreSQL release made them; step 8
    // (stepSql()) turns them into today's. The text's words start with `-0`, a lexeme no phrase
    // could contain, so that a phrase never ran from the title into the text.
    return {
        uR"(CREATE TABLE issue_search (
              issue_id bigint PRIMARY KEY REFERENCES issues (id) ON DELETE CASCADE,
              title_words text NOT NULL, body_words text NOT NULL, words integer NOT NULL,
              tsv tsvector GENERATED ALWAYS AS (
                  setweight(to_tsvector('simple', title_words), 'A')
                  || setweight(to_tsvector('simple', '-0 ' || body_words), 'D')) STORED))"_s,
        u"CREATE INDEX issue_search_tsv ON issue_search USING gin (tsv)"_s,
        uR"(CREATE TABLE issue_search_totals (
              one boolean PRIMARY KEY DEFAULT true CHECK (one),
              issues bigint NOT NULL, words bigint NOT NULL))"_s,
        u"INSERT INTO issue_search_totals (issues, words) VALUES (0, 0)"_s,
    };
}

QStringList PgSearch::stepSql()
{
    return {
        // Every word once; COLLATE "C" so that a prefix is a byte range of the index.
        uR"(CREATE TABLE search_terms (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              word text COLLATE "C" NOT NULL UNIQUE))"_s,
        // Per word and issue: f (a title occurrence counts five) and the issue's length, all in
        // the key's index, so that a search reads the index alone (index-only scan).
        uR"(CREATE TABLE issue_terms (
              term_id bigint NOT NULL, issue_id bigint NOT NULL,
              f integer NOT NULL, len integer NOT NULL,
              PRIMARY KEY (term_id, issue_id) INCLUDE (f, len)))"_s,
        u"ALTER TABLE issue_search ADD COLUMN term_ids bigint[] NOT NULL DEFAULT '{}'"_s,
        // An import spent a sixth of the server's time in pglz compressing text. The words are
        // read only for phrases: stored as they are. The documents: lz4 where the server has it
        // (new values only; ten times faster than pglz), pglz as before where it has not.
        u"ALTER TABLE issue_search ALTER COLUMN title_words SET STORAGE EXTERNAL, "
        "ALTER COLUMN body_words SET STORAGE EXTERNAL"_s,
        uR"(DO $$ BEGIN
              ALTER TABLE issues ALTER COLUMN document SET COMPRESSION lz4;
              ALTER TABLE revisions ALTER COLUMN document SET COMPRESSION lz4;
            EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL;
            END $$)"_s,
        u"DROP INDEX issue_search_tsv"_s,
        u"ALTER TABLE issue_search DROP COLUMN tsv"_s,
        // The archive already indexed, from its words.
        uR"(INSERT INTO search_terms (word)
              SELECT DISTINCT w FROM issue_search s,
                  unnest(string_to_array(s.title_words || ' ' || s.body_words, ' ')) w
              WHERE w <> '' ORDER BY w)"_s,
        uR"(INSERT INTO issue_terms (term_id, issue_id, f, len)
              SELECT t.id, x.issue_id, sum(x.weight), min(x.len) FROM (
                  SELECT s.issue_id, s.words AS len, w, 5 AS weight
                  FROM issue_search s, unnest(string_to_array(s.title_words, ' ')) w
                  UNION ALL
                  SELECT s.issue_id, s.words, w, 1
                  FROM issue_search s, unnest(string_to_array(s.body_words, ' ')) w) x
              JOIN search_terms t ON t.word = x.w
              GROUP BY t.id, x.issue_id)"_s,
        uR"(UPDATE issue_search s SET term_ids = a.ids
              FROM (SELECT issue_id, array_agg(term_id) AS ids FROM issue_terms
                    GROUP BY issue_id) a
              WHERE a.issue_id = s.issue_id)"_s,
    };
}

QStringList PgSearch::wordIdsStepSql()
{
    // IF EXISTS: a store taken back to an earlier step by hand (tst_pgstore) runs it again.
    return {u"ALTER TABLE issue_search DROP COLUMN IF EXISTS term_ids"_s};
}

QStringList PgSearch::countsStepSql()
{
    // Room on each page for the counts' new versions, which a batch writes for a thousand
    // words at once: updated in place (HOT), not as new entries in both of the table's indexes.
    // The fillfactor first: the UPDATE writes every row again, onto pages that keep the room.
    return {
        u"ALTER TABLE search_terms ADD COLUMN issues integer NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE search_terms SET (fillfactor = 70)"_s,
        uR"(UPDATE search_terms t SET issues = c.n
              FROM (SELECT term_id, count(*)::integer AS n FROM issue_terms GROUP BY term_id) c
              WHERE c.term_id = t.id)"_s,
    };
}

CountedSearchTerms PgSearch::countTerms(const QString &title, const QString &text)
{
    CountedSearchTerms counted;
    counted.title = title;
    counted.text = text;
    counted.titleWords = searchWords(title);
    counted.bodyWords = searchWords(text);
    // f per word, counted here: the server only stores it.
    QHash<QString, int> f;
    for (const auto &[column, weight] :
         {std::pair {&counted.titleWords, 5}, std::pair {&counted.bodyWords, 1}}) {
        for (const QStringView token : QStringView(*column).split(u' ', Qt::SkipEmptyParts)) {
            f[token.toString()] += weight;
            ++counted.words;
        }
    }
    PgTopRanking::addPrefixTerms(f);
    counted.f.reserve(f.size());
    for (auto it = f.cbegin(); it != f.cend(); ++it)
        counted.f.append({it.key(), it.value()});
    return counted;
}

Status PgSearch::insert(qint64 issueId, const IssueFacts &facts)
{
    // Counted by an import's worker thread when it could, from these very words.
    const CountedSearchTerms *counted = facts.countedTerms.get();
    CountedSearchTerms countedHere;
    if (!counted || counted->title != facts.title || counted->text != facts.searchText) {
        countedHere = countTerms(facts.title, facts.searchText);
        counted = &countedHere;
    }
    m_pending.issueIds.push_back(issueId);
    m_pending.lengths.push_back(counted->words);
    m_pending.titles << u'.' + counted->titleWords;
    m_pending.bodies << u'.' + counted->bodyWords;
    const int issue = int(m_pending.issueIds.size() - 1);
    for (const auto &[term, f] : counted->f) {
        int &number = m_pending.wordNumbers[term];
        if (number == 0) {
            m_pending.words << term;
            m_pending.issuesPerWord.push_back(0);
            number = int(m_pending.words.size());
        }
        ++m_pending.issuesPerWord[size_t(number - 1)];
        m_pending.rows.push_back({number - 1, f, issue});
    }
    m_pending.totalWords += counted->words;
    // An import's batch: written before its commit, or once this many rows wait (memory).
    if (m_db.withoutSavepoints() && m_pending.rows.size() < 200000)
        return Done {};
    return flush();
}

namespace {

// The parts of a flush's SQL, shared by its two ways (PgSearch::flush).
//
// The words (parameters: the words separated by spaces, and each one's count of the batch's
// issues as an integer array): the new ones added, each word's count of issues raised by the
// batch's, and `ids`, every word's id in the order given. A word is added only when missing, so
// that no identity value is spent on a conflict; writers take turns (PgEngine's lock), so no other
// one adds the same word meanwhile. The UPDATE sees the words there before the statement, not the
// ones it adds, which come in with the batch's count. Words are letters and digits
// (searchWords()), so spaces separate them safely.
const QString wordsSql = uR"(d AS (SELECT word, c, n FROM unnest(string_to_array(?::text, ' '),
                                  ?::integer[]) WITH ORDINALITY AS u (word, c, n)),
             added AS (INSERT INTO search_terms (word, issues)
                       SELECT d.word, d.c FROM d
                       WHERE NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.word = d.word)
                       ORDER BY d.word ON CONFLICT DO NOTHING RETURNING id, word),
             counted AS (UPDATE search_terms t SET issues = t.issues + d.c FROM d
                         WHERE t.word = d.word),
             ids AS (SELECT array_agg(x.id ORDER BY d.n) AS a
                     FROM d JOIN (SELECT id, word FROM added
                                  UNION ALL SELECT t.id, t.word FROM search_terms t
                                  JOIN d ON t.word = d.word) x ON x.word = d.word))"_s;

// Each issue's row (parameters: the ids and lengths separated by commas, the titles' and texts'
// words separated by newlines) and the totals (the issues and words added). The words of a title
// or text are separated by spaces, so newlines separate those, each with a '.' in front so that
// an empty one is an element too (string_to_array('', ...) is empty).
const QString issuesSql = uR"(row AS (INSERT INTO issue_search (issue_id, words, title_words,
                                                    body_words)
                     SELECT issue_id, len, substr(title_words, 2), substr(body_words, 2)
                     FROM unnest(string_to_array(?::text, ',')::bigint[],
                                 string_to_array(?::text, ',')::integer[],
                                 string_to_array(?::text, E'\n'),
                                 string_to_array(?::text, E'\n'))
                          AS u (issue_id, len, title_words, body_words))
        UPDATE issue_search_totals SET issues = issues + ?::bigint, words = words + ?::bigint)"_s;

// From this many (word, issue) rows on (a few issues' worth), they go by COPY: three round trips
// more than one statement, but the server reads a batch's 54,000 rows several times faster.
constexpr size_t copyFromRows = 2000;

template<typename Numbers> QString numbers(const Numbers &values)
{
    QString out;
    for (qint64 v : values) {
        if (!out.isEmpty())
            out += u',';
        out += QString::number(v);
    }
    return out;
}

QVariantList wordValues(const PgPendingIndex &batch)
{
    return {batch.words.join(u' '), QString(u'{' + numbers(batch.issuesPerWord) + u'}')};
}

QVariantList issueValues(const PgPendingIndex &batch)
{
    return {numbers(batch.issueIds),  numbers(batch.lengths),        batch.titles.join(u'\n'),
            batch.bodies.join(u'\n'), qint64(batch.issueIds.size()), batch.totalWords};
}

// A save's few rows: everything in one statement, one round trip. Each row goes as the number
// of its word and of its issue in the batch (arrays of small integers, which the server reads
// quickly), looked up in `ids` and the batch's issues; the rows go into the index in key order
// (a sort in memory: see PgEngine::beginWriteSql).
Status flushInOneStatement(StoreDatabase &db, const PgPendingIndex &batch, const QString &what)
{
    std::vector<int> rowWords, rowCounts, rowIssues;
    rowWords.reserve(batch.rows.size());
    rowCounts.reserve(batch.rows.size());
    rowIssues.reserve(batch.rows.size());
    for (const PgPendingIndex::Row &r : batch.rows) {
        rowWords.push_back(r.word + 1);
        rowCounts.push_back(r.f);
        rowIssues.push_back(r.issue + 1);
    }
    // In the statement's order: the words, the batch's ids and lengths, the rows, the issues.
    const QVariantList issues = issueValues(batch);
    const QVariantList values = wordValues(batch) + issues.mid(0, 2)
        + QVariantList {QString(u'{' + numbers(rowWords) + u'}'),
                        QString(u'{' + numbers(rowCounts) + u'}'),
                        QString(u'{' + numbers(rowIssues) + u'}')}
        + issues;
    auto q = db.runWithList(u"WITH "_s + wordsSql + uR"(,
             batch AS (SELECT string_to_array(?::text, ',')::bigint[] AS issue,
                              string_to_array(?::text, ',')::integer[] AS len),
             terms AS (INSERT INTO issue_terms (term_id, issue_id, f, len)
                       SELECT (SELECT a FROM ids)[u.k], b.issue[u.p], u.f, b.len[u.p]
                       FROM unnest(?::integer[], ?::integer[], ?::integer[]) AS u (k, f, p),
                            batch b
                       ORDER BY 1, 2), )"_s
                                + issuesSql,
                            values, what);
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

// An import's batch: the words first, for their ids; then the rows by COPY, put in the key's
// order here (so that they go into the index one range after the other, and the server neither
// looks anything up nor sorts); then the issues' rows.
Status flushByCopy(StoreDatabase &db, PgPendingIndex &batch, const QString &what)
{
    auto ids = db.runWithList(u"WITH "_s + wordsSql
                                  + u" SELECT array_to_string((SELECT a FROM ids), ',')"_s,
                              wordValues(batch), what);
    if (!ids)
        return ids.error();
    const QString idList = (*ids)->next() ? (*ids)->value(0).toString() : QString();
    StoreDatabase::done(**ids);
    std::vector<qint64> termIds;
    termIds.reserve(size_t(batch.words.size()));
    for (const QStringView id : QStringView(idList).split(u',', Qt::SkipEmptyParts))
        termIds.push_back(id.toLongLong());
    if (termIds.size() != size_t(batch.words.size()))
        return Error {{},
                      0,
                      what + u": "_s
                          + PgSearchTr::tr("the server gave %1 word ids for %2 words.")
                                .arg(termIds.size())
                                .arg(batch.words.size())};

    std::sort(batch.rows.begin(), batch.rows.end(), [&](const auto &a, const auto &b) {
        const qint64 ta = termIds[size_t(a.word)], tb = termIds[size_t(b.word)];
        return ta < tb
            || (ta == tb && batch.issueIds[size_t(a.issue)] < batch.issueIds[size_t(b.issue)]);
    });
    QByteArray lines;
    lines.reserve(qsizetype(batch.rows.size()) * 24);
    for (const PgPendingIndex::Row &r : batch.rows) {
        PgCopy::appendNumber(lines, termIds[size_t(r.word)], '\t');
        PgCopy::appendNumber(lines, batch.issueIds[size_t(r.issue)], '\t');
        PgCopy::appendNumber(lines, r.f, '\t');
        PgCopy::appendNumber(lines, batch.lengths[size_t(r.issue)], '\n');
    }
    if (Status s
        = PgCopy::copyRows(db, u"issue_terms"_s, u"term_id, issue_id, f, len"_s, lines, what);
        !s)
        return s;

    auto q = db.runWithList(u"WITH "_s + issuesSql, issueValues(batch), what);
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

} // namespace

Status PgSearch::flush(StoreDatabase &db, PgPendingIndex &pending)
{
    if (pending.isEmpty())
        return Done {};
    const QString what = PgSearchTr::tr("Indexing the issue for search");
    // Taken out first: whatever the statements give, the rows are not written twice (a failed
    // statement ends the transaction, which the caller rolls back).
    PgPendingIndex batch = std::move(pending);
    pending.clear();
    // Without libpq's functions or the driver's connection (never seen: the driver is built on
    // libpq) COPY is not to be had.
    if (batch.rows.size() >= copyFromRows && PgLibpq::get()
        && PgLibpq::connection(db.database().driver()->handle()))
        return flushByCopy(db, batch, what);
    return flushInOneStatement(db, batch, what);
}

Status PgSearch::remove(qint64 issueId, const QString &, const QString &)
{
    // The row knows its words; FTS5 needed them passed in only because it keeps no content.
    return removeStored(issueId);
}

Status PgSearch::removeStored(qint64 issueId)
{
    // The issue's rows may still be waiting to be written.
    if (Status s = flush(); !s)
        return s;
    if (m_keyDeferred) {
        if (Status s = PgSearchIndexes::keyForRemoval(m_db); !s)
            return s;
    }
    const QString what = PgSearchTr::tr("Indexing the issue for search");
    // The row, its (word, issue) rows found through the key (or, while an import has set it
    // aside, in the whole table: PgSearchIndexes), and the totals: one statement. An issue in
    // the trash or never indexed has no row, and nothing changes. The rows' words are
    // the row's words and their prefix terms, as insert() made them: left() and length() count
    // code points, as PgTopRanking::addPrefixTerms() does (schema step `wordIdsStep`: finding
    // them costs a save 2 to 3 ms, where keeping their ids cost an import's batch 50).
    auto q = m_db.run(uR"(WITH gone AS (DELETE FROM issue_search WHERE issue_id = ?::bigint
                          RETURNING title_words, body_words, words),
             ws AS (SELECT DISTINCT x FROM gone,
                        unnest(string_to_array(gone.title_words || ' ' || gone.body_words, ' ')) x
                    WHERE x <> ''),
             keys AS (SELECT x FROM ws
                      UNION SELECT left(x, v.n) || '*' FROM ws, (VALUES (2), (3)) v (n)
                            WHERE length(x) >= v.n),
             terms AS (DELETE FROM issue_terms WHERE issue_id = ?::bigint
                       AND term_id IN (SELECT t.id FROM search_terms t JOIN keys ON t.word = keys.x)
                       RETURNING term_id),
             counted AS (UPDATE search_terms SET issues = issues - 1
                         WHERE id IN (SELECT term_id FROM terms))
        UPDATE issue_search_totals SET issues = issues - (SELECT count(*) FROM gone),
               words = words - coalesce((SELECT sum(words) FROM gone), 0))"_s,
                      {issueId, issueId}, what);
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

Status PgSearch::setMergeWidth(int segments)
{
    // The end of an import or a copy (width 8, see Store::setBulkWriting): thousands of new
    // rows, which a search reads from the index alone only once VACUUM has marked their pages
    // all-visible, and which the planner should know of. VACUUM cannot run in a transaction;
    // inside one, autovacuum does it later.
    if (segments < 8 || m_db.transactionDepth() > 0)
        return Done {};
    return m_db.execute(u"VACUUM (ANALYZE) issue_terms, search_terms, issue_search"_s,
                        PgSearchTr::tr("Indexing the issue for search"));
}

Result<QList<SearchHit>> PgSearch::search(const QString &userQuery, int limit)
{
    const QList<SearchTerm> typed = searchTerms(userQuery);
    if (typed.isEmpty() || limit <= 0)
        return QList<SearchHit> {};
    const QString what = PgSearchTr::tr("Searching");
    // A search in an import's transaction sees the issues it indexed.
    if (Status s = flush(); !s)
        return s.error();
    const SearchSnapshot snapshot(m_db);

    // Each word's tokens and their term ids; a token no issue has makes the AND empty.
    std::vector<QueryWord> words;
    for (const SearchTerm &t : typed) {
        QueryWord w;
        w.tokens = searchWords(t.text).split(u' ', Qt::SkipEmptyParts);
        if (w.tokens.isEmpty())
            continue;
        w.prefix = t.prefix;
        for (qsizetype i = 0; i < w.tokens.size(); ++i) {
            const QString &token = w.tokens.at(i);
            const bool prefix = w.prefix && i == w.tokens.size() - 1;
            // A prefix of two or three letters is a term of its own; every longer one's words
            // sort between it and it followed by the highest code point (COLLATE "C" compares
            // code points), less the prefix terms (ending in `*`).
            const QString prefixTerm = prefix ? PgTopRanking::prefixTerm(token) : QString();
            const bool range = prefix && prefixTerm.isEmpty();
            const QString sql = range
                ? u"SELECT id FROM search_terms WHERE word >= ?::text AND word < ?::text "
                  "AND right(word, 1) <> '*' ORDER BY word"_s
                : u"SELECT id FROM search_terms WHERE word = ?::text"_s;
            const QVariantList bounds = range
                ? QVariantList {token, QString(token + QString::fromUcs4(U"\U0010FFFF"))}
                : QVariantList {prefix ? prefixTerm : token};
            auto q = m_db.runWithList(sql, bounds, what);
            if (!q)
                return q.error();
            QStringList ids;
            while ((*q)->next())
                ids << (*q)->value(0).toString();
            StoreDatabase::done(**q);
            if (ids.isEmpty())
                return QList<SearchHit> {};
            w.ids.push_back(ids);
        }
        words.push_back(w);
    }
    if (words.empty())
        return QList<SearchHit> {};

    // Words of single tokens (a prefix's few words included) go through the impact index, which
    // reads the best rows first and stops once no other issue can enter (PgTopRanking); phrases
    // and prefixes of many words are scored in full below. GALLEY_PG_SEARCH_EXHAUSTIVE=1 scores
    // everything in full, for the tests that compare the two.
    std::vector<std::vector<qint64>> termIds;
    size_t termCount = 0;
    for (const QueryWord &w : words) {
        if (w.tokens.size() != 1)
            break;
        std::vector<qint64> ids;
        for (const QString &id : w.ids[0])
            ids.push_back(id.toLongLong());
        termCount += ids.size();
        termIds.push_back(std::move(ids));
    }
    std::vector<PgRanked> ranked;
    bool pruned = false;
    // Without the key (an import set it aside, PgSearchIndexes) every read of a word's rows reads
    // the whole table: once for each word in full, rather than once for each of the ranking's
    // rounds (seconds at 10,000 issues).
    auto keyMissing = PgSearchIndexes::isMissing(m_db, m_schema, PgSearchIndexes::Index::Key, what);
    if (!keyMissing)
        return keyMissing.error();
    const bool pruning = termIds.size() == words.size() && termCount <= maxPrunedTerms
        && !*keyMissing && qEnvironmentVariableIntValue("GALLEY_PG_SEARCH_EXHAUSTIVE") == 0;
    if (pruning) {
        auto top = PgTopRanking::rank(m_db, termIds, limit);
        if (!top)
            return top.error();
        if (top->has_value()) {
            for (const PgTopRanking::Hit &h : **top)
                ranked.push_back({h.id, h.score});
            pruned = true;
        }
    }
    if (!pruned) {
        auto all = rankExhaustive(m_db, words, limit, *keyMissing);
        if (!all)
            return all.error();
        ranked = std::move(*all);
    }
    return hitsFor(m_db, ranked, typed);
}

namespace {

Result<std::vector<PgRanked>> rankExhaustive(StoreDatabase &db, const std::vector<QueryWord> &words,
                                             int limit, bool withoutKey)
{
    const QString what = PgSearchTr::tr("Searching");
    // Each word's matches with f and the issue's length (t1, t2, ...), their counts for the
    // idf, and bm25 computed by the server in bm25.h's order of operations: only the best
    // `limit` travel here.
    const size_t n = words.size();
    QVariantList values;
    QStringList ctes;
    for (size_t i = 0; i < n; ++i) {
        const QueryWord &w = words[i];
        const QString name = u"t%1"_s.arg(i + 1);
        if (w.tokens.size() == 1 && w.ids[0].size() == 1) {
            ctes << name
                    + u" AS (SELECT issue_id, f, len FROM issue_terms WHERE term_id = ?::bigint)"_s;
            values << w.ids[0].first().toLongLong();
        } else if (w.tokens.size() == 1 && withoutKey) {
            // Without the key, one read of the table for all the prefix's words.
            ctes << name
                    + u" AS (SELECT issue_id, sum(f) AS f, min(len) AS len FROM issue_terms "
                      "WHERE term_id = ANY (string_to_array(?::text, ',')::bigint[]) "
                      "GROUP BY issue_id)"_s;
            values << joined(w.ids[0]);
        } else if (w.tokens.size() == 1) {
            ctes << name
                    // One index range per word of the prefix: with ANY the planner reads
                    // the table through a bitmap instead of the index alone.
                    + u" AS (SELECT x.issue_id, sum(x.f) AS f, min(x.len) AS len FROM "
                      "unnest(string_to_array(?::text, ',')::bigint[]) AS k (id), LATERAL "
                      "(SELECT issue_id, f, len FROM issue_terms WHERE term_id = k.id) x "
                      "GROUP BY x.issue_id)"_s;
            values << joined(w.ids[0]);
        } else {
            // A phrase: the issues with all its tokens, then its occurrences counted in their
            // words (rare: only a word like `foo-bar` is one).
            values << phrasePattern(w) << phrasePattern(w);
            QStringList having;
            for (const QStringList &ids : w.ids) {
                having << u"SELECT issue_id FROM issue_terms WHERE term_id = ANY "
                          "(string_to_array(?::text, ',')::bigint[])"_s;
                values << joined(ids);
            }
            ctes << name
                    + u" AS (SELECT * FROM (SELECT s.issue_id, 5 * regexp_count(' ' || "
                      "s.title_words || ' ', ?::text) + regexp_count(' ' || s.body_words || ' ', "
                      "?::text) AS f, s.words AS len FROM issue_search s WHERE s.issue_id IN ("_s
                    + having.join(u" INTERSECT "_s) + u")) p WHERE f > 0)"_s;
        }
    }
    QStringList counts;
    QStringList idfs;
    QStringList scores;
    const QString lengthFactor = k1Sql + u" * ((1::float8 - "_s + bSql + u") + ((" + bSql
        + u" * t1.len::float8) / c.avg))";
    for (size_t i = 1; i <= n; ++i) {
        counts << u"(SELECT count(*) FROM t%1) AS n%1"_s.arg(i);
        idfs << u"CASE WHEN x.n%1 >= x.issues THEN 1e-6::float8 ELSE (SELECT CASE WHEN l <= 0 "
                "THEN 1e-6::float8 ELSE l END FROM ln(((x.issues - x.n%1)::float8 + 0.5::float8) "
                "/ (x.n%1::float8 + 0.5::float8)) AS l) END AS idf%1"_s.arg(i);
        scores << u"c.idf%1 * ((t%1.f::float8 * (%2 + 1.0::float8)) / (t%1.f::float8 + %3))"_s.arg(
            QString::number(i), k1Sql, lengthFactor);
    }
    QString sql = u"WITH "_s + ctes.join(u", "_s) + u", c AS MATERIALIZED (SELECT x.*, "_s
        + idfs.join(u", "_s)
        + u" FROM (SELECT t.issues, t.words, CASE WHEN t.issues > 0 THEN t.words::float8 / "
          "t.issues::float8 ELSE 1::float8 END AS avg, "_s
        + counts.join(u", "_s)
        + u" FROM issue_search_totals t) x) SELECT t1.issue_id, t1.len, c.issues, c.words"_s;
    for (size_t i = 1; i <= n; ++i)
        sql += u", t%1.f, c.n%1"_s.arg(i);
    sql += u" FROM t1"_s;
    for (size_t i = 2; i <= n; ++i)
        sql += u" JOIN t%1 ON t%1.issue_id = t1.issue_id"_s.arg(i);
    sql += u" CROSS JOIN c ORDER BY ("_s + scores.join(u") + ("_s)
        + u") DESC, t1.issue_id DESC LIMIT ?::integer"_s;
    values << limit;

    std::vector<PgRanked> ranked;
    {
        auto q = db.runWithList(sql, values, what);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        std::vector<double> f(n);
        std::vector<double> idf(n);
        while (r.next()) {
            const qint64 rows = r.value(2).toLongLong();
            const qint64 total = r.value(3).toLongLong();
            const double averageLength = rows > 0 ? double(total) / double(rows) : 1.0;
            for (size_t i = 0; i < n; ++i) {
                f[i] = r.value(int(4 + 2 * i)).toDouble();
                idf[i] = termIdf(rows, r.value(int(5 + 2 * i)).toLongLong());
            }
            ranked.push_back(
                {r.value(0).toLongLong(),
                 bm25::score(f.data(), idf.data(), n, r.value(1).toDouble(), averageLength)});
        }
        StoreDatabase::done(r);
    }
    // The server ordered them by the same doubles; sorting again only makes sure of it.
    std::stable_sort(ranked.begin(), ranked.end(), pgRankedBefore);
    return ranked;
}

Result<QList<SearchHit>> hitsFor(StoreDatabase &db, const std::vector<PgRanked> &ranked,
                                 const QList<SearchTerm> &typed)
{
    const QString what = PgSearchTr::tr("Searching");
    if (ranked.empty())
        return QList<SearchHit> {};

    // The hits' issues in one statement; snippets from their documents, as on SQLite.
    QStringList idList;
    for (const PgRanked &h : ranked)
        idList << QString::number(h.id);
    QHash<qint64, SearchHit> byId;
    {
        auto q = db.run(u"SELECT id, number, title, date, status, document FROM issues "
                        "WHERE id = ANY (string_to_array(?, ',')::bigint[])"_s,
                        {idList.join(u',')}, what);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        while (r.next()) {
            SearchHit h;
            storerows::readIssueRef(r, &h);
            h.snippet = searchSnippet(searchSnippetSource(r.value(5).toString()), typed);
            byId.insert(h.issueId, h);
        }
        StoreDatabase::done(r);
    }
    QList<SearchHit> hits;
    hits.reserve(qsizetype(ranked.size()));
    for (const PgRanked &h : ranked) {
        auto it = byId.find(h.id);
        if (it == byId.end())
            continue;
        it->rank = -h.score;
        hits.append(*it);
    }
    return hits;
}

} // namespace

} // namespace galley
