#include "ftsranker.h"

#include "bm25.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <climits>
#include <cmath>
#include <cstring>

namespace galley {

namespace {

using bm25::titleWeight;

bool worse(const FtsRanker::Hit &a, const FtsRanker::Hit &b)
{
    // Equal scores: the newer issue (higher id) wins.
    return a.score < b.score || (a.score == b.score && a.rowid < b.rowid);
}

struct PhraseCount
{
    sqlite3_int64 rows = 0; // in the index
    sqlite3_int64 matching = 0;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *data)
{
    auto *count = static_cast<PhraseCount *>(data);
    ++count->matching;
    // Past half of the rows the idf is at its floor whatever the rest holds: stop counting.
    return 2 * count->matching > count->rows ? SQLITE_DONE : SQLITE_OK;
}

// The f of a word in the current row through FTS5's iterator: a function call per occurrence.
double countedByApi(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase)
{
    Fts5PhraseIter it;
    int column = -1;
    int offset = -1;
    double f = 0;
    if (api->xPhraseFirst(fts, phrase, &it, &column, &offset) != SQLITE_OK)
        return 0;
    while (column >= 0) {
        f += column == 0 ? titleWeight : 1.0;
        api->xPhraseNext(fts, &it, &column, &offset);
    }
    return f;
}

// One varint of a position list (SQLite's encoding: seven bits a byte, high bit set on every
// byte but the last, the ninth byte whole). False when the list ends inside it.
bool readVarint(const unsigned char *&p, const unsigned char *end, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) {
        if (p >= end)
            return false;
        const unsigned char b = *p++;
        v = (v << 7) | (b & 0x7f);
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    if (p >= end)
        return false;
    *value = (v << 8) | *p++;
    return true;
}

// The first byte from `p` that is not a one-byte position (2 to 127): a longer varint (high bit
// set) or the column marker 1. Eight bytes at a time, because a word such as "the*" has hundreds
// of positions in an issue and this loop is most of a search's time.
const unsigned char *skipOneBytePositions(const unsigned char *p, const unsigned char *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 x = 0;
        std::memcpy(&x, p, 8);
        // High bit set, or below 2 (x - 2 borrows into the high bit of a byte that was 0 or 1;
        // a borrow can only mark bytes after the first such byte, never before it).
        const quint64 stop = (x & highs) | ((x - 2 * ones) & ~x & highs);
        if (stop) {
            if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
                return p + std::countr_zero(stop) / 8;
            break; // the byte loop below finds it
        }
        p += 8;
    }
    while (p < end && unsigned(*p) - 2u < 0x7eu)
        ++p;
    return p;
}

// The same f, reading the rest of the position list that xPhraseFirst() leaves between the
// iterator's `a` and `b` (what xPhraseNext() decodes: a position is its distance to the previous
// one plus 2; 1 introduces a new column, followed by the column's number and its first
// position). A common word occurs 200 times in an issue; this is a few instructions per
// occurrence instead of a call into SQLite. Checked against countedByApi() (see count()).
double countedFast(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase)
{
    Fts5PhraseIter it;
    int column = -1;
    int offset = -1;
    if (api->xPhraseFirst(fts, phrase, &it, &column, &offset) != SQLITE_OK || column < 0)
        return 0;
    const unsigned char *p = it.a;
    const unsigned char *const end = it.b;
    qint64 title = 0;
    qint64 body = 0;
    (column == 0 ? title : body) = 1; // the position xPhraseFirst() read
    while (p && p < end) {
        // A run of one-byte positions in the same column (most of them).
        const unsigned char *const start = p;
        p = skipOneBytePositions(p, end);
        (column == 0 ? title : body) += p - start;
        if (p >= end)
            break;
        quint64 v = 0;
        if (!readVarint(p, end, &v))
            break;
        if (v == 1) {
            quint64 c = 0;
            if (!readVarint(p, end, &c) || !readVarint(p, end, &v))
                break;
            column = int(c);
        }
        (column == 0 ? title : body) += 1;
    }
    // What countedByApi() sums one by one (whole numbers: the same double).
    return titleWeight * double(title) + double(body);
}

void galleyRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int,
                sqlite3_value **)
{
    static_cast<FtsRanker *>(api->xUserData(fts))->count(api, fts);
    sqlite3_result_int(context, 1);
}

void galleyIdf(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int,
               sqlite3_value **)
{
    static_cast<FtsRanker *>(api->xUserData(fts))->countIdf(api, fts);
    sqlite3_result_int(context, 1);
}

} // namespace

bool FtsRanker::install(sqlite3 *db)
{
    // The documented way to reach FTS5's C API: SELECT fts5(?) hands out its pointer.
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (!api || api->iVersion < 2)
        return false;
    m_db = db;
    return api->xCreateFunction(api, "galley_rank", this, galleyRank, nullptr) == SQLITE_OK
        && api->xCreateFunction(api, "galley_idf", this, galleyIdf, nullptr) == SQLITE_OK;
}

void FtsRanker::loadLengths()
{
    // Another connection's commit changes the data version; this connection's own writes call
    // lengthsChanged().
    qint64 version = -1;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA data_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    if (m_lengthsLoaded && version == m_dataVersion)
        return;
    m_lengthById.clear();
    m_lengthsLoaded = false;
    // Each row's sizes: one varint per column (title, body), as FTS5 writes them.
    if (sqlite3_prepare_v2(m_db, "SELECT id, sz FROM issues_fts_docsize", -1, &stmt, nullptr)
        != SQLITE_OK) {
        m_lengthsBroken = true;
        return;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt, 0);
        const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(stmt, 1));
        const unsigned char *const end = p + sqlite3_column_bytes(stmt, 1);
        // Issue ids are dense; a store whose ids are not (ids are never reused, but millions
        // of deleted issues would be needed) is ranked through xColumnSize().
        if (id < 0 || id > 16 * 1024 * 1024) {
            m_lengthsBroken = true;
            break;
        }
        qint64 total = 0;
        quint64 v = 0;
        while (p && p < end && readVarint(p, end, &v))
            total += qint64(v);
        if (size_t(id) >= m_lengthById.size())
            m_lengthById.resize(size_t(id) + 1, -1);
        m_lengthById[size_t(id)] = int(std::min<qint64>(total, INT_MAX));
    }
    sqlite3_finalize(stmt);
    m_dataVersion = version;
    m_lengthsLoaded = !m_lengthsBroken;
}

int FtsRanker::length(const Fts5ExtensionApi *api, Fts5Context *fts, qint64 rowid, bool verify)
{
    const bool cached = m_lengthsLoaded && rowid >= 0 && size_t(rowid) < m_lengthById.size()
        && m_lengthById[size_t(rowid)] >= 0;
    if (cached && !verify)
        return m_lengthById[size_t(rowid)];
    int byApi = 0;
    api->xColumnSize(fts, -1, &byApi);
    if (cached && byApi != m_lengthById[size_t(rowid)]) {
        // Out of date after all: FTS5's own sizes for the rest of this query, read again for
        // the next one.
        ++m_mismatches;
        m_lengthsLoaded = m_verifyEveryRow;
    }
    return byApi;
}

void FtsRanker::start(int limit)
{
    if (m_db && !m_lengthsBroken)
        loadLengths();
    m_limit = std::max(0, limit);
    m_heap.clear();
    m_heap.reserve(size_t(m_limit) + 1);
    m_phrases = -1;
    m_rows = 0;
    m_averageLength = 1.0;
    m_rowids.clear();
    m_lengths.clear();
    m_counts.clear();
    m_idf.clear();
}

void FtsRanker::count(const Fts5ExtensionApi *api, Fts5Context *fts)
{
    const bool first = m_phrases < 0;
    if (first) {
        m_phrases = api->xPhraseCount(fts);
        sqlite3_int64 rows = 0;
        api->xRowCount(fts, &rows);
        m_rows = rows;
        sqlite3_int64 tokens = 0;
        api->xColumnTotalSize(fts, -1, &tokens);
        // As bm25() computes it: every column's tokens, unweighted.
        m_averageLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    }
    const qint64 rowid = api->xRowid(fts);
    m_rowids.push_back(rowid);
    m_lengths.push_back(double(length(api, fts, rowid, first || m_verifyEveryRow)));
    for (int i = 0; i < m_phrases; ++i) {
        double f = 0;
        if (m_fastCountBroken) {
            f = countedByApi(api, fts, i);
        } else {
            f = countedFast(api, fts, i);
            // The fast count reads SQLite's position list itself: check it on each query's first
            // row, and fall back to FTS5's iterator for good should it ever disagree.
            if (first || m_verifyEveryRow) {
                const double byApi = countedByApi(api, fts, i);
                if (byApi != f) {
                    ++m_mismatches;
                    m_fastCountBroken = !m_verifyEveryRow;
                    f = byApi;
                }
            }
        }
        m_counts.push_back(f);
    }
}

bool FtsRanker::needsIdf() const
{
    // Every row matches every word: when more than half of the archive matches, each word is in
    // more than half of it, and every idf is at the floor.
    return m_phrases > 1 && !m_rowids.empty() && 2 * qint64(m_rowids.size()) <= m_rows;
}

void FtsRanker::countIdf(const Fts5ExtensionApi *api, Fts5Context *fts)
{
    if (!m_idf.empty())
        return;
    const int phrases = api->xPhraseCount(fts);
    m_idf.assign(size_t(phrases), 1.0);
    sqlite3_int64 rows = 0;
    api->xRowCount(fts, &rows);
    for (int i = 0; i < phrases; ++i) {
        PhraseCount count {rows, 0};
        if (api->xQueryPhrase(fts, i, &count, countRow) != SQLITE_OK)
            continue;
        const sqlite3_int64 n = count.matching;
        m_idf[size_t(i)] = bm25::idf(rows, n);
    }
}

QList<FtsRanker::Hit> FtsRanker::finish()
{
    const size_t phrases = size_t(std::max(0, m_phrases));
    if (m_idf.size() != phrases) {
        // One word: the rows that matched are the rows that hold it. Several, and no count was
        // needed: more than half of the archive holds each, the floor.
        m_idf.assign(phrases,
                     phrases == 1 ? bm25::idf(m_rows, qint64(m_rowids.size())) : bm25::idf(1, 1));
    }
    for (size_t r = 0; r < m_rowids.size(); ++r) {
        // bm25()'s arithmetic in bm25()'s order, so that the scores are the same doubles.
        offer(m_rowids[r],
              bm25::score(m_counts.data() + r * phrases, m_idf.data(), phrases, m_lengths[r],
                          m_averageLength));
    }
    std::sort(m_heap.begin(), m_heap.end(), [](const Hit &a, const Hit &b) { return worse(b, a); });
    QList<Hit> hits(m_heap.begin(), m_heap.end());
    m_heap.clear();
    m_rowids.clear();
    m_lengths.clear();
    m_counts.clear();
    m_idf.clear();
    m_phrases = -1;
    return hits;
}

void FtsRanker::offer(qint64 rowid, double score)
{
    const Hit hit {rowid, score};
    const auto cmp = [](const Hit &a, const Hit &b) {
        return worse(b, a);
    };
    if (int(m_heap.size()) < m_limit) {
        m_heap.push_back(hit);
        std::push_heap(m_heap.begin(), m_heap.end(), cmp);
    } else if (m_limit > 0 && worse(m_heap.front(), hit)) {
        std::pop_heap(m_heap.begin(), m_heap.end(), cmp);
        m_heap.back() = hit;
        std::push_heap(m_heap.begin(), m_heap.end(), cmp);
    }
}

} // namespace galley
