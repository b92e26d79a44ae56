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

// Per query: each word's idf, computed on the first row.
struct QueryWeights
{
    std::vector<double> idf;
};

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

void deleteWeights(void *p)
{
    delete static_cast<QueryWeights *>(p);
}

QueryWeights *weights(const Fts5ExtensionApi *api, Fts5Context *fts, int phrases)
{
    if (auto *w = static_cast<QueryWeights *>(api->xGetAuxdata(fts, 0)))
        return w;
    auto *w = new QueryWeights;
    w->idf.assign(size_t(phrases), 1.0);
    if (phrases > 1) {
        sqlite3_int64 rows = 0;
        api->xRowCount(fts, &rows);
        for (int i = 0; i < phrases; ++i) {
            PhraseCount count {rows, 0};
            if (api->xQueryPhrase(fts, i, &count, countRow) != SQLITE_OK)
                continue;
            const sqlite3_int64 n = count.matching;
            // bm25()'s idf, floored the same way: a word in most issues weighs next to nothing.
            const double idf = std::log((double(rows - n) + 0.5) / (double(n) + 0.5));
            w->idf[size_t(i)] = idf > 1e-6 ? idf : 1e-6;
        }
    }
    if (api->xSetAuxdata(fts, w, deleteWeights) != SQLITE_OK)
        return nullptr; // SQLite has already deleted it
    return w;
}

void galleyRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int,
                sqlite3_value **)
{
    auto *ranker = static_cast<FtsRanker *>(api->xUserData(fts));
    const int phrases = api->xPhraseCount(fts);
    const QueryWeights *w = weights(api, fts, phrases);
    if (!w) {
        sqlite3_result_error_nomem(context);
        return;
    }
    double score = 0;
    for (int i = 0; i < phrases; ++i) {
        Fts5PhraseIter it;
        int column = -1;
        int offset = -1;
        double f = 0;
        int counted = 0;
        if (api->xPhraseFirst(fts, i, &it, &column, &offset) != SQLITE_OK)
            continue;
        for (; column >= 0 && counted < maxCounted; ++counted) {
            f += column == 0 ? titleWeight : 1.0;
            api->xPhraseNext(fts, &it, &column, &offset);
        }
        score += w->idf[size_t(i)] * f * (k1 + 1) / (f + k1);
    }
    ranker->offer(api->xRowid(fts), score);
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
    return api->xCreateFunction(api, "galley_rank", this, galleyRank, nullptr) == SQLITE_OK;
}

void FtsRanker::start(int limit)
{
    m_limit = std::max(0, limit);
    m_heap.clear();
    m_heap.reserve(size_t(m_limit) + 1);
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

QList<FtsRanker::Hit> FtsRanker::finish()
{
    std::sort(m_heap.begin(), m_heap.end(), [](const Hit &a, const Hit &b) { return worse(b, a); });
    QList<Hit> hits(m_heap.begin(), m_heap.end());
    m_heap.clear();
    return hits;
}

} // namespace galley
