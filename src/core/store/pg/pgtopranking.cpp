#include "pgtopranking.h"

#include "pgsearchindexes.h"

#include "store/bm25.h"
#include "store/storedatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct PgTopRankingTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

std::atomic<qint64> sortedReads {0};
std::atomic<qint64> rankCalls {0};

// Rows of each term read at most before giving up (a round reads twice the last).
constexpr qint64 maxDepth = 16384;

// The index key in the server's float8 arithmetic (IEEE, as here); f is at least 1 in every
// row, greatest() only keeps a hand-made row from failing the index. The index's expression
// and rank()'s ORDER BY must be the same text for the planner to read the index in order.
const QString impactKeyText = u"(len::float8 + 400::float8) / greatest(f, 1)::float8"_s;
static_assert(PgTopRanking::lengthOffset == 400.0, "impactKeyText writes the constant out");

double impactKey(double len, double f)
{
    return (len + PgTopRanking::lengthOffset) / std::max(f, 1.0);
}

// The largest bm25 term (before idf) a row at or after `key` in a word's index can have, for
// an archive averaging `averageLength` words (see the header).
double termBound(double key, double averageLength)
{
    const double a0 = PgTopRanking::lengthOffset * bm25::b / (1.0 - bm25::b);
    const double q = bm25::k1 * bm25::b * key / std::max(averageLength, a0);
    return (bm25::k1 + 1.0) / (1.0 + q);
}

QString idList(const std::vector<qint64> &ids)
{
    QStringList out;
    out.reserve(qsizetype(ids.size()));
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u',');
}

bool better(const PgTopRanking::Hit &a, const PgTopRanking::Hit &b)
{
    return a.score > b.score || (a.score == b.score && a.id > b.id);
}

// The first `n` code points of a word (the server's left() counts them too), or an empty
// string when it has fewer.
QString firstCodePoints(const QString &word, int n)
{
    qsizetype i = 0;
    for (int k = 0; k < n; ++k) {
        if (i >= word.size())
            return {};
        i += word.at(i).isHighSurrogate() && i + 1 < word.size() ? 2 : 1;
    }
    return word.left(i);
}
} // namespace

void PgTopRanking::addPrefixTerms(QHash<QString, int> &f)
{
    QHash<QString, int> prefixes;
    for (auto it = f.cbegin(); it != f.cend(); ++it) {
        for (int n : {2, 3}) {
            const QString p = firstCodePoints(it.key(), n);
            if (!p.isEmpty())
                prefixes[p + u'*'] += it.value();
        }
    }
    f.insert(prefixes);
}

QString PgTopRanking::prefixTerm(const QString &token)
{
    const QString two = firstCodePoints(token, 2);
    if (two.isEmpty() || (two != token && firstCodePoints(token, 3) != token))
        return {};
    return token + u'*';
}

QStringList PgTopRanking::stepSql()
{
    // The prefix terms of the words already indexed (as addPrefixTerms() makes them for a new
    // issue), then the impact index. Its constant is lengthOffset; the expression is
    // impactKey()'s, so that ORDER BY in rank() matches the index.
    return {
        uR"(INSERT INTO search_terms (word)
              SELECT DISTINCT left(word, n) || '*' FROM search_terms, (VALUES (2), (3)) v (n)
              WHERE length(word) >= n ORDER BY 1)"_s,
        uR"(INSERT INTO issue_terms (term_id, issue_id, f, len)
              SELECT p.id, i.issue_id, sum(i.f), min(i.len)
              FROM issue_terms i JOIN search_terms t ON t.id = i.term_id,
                   (VALUES (2), (3)) v (n), search_terms p
              WHERE right(t.word, 1) <> '*' AND length(t.word) >= v.n
                    AND p.word = left(t.word, v.n) || '*'
              GROUP BY p.id, i.issue_id)"_s,
        uR"(UPDATE issue_search s SET term_ids = s.term_ids || a.ids
              FROM (SELECT i.issue_id, array_agg(i.term_id) AS ids
                    FROM issue_terms i JOIN search_terms t ON t.id = i.term_id
                    WHERE right(t.word, 1) = '*' GROUP BY i.issue_id) a
              WHERE a.issue_id = s.issue_id)"_s,
        PgSearchIndexes::createSql(PgSearchIndexes::Index::Impact),
    };
}

QString PgTopRanking::impactKeySql()
{
    return impactKeyText;
}

qint64 PgTopRanking::lastSortedReads()
{
    return sortedReads.load();
}

qint64 PgTopRanking::calls()
{
    return rankCalls.load();
}

Result<std::optional<std::vector<PgTopRanking::Hit>>>
PgTopRanking::rank(StoreDatabase &db, const std::vector<std::vector<qint64>> &words, int limit)
{
    const QString what = PgTopRankingTr::tr("Searching");
    sortedReads = 0;
    ++rankCalls;
    const size_t n = words.size();
    if (n == 0 || limit <= 0)
        return std::optional(std::vector<Hit> {});

    // The archive's totals and each word's issue count (search_terms keeps it): for a prefix,
    // its first word's (the token itself, where it is a word: usually the most common) and,
    // below half of the archive (the idf's floor from there on), all its words' issues
    // together, counted.
    QString sql = u"SELECT t.issues, t.words"_s;
    QVariantList values;
    for (const auto &terms : words) {
        sql += u", (SELECT issues FROM search_terms WHERE id = ?::bigint)"_s;
        values << terms.front();
    }
    sql += u" FROM issue_search_totals t"_s;
    qint64 rows = 0;
    qint64 total = 0;
    std::vector<qint64> matching(n);
    {
        auto q = db.runWithList(sql, values, what);
        if (!q)
            return q.error();
        QSqlQuery &r = **q;
        if (r.next()) {
            rows = r.value(0).toLongLong();
            total = r.value(1).toLongLong();
            // Never below 0, should a count have drifted (a log of a negative is a NaN).
            for (size_t i = 0; i < n; ++i)
                matching[i] = std::max<qint64>(0, r.value(int(2 + i)).toLongLong());
        }
        StoreDatabase::done(r);
    }
    const qint64 half = (rows + 1) / 2;
    for (size_t i = 0; i < n; ++i) {
        if (words[i].size() < 2 || matching[i] >= half)
            continue;
        auto q = db.run(u"SELECT count(DISTINCT issue_id) FROM issue_terms "
                        "WHERE term_id = ANY (string_to_array(?::text, ',')::bigint[])"_s,
                        {idList(words[i])}, what);
        if (!q)
            return q.error();
        if ((*q)->next())
            matching[i] = (*q)->value(0).toLongLong();
        StoreDatabase::done(**q);
    }
    std::vector<double> idf(n);
    for (size_t i = 0; i < n; ++i)
        idf[i] = matching[i] >= rows ? 1e-6 : bm25::idf(rows, matching[i]);
    const double averageLength = rows > 0 ? double(total) / double(rows) : 1.0;

    // Every term once, and for each the words it counts for (a term can be in two prefixes).
    std::vector<qint64> terms;
    for (const auto &w : words)
        for (qint64 t : w)
            if (std::find(terms.begin(), terms.end(), t) == terms.end())
                terms.push_back(t);
    QHash<qint64, size_t> termIndex;
    for (size_t k = 0; k < terms.size(); ++k)
        termIndex.insert(terms[k], k);
    const QString termText = idList(terms);

    // Issues met in the lists and not decided yet: their length and each term's f where known
    // (-1: not met in that term's rows). Decided: scored exactly, or shown unable to enter.
    struct Partial
    {
        qint64 len = 0;
        std::vector<qint64> f;
    };
    QHash<qint64, Partial> partial; // empty again at the end of each round
    QSet<qint64> decided;
    std::vector<Hit> hits;
    std::vector<double> f(n);
    const auto score = [&](const std::vector<double> &fs, qint64 len) {
        return bm25::score(fs.data(), idf.data(), n, double(len), averageLength);
    };
    // The limit-th best exact score so far (none: the lowest double).
    const auto kth = [&]() {
        if (qsizetype(hits.size()) < limit)
            return -std::numeric_limits<double>::infinity();
        std::nth_element(hits.begin(), hits.begin() + (limit - 1), hits.end(), better);
        return hits[size_t(limit - 1)].score;
    };
    // A margin for the rounding of bounds against scores (a few units in the last place).
    const auto above = [](double bound, double score) {
        return bound * (1.0 + 1e-9) >= score;
    };
    for (qint64 depth = std::max<qint64>(64, 2 * qint64(limit));; depth *= 2) {
        // Each term's first `depth` rows in impact order.
        std::vector<qint64> fetched(terms.size(), 0);
        std::vector<double> lastKey(terms.size(), 0.0);
        {
            auto q = db.run(u"SELECT k.id, x.issue_id, x.f, x.len FROM "
                            "unnest(string_to_array(?::text, ',')::bigint[]) AS k (id), LATERAL "
                            "(SELECT issue_id, f, len FROM issue_terms WHERE term_id = k.id "
                            "ORDER BY "_s
                                + impactKeyText + u" LIMIT ?::bigint) x"_s,
                            {termText, depth}, what);
            if (!q)
                return q.error();
            QSqlQuery &r = **q;
            while (r.next()) {
                const size_t k = termIndex.value(r.value(0).toLongLong());
                const qint64 issue = r.value(1).toLongLong();
                const qint64 rowF = r.value(2).toLongLong();
                const qint64 len = r.value(3).toLongLong();
                ++fetched[k];
                lastKey[k] = std::max(lastKey[k], impactKey(double(len), double(rowF)));
                if (decided.contains(issue))
                    continue;
                Partial &p = partial[issue];
                if (p.f.empty())
                    p.f.assign(terms.size(), -1);
                p.f[k] = rowF;
                p.len = len;
            }
            StoreDatabase::done(r);
        }
        qint64 read = 0;
        for (qint64 c : fetched)
            read += c;
        sortedReads = read;
        std::vector<bool> exhausted(terms.size());
        for (size_t k = 0; k < terms.size(); ++k)
            exhausted[k] = fetched[k] < depth;

        // Each issue met: scored when all its f are known, else bounded (an unknown f at most
        // (len + c) / K of its term), and fetched in full only when the bound could enter.
        std::vector<qint64> fetch;
        {
            const double best = kth();
            for (auto it = partial.begin(); it != partial.end();) {
                bool known = true;
                bool possible = true;
                for (size_t i = 0; i < n; ++i) {
                    double sum = 0;
                    for (qint64 t : words[i]) {
                        const size_t k = termIndex.value(t);
                        if (it->f[k] >= 0)
                            sum += double(it->f[k]);
                        else if (!exhausted[k]) {
                            known = false;
                            sum += (double(it->len) + lengthOffset) / lastKey[k];
                        }
                    }
                    f[i] = sum;
                    possible = possible && sum > 0;
                }
                if (possible && known) {
                    hits.push_back({it.key(), score(f, it->len)});
                } else if (possible && above(score(f, it->len), best)) {
                    fetch.push_back(it.key());
                    ++it;
                    continue;
                }
                decided.insert(it.key());
                it = partial.erase(it);
            }
        }
        if (!fetch.empty()) {
            QHash<qint64, std::pair<std::vector<qint64>, qint64>> rowsOf; // f per term, len
            auto q = db.run(u"SELECT term_id, issue_id, f, len FROM issue_terms "
                            "WHERE term_id = ANY (string_to_array(?::text, ',')::bigint[]) "
                            "AND issue_id = ANY (string_to_array(?::text, ',')::bigint[])"_s,
                            {termText, idList(fetch)}, what);
            if (!q)
                return q.error();
            QSqlQuery &r = **q;
            while (r.next()) {
                auto &entry = rowsOf[r.value(1).toLongLong()];
                if (entry.first.empty())
                    entry.first.assign(terms.size(), 0);
                entry.first[termIndex.value(r.value(0).toLongLong())] = r.value(2).toLongLong();
                entry.second = r.value(3).toLongLong();
            }
            StoreDatabase::done(r);
            for (qint64 issue : fetch) {
                partial.remove(issue);
                decided.insert(issue);
                const auto it = rowsOf.constFind(issue);
                if (it == rowsOf.cend())
                    continue;
                bool all = true;
                for (size_t i = 0; i < n && all; ++i) {
                    qint64 sum = 0;
                    for (qint64 t : words[i])
                        sum += it->first[termIndex.value(t)];
                    f[i] = double(sum);
                    all = sum > 0;
                }
                if (all)
                    hits.push_back({issue, score(f, it->second)});
            }
        }

        // The best score an issue not met yet could have. Not met in a term's first rows, its
        // f of the term is at most (len + c) / K, K the last row's key; its f of a word, the
        // sum over the word's terms, at most (len + c) / K' with 1 / K' the sum of their 1 / K:
        // a key of K' for the word, and the term bound of that key. A term whose rows were all
        // read adds nothing; a word whose terms were all read is in no issue not met.
        bool unseenCanMatch = true;
        double bound = 0;
        for (size_t i = 0; i < n && unseenCanMatch; ++i) {
            double inverseKey = 0;
            for (qint64 t : words[i]) {
                const size_t k = termIndex.value(t);
                if (!exhausted[k])
                    inverseKey += 1.0 / lastKey[k];
            }
            unseenCanMatch = inverseKey > 0;
            if (unseenCanMatch)
                bound += idf[i] * termBound(1.0 / inverseKey, averageLength);
        }
        const double best = kth();
        // Every issue met is decided by now: done when no issue not met can enter.
        if (!unseenCanMatch || !above(bound, best))
            break;
        if (depth >= maxDepth)
            return std::optional<std::vector<Hit>> {};
    }
    std::sort(hits.begin(), hits.end(), better);
    if (qsizetype(hits.size()) > limit)
        hits.resize(size_t(limit));
    return std::optional(std::move(hits));
}

} // namespace galley
