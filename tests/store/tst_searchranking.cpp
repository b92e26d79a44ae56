#include "storetesthelpers.h"

#include "store/ftsquery.h"
#include "store/ftsranker.h"
#include "store/store.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using galley::Store;

// The search's ranking against FTS5's own bm25(issues_fts, 5.0, 1.0), computed by SQLite on the
// same store through a second connection: the same hits, in the same order, with the same scores
// (FtsRanker's contract). The ranking takes shortcuts (it reads the position lists itself, and
// skips counting the words' issues when more than half of the archive matches every word); this
// pins that they change no hit, no order and no score, also with a word in every issue (more than
// 64 times in many), a word in most and a rare one. Then an archive with planted issues whose
// right order is known: a search has to put the issue about a word before one that mentions it,
// a title before a body, a short issue before a long one with as many occurrences.
class TestSearchRanking : public QObject
{
    Q_OBJECT
private:
    struct Doc
    {
        qint64 id = 0;
        QStringList title;
        QStringList body;
    };
    QTemporaryDir m_dir;
    Store m_store;
    QList<Doc> m_docs;

    static QStringList words(const QString &text)
    {
        static const QRegularExpression nonWord(u"[^A-Za-z0-9]+"_s);
        return text.toLower().split(nonWord, Qt::SkipEmptyParts);
    }

    // The hits bm25() gives, (issue id, score), best first; equal scores: the newer issue first.
    static QList<std::pair<qint64, double>> byBm25(const QString &storePath, const QString &query,
                                                   int limit)
    {
        QList<std::pair<qint64, double>> hits;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bm25"_s);
            db.setDatabaseName(storePath);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open())
                return hits;
            QSqlQuery q(db);
            q.prepare(u"SELECT rowid, -bm25(issues_fts, 5.0, 1.0) FROM issues_fts "
                      "WHERE issues_fts MATCH ?"_s);
            q.addBindValue(galley::toFtsQuery(query));
            if (q.exec()) {
                while (q.next())
                    hits.append({q.value(0).toLongLong(), q.value(1).toDouble()});
            }
        }
        QSqlDatabase::removeDatabase(u"bm25"_s);
        std::sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
            return a.second > b.second || (a.second == b.second && a.first > b.first);
        });
        return hits.mid(0, limit);
    }

    // The search and bm25() agree on the hits, their order and their scores.
    static void compareWithBm25(Store &store, const QString &path, const QString &query, int limit)
    {
        const auto hits = store.search(query, limit);
        QVERIFY(hits.ok());
        const auto want = byBm25(path, query, limit);
        QVERIFY2(!want.isEmpty(), qPrintable(query));
        QCOMPARE(hits->size(), want.size());
        for (qsizetype k = 0; k < want.size(); ++k) {
            // The same arithmetic: the same double, not just a close one.
            QVERIFY2(hits->at(k).rank == -want.at(k).second,
                     qPrintable(u"%1, hit %2: %3 != %4"_s.arg(query)
                                    .arg(k)
                                    .arg(hits->at(k).rank, 0, 'g', 17)
                                    .arg(-want.at(k).second, 0, 'g', 17)));
            QCOMPARE(hits->at(k).issueId, want.at(k).first);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(u"ranking.sqlite"_s)).ok());
        for (int i = 1; i <= 40; ++i) {
            const QString title = u"Issue "_s + QString::number(i)
                + (i % 7 == 0 ? u" titleword common"_s : QString());
            QStringList body;
            // "common" in every issue, 1 to 150 times (past the cap of 64 in many); in every
            // fifth issue far apart, so that positions take more than one byte.
            const int common = (i * 37) % 150 + 1;
            for (int k = 0; k < common; ++k) {
                body << u"common"_s;
                const int gap = i % 5 == 0 && k % 3 == 0 ? 130 : 1 + k % 3;
                for (int g = 0; g < gap; ++g)
                    body << u"filler"_s;
            }
            if (i % 4 != 1) // in 30 of 40 issues: more than half
                for (int k = 0; k <= i % 3; ++k)
                    body << u"middling"_s << u"filler"_s;
            if (i % 8 == 0) // in 5 issues
                for (int k = 0; k < i / 8; ++k)
                    body << u"rare"_s << u"filler"_s;
            if (i % 3 == 0)
                body << u"titleword"_s;
            const QString text = body.join(u' ');
            auto id
                = m_store.createIssue(u"---\ntitle: "_s + title + u"\n---\n\n"_s + text + u'\n');
            QVERIFY(id.ok());
            m_docs.append({*id, words(title), words(text)});
        }
    }

    void sameHitsOrderAndScoresAsBm25_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("limit");
        QTest::newRow("one word in every issue") << u"common"_s << 50;
        QTest::newRow("one word in every issue, top 5") << u"common"_s << 5;
        QTest::newRow("two words in more than half") << u"common middling"_s << 50;
        QTest::newRow("two words in more than half, top 7") << u"middling common"_s << 7;
        QTest::newRow("a universal and a rare word") << u"common rare"_s << 50;
        QTest::newRow("a rare word first") << u"rare common"_s << 3;
        QTest::newRow("three words, half or less") << u"common middling rare"_s << 50;
        QTest::newRow("title and body") << u"titleword"_s << 50;
        QTest::newRow("title word and a universal word") << u"titleword common"_s << 50;
        QTest::newRow("title word and middling") << u"titleword middling"_s << 10;
    }

    void sameHitsOrderAndScoresAsBm25()
    {
        QFETCH(QString, query);
        QFETCH(int, limit);
        compareWithBm25(m_store, m_dir.filePath(u"ranking.sqlite"_s), query, limit);
    }

    void fastCountMatchesFts5OnEveryRow()
    {
        // The ranker reads FTS5's position lists itself and checks that against FTS5's iterator
        // on a query's first row only (falling back to the iterator should they differ, which
        // would hide a wrong fast count from the test above): here every row is checked.
        galley::FtsRanker ranker;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ranker"_s);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            const QVariant handle = db.driver()->handle();
            QCOMPARE(handle.typeName(), "sqlite3*");
            QVERIFY(ranker.install(*static_cast<sqlite3 *const *>(handle.constData())));
            ranker.setVerifyEveryRow(true);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE VIRTUAL TABLE t USING fts5 (title, body, "
                           "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"_s));
            for (const Doc &d : std::as_const(m_docs)) {
                QVERIFY(q.prepare(u"INSERT INTO t (rowid, title, body) VALUES (?, ?, ?)"_s));
                q.addBindValue(d.id);
                q.addBindValue(d.title.join(u' '));
                q.addBindValue(QString(d.body.join(u' ') + u" Über café"_s));
                QVERIFY(q.exec());
            }
            const QStringList queries {
                u"\"common\"*"_s, u"\"common\"* \"middling\"*"_s, u"\"titleword\"* \"common\""_s,
                u"\"fil\"*"_s,    u"\"uber\" \"common\"*"_s,      u"\"co\"*"_s};
            for (const QString &match : queries) {
                ranker.start(10);
                QVERIFY(q.prepare(u"SELECT count(*) FROM t WHERE t MATCH ? AND galley_rank(t)"_s));
                q.addBindValue(match);
                QVERIFY2(q.exec() && q.next(), qPrintable(match));
                QVERIFY2(q.value(0).toInt() >= 10, qPrintable(match));
                q.finish();
                QCOMPARE(ranker.finish().size(), 10);
            }
            QCOMPARE(ranker.mismatches(), 0);
        }
        QSqlDatabase::removeDatabase(u"ranker"_s);
    }

    void plantedIssuesComeInTheRightOrder()
    {
        // 300 issues of made-up words with "the" about every 40th word, and planted among the
        // oldest (so that a ranking that ties would put them last) issues whose order is known.
        Store store;
        const QString path = m_dir.filePath(u"planted.sqlite"_s);
        QVERIFY(store.open(path).ok());
        QRandomGenerator rng(20261205);
        const auto filler = [&rng](int words) {
            return storetest::madeUpWords(rng, words);
        };
        const auto create = [&](const QString &title, const QStringList &body) {
            auto id = store.createIssue(u"---\ntitle: "_s + title + u"\n---\n\n"_s + body.join(u' ')
                                        + u'\n');
            return id.ok() ? *id : -1;
        };
        const auto with = [&](int words, const QString &word, int times) {
            QStringList body = filler(words);
            for (int k = 0; k < times; ++k)
                body[int(rng.bounded(int(body.size())))] = word;
            return body;
        };
        const qint64 about = create(u"Weather"_s, with(500, u"zephyr"_s, 6) << u"nimbus"_s);
        const qint64 mention = create(u"Notes"_s, with(500, u"zephyr"_s, 1));
        const qint64 titled = create(u"Quasar notes"_s, filler(500));
        const qint64 bodyOnly = create(u"More notes"_s, with(500, u"quasar"_s, 1));
        const qint64 shortOne = create(u"Short"_s, with(60, u"cumulus"_s, 2));
        const qint64 longOne = create(u"Long"_s, with(3000, u"cumulus"_s, 2));
        QStringList dense = filler(100);
        for (int k = 0; k < 100; k += 5)
            dense[k] = u"the"_s;
        const qint64 aboutThe = create(u"Articles"_s, dense);
        for (qint64 id : {about, mention, titled, bodyOnly, shortOne, longOne, aboutThe})
            QVERIFY(id > 0);
        for (int i = 0; i < 300; ++i)
            QVERIFY(create(u"Issue "_s + QString::number(i), filler(300 + int(rng.bounded(400))))
                    > 0);

        const auto order = [&](const QString &query) {
            QList<qint64> ids;
            const auto hits = store.search(query, 400);
            for (const auto &h : hits.value())
                ids << h.issueId;
            return ids;
        };
        const auto before = [](const QList<qint64> &ids, qint64 a, qint64 b) {
            return ids.contains(a) && ids.contains(b) && ids.indexOf(a) < ids.indexOf(b);
        };
        QVERIFY(before(order(u"zephyr"_s), about, mention)); // about it beats mentions it
        QVERIFY(before(order(u"quasar"_s), titled, bodyOnly)); // the title beats the body
        QVERIFY(before(order(u"cumulus"_s), shortOne, longOne)); // as often, in fewer words
        // A word in every issue still orders them: the issue most about it first, although it
        // is among the oldest.
        const QList<qint64> the = order(u"the"_s);
        QCOMPARE(the.size(), 307);
        QCOMPARE(the.first(), aboutThe);
        // Two rare words: a real score, not bm25()'s floor.
        const auto both = store.search(u"zephyr nimbus"_s, 10);
        QVERIFY(both.ok());
        QCOMPARE(both->size(), 1);
        QCOMPARE(both->first().issueId, about);
        QVERIFY2(both->first().rank < -1.0, qPrintable(QString::number(both->first().rank)));
        // And the search's order and scores are bm25()'s on this archive too.
        for (const QString &query : {u"the"_s, u"zephyr"_s, u"quasar"_s, u"cumulus"_s,
                                     u"the zephyr"_s, u"qua"_s, u"zephyr nimbus"_s, u"ka"_s})
            compareWithBm25(store, path, query, 20);
    }

    void universalWordOnlyBreaksTies()
    {
        // With a rare word, a word in every issue still has to be there (every word must match)
        // but weighs next to nothing: the rare word's count decides, and among equal counts the
        // newer issue comes first unless the common word's count differs.
        const auto rare = m_store.search(u"rare"_s, 50);
        const auto both = m_store.search(u"rare common"_s, 50);
        QVERIFY(rare.ok() && both.ok());
        QCOMPARE(both->size(), rare->size());
        QCOMPARE(both->size(), 5);
        QCOMPARE(both->first().issueId, rare->first().issueId); // the most "rare" wins in both
    }
};

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
