#include "storetesthelpers.h"

#include "store/pg/pgtopranking.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QTest>

using galley::SearchHit;
using galley::Store;

// PostgreSQL's search reads each word's rows best first and stops once no other issue can enter
// the top (PgTopRanking). Its hits, order and scores must be those of scoring every match
// (GALLEY_PG_SEARCH_EXHAUSTIVE=1): compared here to the last bit on an archive where it does
// stop early, with a word in every issue, a word in most, a prefix of three words, a rare word
// with a real idf, title occurrences and ties.
class TestPgTopRanking : public QObject
{
    Q_OBJECT
private:
    storetest::FreshStores m_stores; // PostgreSQL: this test runs only as a _pg test
    Store m_store;
    int m_issues = 0;

    QList<SearchHit> search(const QString &query, int limit, bool exhaustive)
    {
        if (exhaustive)
            qputenv("GALLEY_PG_SEARCH_EXHAUSTIVE", "1");
        const auto hits = m_store.search(query, limit);
        qunsetenv("GALLEY_PG_SEARCH_EXHAUSTIVE");
        return hits.ok() ? *hits : QList<SearchHit> {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stores.postgres());
        QVERIFY(m_store.open(m_stores.fresh()).ok());
        QVERIFY(m_store.beginBatch().ok());
        QRandomGenerator rng(20261206);
        for (int i = 0; i < 300; ++i) {
            QStringList body = storetest::madeUpWords(rng, 200 + int(rng.bounded(300)));
            const auto plant = [&](const QString &word, int times) {
                for (int k = 0; k < times; ++k)
                    body[int(rng.bounded(int(body.size())))] = word;
            };
            // "alpha" in every issue, once or twice in most and often in one issue of 40: the
            // few about it come first, and the rest of its rows need not be read.
            plant(u"alpha"_s, i % 40 == 7 ? 20 + i % 30 : 1 + int(rng.bounded(2)));
            plant(u"beta"_s, i % 5 == 0 ? 0 : 1 + int(rng.bounded(4))); // in most
            if (i % 3 == 0) // a prefix of three words
                plant(i % 2 ? u"gamma"_s : u"gammaray"_s, 1 + int(rng.bounded(3)));
            if (i % 7 == 0)
                plant(u"gammas"_s, 2);
            if (i % 30 == 0) // rare: an idf above the floor
                plant(u"delta"_s, 1 + i % 4);
            const QString title = i % 11 == 0 ? u"Alpha notes"_s : u"Issue %1"_s.arg(i);
            QVERIFY(m_store
                        .createIssue(u"---\ntitle: "_s + title + u"\n---\n\n"_s + body.join(u' ')
                                     + u'\n')
                        .ok());
            ++m_issues;
        }
        QVERIFY(m_store.commitBatch().ok());
    }

    void sameHitsOrderAndScoresAsScoringEveryMatch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("limit");
        const QList<std::pair<QString, int>> cases {
            {u"alpha"_s, 5},       {u"alpha"_s, 20},      {u"alpha"_s, 400},
            {u"beta"_s, 10},       {u"alpha beta"_s, 5},  {u"beta alpha"_s, 30},
            {u"gamma"_s, 10},      {u"alpha gamma"_s, 8}, {u"delta"_s, 5},
            {u"delta alpha"_s, 3}, {u"the"_s, 10},        {u"the alpha beta"_s, 10},
            {u"ka"_s, 10},         {u"alp gam"_s, 10}};
        for (const auto &[query, limit] : cases)
            QTest::newRow(qPrintable(u"%1, top %2"_s.arg(query).arg(limit))) << query << limit;
    }

    void sameHitsOrderAndScoresAsScoringEveryMatch()
    {
        QFETCH(QString, query);
        QFETCH(int, limit);
        const QList<SearchHit> pruned = search(query, limit, false);
        const QList<SearchHit> all = search(query, limit, true);
        QVERIFY2(!all.isEmpty(), qPrintable(query));
        QCOMPARE(pruned.size(), all.size());
        for (qsizetype k = 0; k < all.size(); ++k) {
            QCOMPARE(pruned.at(k).issueId, all.at(k).issueId);
            // The same arithmetic on the same numbers: the same double.
            QVERIFY2(pruned.at(k).rank == all.at(k).rank,
                     qPrintable(u"%1, hit %2: %3 != %4"_s.arg(query)
                                    .arg(k)
                                    .arg(pruned.at(k).rank, 0, 'g', 17)
                                    .arg(all.at(k).rank, 0, 'g', 17)));
            QCOMPARE(pruned.at(k).snippet, all.at(k).snippet);
        }
    }

    void stopsBeforeReadingEveryMatch()
    {
        // The top 5 of a word in all 300 issues: the issues about it are among its first rows,
        // and the bound of the rest falls below them after the first round.
        QCOMPARE(search(u"alpha"_s, 5, false).size(), 5);
        const qint64 read = galley::PgTopRanking::lastSortedReads();
        QVERIFY2(read > 0 && read < m_issues / 2, qPrintable(QString::number(read)));
    }
};

QTEST_GUILESS_MAIN(TestPgTopRanking)
#include "tst_pgtopranking.moc"
