#include "storetesthelpers.h"

#include "store/ftsranker.h"
#include "store/store.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using galley::Store;

// The search's ranking against a plain reimplementation of its contract (FtsRanker's comment):
// score = sum over the words of idf * f * (k1 + 1) / (f + k1), f counting the first 64
// occurrences, a title one as five; idf that of bm25() floored at 1e-6 when there are several
// words (1 for one word); best first, the newer issue first on equal scores. The ranking takes
// shortcuts (it reads the position lists itself, and skips counting the words' issues when more
// than half of the archive matches every word); this pins that they change no hit, no order and
// no score, also with a word in every issue, a word in most and a rare one.
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

    // The hits the contract asks for: (issue id, score), best first.
    QList<std::pair<qint64, double>> expected(const QStringList &query, int limit) const
    {
        const double rows = double(m_docs.size());
        QList<double> idf;
        for (const QString &w : query) {
            const auto n = double(std::count_if(m_docs.cbegin(), m_docs.cend(), [&](const Doc &d) {
                return d.title.contains(w) || d.body.contains(w);
            }));
            const double i = std::log((rows - n + 0.5) / (n + 0.5));
            idf << (query.size() == 1 ? 1.0 : (i > 1e-6 ? i : 1e-6));
        }
        QList<std::pair<qint64, double>> hits;
        for (const Doc &d : m_docs) {
            double score = 0;
            bool all = true;
            for (qsizetype i = 0; i < query.size(); ++i) {
                const int inTitle = std::min<int>(int(d.title.count(query.at(i))), 64);
                const int inBody = std::min<int>(int(d.body.count(query.at(i))), 64 - inTitle);
                if (inTitle + inBody == 0)
                    all = false;
                double f = 0;
                for (int k = 0; k < inTitle; ++k)
                    f += 5.0;
                for (int k = 0; k < inBody; ++k)
                    f += 1.0;
                score += idf.at(i) * f * (1.2 + 1) / (f + 1.2);
            }
            if (all)
                hits.append({d.id, score});
        }
        std::sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
            return a.second > b.second || (a.second == b.second && a.first > b.first);
        });
        return hits.mid(0, limit);
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

    void sameHitsOrderAndScoresAsTheContract_data()
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

    void sameHitsOrderAndScoresAsTheContract()
    {
        QFETCH(QString, query);
        QFETCH(int, limit);
        const auto hits = m_store.search(query, limit);
        QVERIFY(hits.ok());
        const auto want = expected(query.split(u' '), limit);
        QCOMPARE(hits->size(), want.size());
        QVERIFY(!want.isEmpty());
        for (qsizetype k = 0; k < want.size(); ++k) {
            QCOMPARE(hits->at(k).issueId, want.at(k).first);
            // The same arithmetic: the same double, not just a close one.
            QVERIFY2(hits->at(k).rank == -want.at(k).second,
                     qPrintable(u"hit %1: %2 != %3"_s.arg(k)
                                    .arg(hits->at(k).rank, 0, 'g', 17)
                                    .arg(-want.at(k).second, 0, 'g', 17)));
        }
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
