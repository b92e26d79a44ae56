#include "storetesthelpers.h"

#include "issuedocument.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using galley::SearchHit;
using galley::Store;

// The same archive in a SQLite store (FTS5) and a PostgreSQL store (PgSearch): the three
// fixture issues, a few issues with diacritics, hyphens, digits and operator characters, and
// 300 generated issues with planted ones whose right order is known (as in tst_searchranking).
// For each query: the same set of hits, the top 10 overlapping in at least 8 (the actual figure
// is printed), the planted orders on both engines, and equal snippets for equal hits.
class TestPgSearchParity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    storetest::FreshStores m_stores; // PostgreSQL: this test runs only as a _pg test
    Store m_sqlite;
    Store m_pg;
    // Issue ids by archive position, per store.
    QList<qint64> m_sqliteIds;
    QList<qint64> m_pgIds;
    qint64 m_about = 0, m_mention = 0, m_titled = 0, m_bodyOnly = 0, m_short = 0, m_long = 0,
           m_aboutThe = 0; // archive positions

    // Adds one document to both stores; its archive position.
    qint64 add(const QString &document)
    {
        const auto a = m_sqlite.createIssue(document);
        const auto b = m_pg.createIssue(document);
        if (!a.ok() || !b.ok())
            return -1;
        m_sqliteIds << *a;
        m_pgIds << *b;
        return m_sqliteIds.size() - 1;
    }

    static QString doc(const QString &title, const QString &body)
    {
        return u"---\ntitle: "_s + title + u"\n---\n\n"_s + body + u'\n';
    }

    // Hits as archive positions, best first.
    static QList<qint64> positions(const QList<SearchHit> &hits, const QList<qint64> &ids)
    {
        QList<qint64> out;
        for (const SearchHit &h : hits)
            out << ids.indexOf(h.issueId);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stores.postgres());
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sqlite.open(m_dir.filePath(u"parity.sqlite"_s)).ok());
        QVERIFY(m_pg.open(m_stores.fresh()).ok());
        QVERIFY(m_sqlite.beginBatch().ok());
        QVERIFY(m_pg.beginBatch().ok());

        for (const QString &file : storetest::fixtureFiles()) {
            auto d = galley::readIssueFile(file);
            QVERIFY(d.ok());
            QVERIFY(add(d->toMarkdown()) >= 0);
        }
        const QStringList special {
            doc(u"Café culture"_s, u"Café culture and naïve résumés, a CAFÉ on the corner."_s),
            doc(u"Menu"_s, u"The cafe menu: coffee, cake and a naive review."_s),
            doc(u"Foo-bar release"_s, u"The foo-bar tool, foo bar again, and bar foo."_s),
            doc(u"Bar notes"_s, u"A bar, then a foo, never together."_s),
            doc(u"Numbers"_s, u"Release 2026 of k8s v1.2 and 3.14, e-mail covid-19 notes."_s),
            doc(u"Operators"_s,
                u"a & b | c: the <-> operator (in) !bang 'quoted' \"double\" "
                "x:* and it's O'Reilly's."_s),
        };
        for (const QString &d : special)
            QVERIFY(add(d) >= 0);

        // As tst_searchranking's planted archive: made-up words with "the" about every 40th.
        QRandomGenerator rng(20261206);
        const auto filler = [&rng](int words) {
            return storetest::madeUpWords(rng, words);
        };
        const auto with = [&](int words, const QString &word, int times) {
            QStringList body = filler(words);
            for (int k = 0; k < times; ++k)
                body[int(rng.bounded(int(body.size())))] = word;
            return body;
        };
        m_about = add(doc(u"Weather"_s, (with(500, u"zephyr"_s, 6) << u"nimbus"_s).join(u' ')));
        m_mention = add(doc(u"Notes"_s, with(500, u"zephyr"_s, 1).join(u' ')));
        m_titled = add(doc(u"Quasar notes"_s, filler(500).join(u' ')));
        m_bodyOnly = add(doc(u"More notes"_s, with(500, u"quasar"_s, 1).join(u' ')));
        m_short = add(doc(u"Short"_s, with(60, u"cumulus"_s, 2).join(u' ')));
        m_long = add(doc(u"Long"_s, with(3000, u"cumulus"_s, 2).join(u' ')));
        QStringList dense = filler(100);
        for (int k = 0; k < 100; k += 5)
            dense[k] = u"the"_s;
        m_aboutThe = add(doc(u"Articles"_s, dense.join(u' ')));
        for (qint64 p : {m_about, m_mention, m_titled, m_bodyOnly, m_short, m_long, m_aboutThe})
            QVERIFY(p >= 0);
        for (int i = 0; i < 300; ++i) {
            QStringList body = filler(300 + int(rng.bounded(400)));
            // Some planted words in some issues, so that two-word queries have real idfs.
            if (i % 9 == 0)
                body[int(rng.bounded(int(body.size())))] = u"zephyr"_s;
            if (i % 25 == 0)
                body[int(rng.bounded(int(body.size())))] = u"foo-bar"_s;
            if (i % 30 == 0)
                body[int(rng.bounded(int(body.size())))] = u"Café"_s;
            QVERIFY(add(doc(u"Issue "_s + QString::number(i), body.join(u' '))) >= 0);
        }
        QVERIFY(m_sqlite.commitBatch().ok());
        QVERIFY(m_pg.commitBatch().ok());
    }

    void sameHitsOnBothEngines_data()
    {
        QTest::addColumn<QString>("query");
        const QStringList queries {
            u"the"_s,          u"zephyr"_s,        u"quasar"_s,     u"cumulus"_s,
            u"nimbus"_s,       u"zephyr nimbus"_s, u"the zephyr"_s, u"ka"_s,
            u"kalo"_s,         u"dor"_s,           u"mi su"_s,      u"the ka"_s,
            u"foo-bar"_s,      u"foo"_s,           u"bar foo"_s,    u"café"_s,
            u"cafe"_s,         u"CAFÉ culture"_s,  u"naïve"_s,      u"2026"_s,
            u"k8s"_s,          u"v1.2"_s,          u"covid-19"_s,   u"e-mail"_s,
            u"!foo & (bar)"_s, u"a<->b"_s,         u"x:*"_s,        u"'quoted' \"double\""_s,
            u"o'reilly"_s,     u"kubernetes"_s,    u"weekly"_s,     u"ops weekly"_s,
            u"issue"_s,        u"sponsor"_s,       u"zzzznothing"_s};
        for (const QString &q : queries)
            QTest::newRow(qPrintable(q)) << q;
    }

    void sameHitsOnBothEngines()
    {
        QFETCH(QString, query);
        const auto a = m_sqlite.search(query, 10000);
        const auto b = m_pg.search(query, 10000);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
        const QList<qint64> sqliteOrder = positions(*a, m_sqliteIds);
        const QList<qint64> pgOrder = positions(*b, m_pgIds);
        // The same hits.
        const QSet<qint64> sqliteSet(sqliteOrder.cbegin(), sqliteOrder.cend());
        const QSet<qint64> pgSet(pgOrder.cbegin(), pgOrder.cend());
        QCOMPARE(pgSet, sqliteSet);
        // The top 10 overlap in 8 or more (all of them when there are fewer).
        const int top = int(std::min<qsizetype>(10, sqliteOrder.size()));
        const QList<qint64> sqliteTop = sqliteOrder.mid(0, top);
        int overlap = 0;
        for (qint64 p : pgOrder.mid(0, top))
            overlap += sqliteTop.contains(p) ? 1 : 0;
        qInfo("%-22s hits %4d  top-10 overlap %d/%d  same order %s", qPrintable(query),
              int(sqliteOrder.size()), overlap, top, pgOrder == sqliteOrder ? "yes" : "no");
        QVERIFY2(overlap >= std::min(8, top), qPrintable(u"%1 of %2"_s.arg(overlap).arg(top)));
        // Equal snippets for equal hits.
        for (qsizetype i = 0; i < a->size(); ++i) {
            const qsizetype j = pgOrder.indexOf(sqliteOrder.at(i));
            QVERIFY(j >= 0);
            QCOMPARE(b->at(j).snippet, a->at(i).snippet);
            QCOMPARE(b->at(j).title, a->at(i).title);
        }
    }

    void plantedOrdersHoldOnBothEngines()
    {
        for (Store *store : {&m_sqlite, &m_pg}) {
            const QList<qint64> &ids = store == &m_sqlite ? m_sqliteIds : m_pgIds;
            const auto order = [&](const QString &query) {
                const auto hits = store->search(query, 1000);
                return hits.ok() ? positions(*hits, ids) : QList<qint64>();
            };
            const auto before = [](const QList<qint64> &list, qint64 x, qint64 y) {
                return list.contains(x) && list.contains(y) && list.indexOf(x) < list.indexOf(y);
            };
            const char *engine = store == &m_sqlite ? "SQLite" : "PostgreSQL";
            // About the word beats a mention, a title beats the body, as many in fewer words
            // beats a longer issue, and the issue most about a word in every issue comes first.
            QVERIFY2(before(order(u"zephyr"_s), m_about, m_mention), engine);
            QVERIFY2(before(order(u"quasar"_s), m_titled, m_bodyOnly), engine);
            QVERIFY2(before(order(u"cumulus"_s), m_short, m_long), engine);
            const QList<qint64> the = order(u"the"_s);
            QVERIFY2(!the.isEmpty() && the.first() == m_aboutThe, engine);
            const auto both = store->search(u"zephyr nimbus"_s, 10);
            QVERIFY2(both.ok() && both->size() == 1, engine);
            QVERIFY2(ids.indexOf(both->first().issueId) == m_about, engine);
        }
    }

    void sameScoresOnBothEngines()
    {
        // The ranking is bm25() on both: the same scores, to rounding.
        compareScores();
    }

    void sameScoresAfterTrashRestoreAndEdit()
    {
        // The archive's issue count and average length (bm25()'s N and avgdl) follow every
        // change: an issue to the trash and back, one deleted for good, one edited.
        for (Store *store : {&m_sqlite, &m_pg}) {
            const QList<qint64> &ids = store == &m_sqlite ? m_sqliteIds : m_pgIds;
            QVERIFY(store->moveToTrash(ids.at(m_mention)).ok());
            QVERIFY(store->moveToTrash(ids.at(m_long)).ok());
            QVERIFY(store->deleteForever(ids.at(m_long)).ok());
            QVERIFY(store->moveToTrash(ids.at(m_titled)).ok());
            QVERIFY(store->restoreFromTrash(ids.at(m_titled)).ok());
            const auto issue = store->issue(ids.at(m_about));
            QVERIFY(issue.ok());
            QVERIFY(store
                        ->saveDocument(ids.at(m_about),
                                       issue->document + u"\nMore zephyr, the zephyr again.\n"_s,
                                       issue->version, galley::RevisionReason::Manual)
                        .ok());
        }
        compareScores();
        const auto zephyr = m_pg.search(u"zephyr"_s, 1000);
        QVERIFY(zephyr.ok());
        QVERIFY(!positions(*zephyr, m_pgIds).contains(m_mention)); // in the trash
        QCOMPARE(positions(*zephyr, m_pgIds).first(), m_about);
    }

private:
    void compareScores()
    {
        for (const QString &query :
             {u"the"_s, u"zephyr"_s, u"the zephyr"_s, u"kalo"_s, u"foo-bar"_s, u"café"_s}) {
            const auto a = m_sqlite.search(query, 20);
            const auto b = m_pg.search(query, 20);
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(b->size(), a->size());
            for (qsizetype i = 0; i < a->size(); ++i)
                QVERIFY2(qAbs(a->at(i).rank - b->at(i).rank) <= 1e-9 * qAbs(a->at(i).rank),
                         qPrintable(u"%1, hit %2: %3 and %4"_s.arg(query)
                                        .arg(i)
                                        .arg(a->at(i).rank, 0, 'g', 17)
                                        .arg(b->at(i).rank, 0, 'g', 17)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPgSearchParity)
#include "tst_pgsearchparity.moc"
