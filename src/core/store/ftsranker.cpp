#include "ftsranker.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

constexpr double k1 = 1.2;
constexpr double titleWeight = 5.0;
constexpr int maxCounted = 64;

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
    for (int counted = 0; column >= 0 && counted < maxCounted; ++counted) {
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
    int title = 0;
    int body = 0;
    int counted = 1; // the position xPhraseFirst() read
    (column == 0 ? title : body) = 1;
    while (counted < maxCounted && p && p < end) {
        // A run of one-byte positions in the same column (most of them): each is at least a
        // byte, so the cap is never passed.
        const unsigned char *const start = p;
        const unsigned char *const stop = p + std::min<qsizetype>(end - p, maxCounted - counted);
        while (p < stop && unsigned(*p) - 2u < 0x7eu)
            ++p;
        (column == 0 ? title : body) += int(p - start);
        counted += int(p - start);
        if (counted >= maxCounted || p >= end)
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
        ++counted;
    }
    // What countedByApi() sums one by one (whole numbers: the same double).
    return titleWeight * title + body;
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
    return api->xCreateFunction(api, "galley_rank", this, galleyRank, nullptr) == SQLITE_OK
        && api->xCreateFunction(api, "galley_idf", this, galleyIdf, nullptr) == SQLITE_OK;
}

void FtsRanker::start(int limit)
{
    m_limit = std::max(0, limit);
    m_heap.clear();
    m_heap.reserve(size_t(m_limit) + 1);
    m_phrases = -1;
    m_rows = 0;
    m_rowids.clear();
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
    }
    m_rowids.push_back(api->xRowid(fts));
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
        // bm25()'s idf, floored the same way: a word in most issues weighs next to nothing.
        const double idf = std::log((double(rows - n) + 0.5) / (double(n) + 0.5));
        m_idf[size_t(i)] = idf > 1e-6 ? idf : 1e-6;
    }
}

QList<FtsRanker::Hit> FtsRanker::finish()
{
    const size_t phrases = size_t(std::max(0, m_phrases));
    if (m_idf.size() != phrases) {
        // One word: its idf scales every score alike. Several, and no count was needed (or it
        // failed, as a failed count left a word at 1 before): the floor.
        m_idf.assign(phrases, phrases > 1 && !needsIdf() ? 1e-6 : 1.0);
    }
    for (size_t r = 0; r < m_rowids.size(); ++r) {
        double score = 0;
        for (size_t i = 0; i < phrases; ++i) {
            const double f = m_counts[r * phrases + i];
            score += m_idf[i] * f * (k1 + 1) / (f + k1);
        }
        offer(m_rowids[r], score);
    }
    std::sort(m_heap.begin(), m_heap.end(), [](const Hit &a, const Hit &b) { return worse(b, a); });
    QList<Hit> hits(m_heap.begin(), m_heap.end());
    m_heap.clear();
    m_rowids.clear();
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
