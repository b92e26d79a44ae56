// What only a store on PostgreSQL has (tst_pgstore, on the suite's throwaway server): addresses
// that are refused, a server or database that is not there, a schema from a newer Galley or
// from somebody else, two connections on one store seeing each other's saves, and the
// announcements of commits (LISTEN/NOTIFY) that tell them.
#include "storetesthelpers.h"

#include "store/archiveimporter.h"
#include "store/issuefacts.h"
#include "store/pg/pgcopy.h"
#include "store/pg/pgtopranking.h"
#include "store/store.h"
#include "store/storedatabase.h"
#include "store/storelocation.h"
#include "store/storeschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using galley::Error;
using galley::Store;

class TestPgStore : public QObject
{
    Q_OBJECT
private:
    storetest::FreshStores m_stores;
    // A repair's concurrent build waits for older transactions in the whole database: other
    // tests' batches in other schemas too (ctest -j2).
    static constexpr int repairTimeoutMs = 60000;

    // Runs one statement on the store's schema over a connection of our own; the first column
    // of its rows in `values`.
    bool exec(const QString &location, const QString &sql, QStringList *values = nullptr)
    {
        if (!galley::StoreLocation::parse(location))
            return false;
        bool ok = false;
        {
            QSqlDatabase db = storetest::addPgConnection(location, u"raw"_s);
            QSqlQuery q(db);
            ok = db.open() && q.exec(sql);
            while (ok && values && q.next())
                values->append(q.value(0).toString());
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return ok;
    }

    // Every (word, issue) row of the store's search as "issue word f len", in order.
    QStringList termRows(const QString &location)
    {
        QStringList rows;
        if (!exec(location,
                  u"SELECT concat_ws(' ', r.issue_id, t.word, r.f, r.len) FROM issue_terms r "
                  "JOIN search_terms t ON t.id = r.term_id ORDER BY r.issue_id, t.word"_s,
                  &rows))
            rows << u"(the query failed)"_s;
        return rows;
    }

    // Whether the store's schema has the search's impact index (PgSearchIndexes), ready for use.
    bool hasImpactIndex(const QString &location)
    {
        return exec(location,
                    u"DO $$ BEGIN IF NOT coalesce((SELECT indisvalid FROM pg_index WHERE "
                    "indexrelid = to_regclass('issue_terms_impact')), false) THEN "
                    "RAISE EXCEPTION 'no index'; END IF; END $$"_s);
    }

    // A search index as the catalog has it: "valid", "invalid" (a concurrent build under way
    // or stopped), "missing"; empty when the query failed. The impact index, or the key
    // (issue_terms_pkey).
    QString impactIndexState(const QString &location,
                             const QString &index = u"issue_terms_impact"_s)
    {
        QStringList state;
        exec(location,
             u"SELECT coalesce((SELECT CASE WHEN indisvalid THEN 'valid' ELSE 'invalid' END "
             "FROM pg_index WHERE indexrelid = to_regclass('%1')), 'missing')"_s.arg(index),
             &state);
        return state.value(0);
    }
    QString keyState(const QString &location)
    {
        return impactIndexState(location, u"issue_terms_pkey"_s);
    }
    // Whether the key is the table's primary key, as the schema made it.
    bool isThePrimaryKey(const QString &location)
    {
        return exec(location,
                    u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = "
                    "'issue_terms_pkey' AND contype = 'p' AND conrelid = 'issue_terms'::regclass) "
                    "THEN RAISE EXCEPTION 'no primary key'; END IF; END $$"_s);
    }

    // Opens `store` as the window's (Store::setBackgroundWork): it repairs the search's indexes.
    static bool openAsTheWindow(Store &store, const QString &location)
    {
        store.setBackgroundWork(true);
        return store.open(location).ok();
    }

    // Whether a session holds the import's lock on the indexes (PgSearchIndexes::lockKeySql()).
    bool impactIndexLockIsHeld(const QString &location)
    {
        QStringList free;
        exec(location,
             u"SELECT pg_try_advisory_lock(hashtextextended(current_schema(), 7478))::text"_s,
             &free);
        return free.value(0) != u"true"_s; // our session ends at once, and lets go with it
    }

    // A teammate's transaction left open, holding its snapshot: a concurrent index build waits
    // for it to end.
    class OpenTransaction
    {
    public:
        explicit OpenTransaction(const QString &location)
        {
            QSqlDatabase db = storetest::addPgConnection(location, u"teammate"_s);
            m_query = QSqlQuery(db);
            m_open = db.open() && begin();
        }
        ~OpenTransaction()
        {
            m_query = QSqlQuery();
            QSqlDatabase::database(u"teammate"_s, false).close();
            QSqlDatabase::removeDatabase(u"teammate"_s);
        }
        bool isOpen() const { return m_open; }
        bool commit() { return m_query.exec(u"COMMIT"_s); }
        // A transaction with its snapshot taken (the constructor's, or the next after a commit).
        bool begin()
        {
            return m_query.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s)
                && m_query.exec(u"SELECT count(*) FROM issues"_s);
        }
        // Takes the store's writers' lock (PgEngine::beginWriteSql) until the commit: every
        // write of the store waits meanwhile.
        bool holdWriters()
        {
            return m_query.exec(u"SELECT pg_advisory_xact_lock(hashtextextended("
                                "coalesce(current_schema(), ''), 7477))"_s);
        }

    private:
        QSqlQuery m_query;
        bool m_open = false;
    };

    // A store as an import that crashed leaves it: its issues (one per text, their ids in `ids`)
    // and no impact index (PgSearchIndexes), with no session holding the import's lock.
    QString storeWithoutItsImpactIndex(const QStringList &texts, QList<qint64> *ids = nullptr)
    {
        const QString location = m_stores.fresh();
        Store store;
        if (!store.open(location).ok())
            return {};
        for (int n = 1; n <= texts.size(); ++n) {
            const auto id = store.createIssue(storetest::issueText(n, texts.at(n - 1)));
            if (!id.ok())
                return {};
            if (ids)
                ids->append(*id);
        }
        store.close();
        return exec(location, u"DROP INDEX issue_terms_impact"_s) ? location : QString();
    }

    // Whether each search word's count of issues (search_terms.issues) is its rows' count.
    bool wordCountsMatchTheirRows(const QString &location)
    {
        return exec(location,
                    u"DO $$ BEGIN IF EXISTS (SELECT 1 FROM search_terms t WHERE t.issues <> "
                    "(SELECT count(*) FROM issue_terms i WHERE i.term_id = t.id)) THEN "
                    "RAISE EXCEPTION 'counts differ'; END IF; END $$"_s);
    }

    // Whether the (word, issue) rows are exactly those of the issues indexed: each one's words
    // and their two- and three-letter prefix terms, and no row of an issue that has left the
    // index (a removal finds an issue's rows from its words: PgSearch::removeStored).
    bool rowsMatchTheIssuesWords(const QString &location)
    {
        return exec(location,
                    uR"(DO $$ BEGIN IF EXISTS (SELECT 1 FROM issue_terms r WHERE NOT EXISTS (
                            SELECT 1 FROM issue_search s WHERE s.issue_id = r.issue_id))
                        OR EXISTS (SELECT 1 FROM issue_search s WHERE
                            ARRAY(SELECT t.word FROM issue_terms r
                                  JOIN search_terms t ON t.id = r.term_id
                                  WHERE r.issue_id = s.issue_id ORDER BY 1)
                            <> ARRAY(WITH w AS (SELECT DISTINCT x FROM unnest(string_to_array(
                                         s.title_words || ' ' || s.body_words, ' ')) x
                                         WHERE x <> '')
                                     SELECT k FROM (SELECT x FROM w UNION SELECT left(x, n) || '*'
                                         FROM w, (VALUES (2), (3)) v (n) WHERE length(x) >= n)
                                         keys (k)
                                     ORDER BY k COLLATE "C"))
                        THEN RAISE EXCEPTION 'rows differ'; END IF; END $$)"_s);
    }

    // A search's hits as (issue, rank), empty when it failed.
    static QList<std::pair<qint64, double>> ranks(Store &store, const QString &query)
    {
        QList<std::pair<qint64, double>> out;
        const auto hits = store.search(query);
        if (hits) {
            for (const galley::SearchHit &h : *hits)
                out.append({h.issueId, h.rank});
        }
        return out;
    }

    // The same, every match scored in full (GALLEY_PG_SEARCH_EXHAUSTIVE), to compare with the
    // ranking that reads each word's rows best first.
    static QList<std::pair<qint64, double>> ranksScoringEveryMatch(Store &store,
                                                                   const QString &query)
    {
        qputenv("GALLEY_PG_SEARCH_EXHAUSTIVE", "1");
        const QList<std::pair<qint64, double>> out = ranks(store, query);
        qunsetenv("GALLEY_PG_SEARCH_EXHAUSTIVE");
        return out;
    }

    // The suite's URL with one of its parts replaced.
    static QString with(const QString &from, const QString &to)
    {
        QString url = storetest::postgresUrl();
        url.replace(from, to);
        return url;
    }

private slots:
    void initTestCase() { QVERIFY(m_stores.postgres()); }

    void aPasswordInTheAddressIsRefused()
    {
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(cwd.path()));
        Store store;
        const auto opened = store.open(with(u"postgres@"_s, u"postgres:hunter2@"_s));
        QVERIFY(QDir::setCurrent(before));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"~/.pgpass"_s),
                 qPrintable(opened.error().message));
        QVERIFY(!opened.error().toString().contains(u"hunter2"_s));
        QVERIFY(!store.isOpen());
        QCOMPARE(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void noServerIsAClearError()
    {
        // A socket folder where no server listens: no crash, no folder, a sentence to act on.
        QTemporaryDir nowhere;
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(cwd.path()));
        Store store;
        const auto opened
            = store.open(u"postgresql://postgres@/galley?host=%1&port=5432"_s.arg(nowhere.path()));
        QVERIFY(QDir::setCurrent(before));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"Cannot reach the PostgreSQL server"_s),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(nowhere.path()));
        QVERIFY(!store.isOpen());
        QCOMPARE(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
        QCOMPARE(QDir(nowhere.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void aMissingDatabaseIsNamed()
    {
        Store store;
        const auto opened = store.open(with(u"/galley?"_s, u"/no_such_newsletter?"_s));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"has no database “no_such_newsletter”"_s),
                 qPrintable(opened.error().message));
    }

    void aMissingUserIsNamed()
    {
        Store store;
        const auto opened = store.open(with(u"postgres@"_s, u"nobody_here@"_s));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"nobody_here"_s),
                 qPrintable(opened.error().message));
    }

    void aNewSchemaIsMadeAndVersioned()
    {
        const QString location = m_stores.fresh() + u"x"_s; // a schema nobody created
        Store store;
        const auto opened = store.open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(store.createIssue(storetest::issueText(1)).ok());
        QCOMPARE(store.integrityCheck().value(), u"ok"_s);
        store.close();
        const QString schema = location.mid(location.lastIndexOf(u'=') + 1);
        QVERIFY(exec(location, u"DROP SCHEMA "_s + schema + u" CASCADE"_s));
    }

    void aSchemaNamedLikeAWordOfSqlIsMade()
    {
        // `window` is reserved in PostgreSQL's grammar: CREATE SCHEMA window is a syntax error.
        QString location = m_stores.fresh();
        location.replace(QRegularExpression(u"schema=\\w+"_s), u"schema=Window"_s);
        QVERIFY(exec(location, u"DROP SCHEMA IF EXISTS \"window\" CASCADE"_s));
        {
            Store store;
            const auto opened = store.open(location);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            QVERIFY(store.createIssue(storetest::issueText(1)).ok());
        }
        Store again;
        QVERIFY(again.open(location).ok());
        QCOMPARE(again.listIssues().value().size(), 1);
        again.close();
        QVERIFY(exec(location, u"DROP SCHEMA \"window\" CASCADE"_s));
    }

    void aNewerSchemaIsRefused()
    {
        const QString location = m_stores.fresh();
        {
            Store store;
            QVERIFY(store.open(location).ok());
            QVERIFY(store.createIssue(storetest::issueText(1)).ok());
        }
        QVERIFY(exec(location,
                     u"UPDATE galley_schema SET version = %1"_s.arg(
                         galley::StoreSchema::currentVersion() + 1)));
        Store store;
        const auto opened = store.open(location);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::NewerSchema);
        QVERIFY(opened.error().message.contains(u"newer version of Galley"_s));
    }

    void aVersion7SearchIndexIsRebuiltByItsStep()
    {
        // A store as the first PostgreSQL release left it: the search a tsvector column with a
        // GIN index (PgSearch::baselineSql), schema version 7. Opening it runs step 8, which
        // builds the word tables from the words version 7 kept: the same hits and scores.
        const QString location = m_stores.fresh();
        const QStringList queries {u"alpha"_s, u"be"_s, u"gamma-delta"_s, u"alpha be"_s};
        QList<QList<std::pair<qint64, double>>> before;
        {
            Store store;
            QVERIFY(store.open(location).ok());
            for (int n = 1; n <= 6; ++n) {
                const QString extra
                    = n % 2 ? u"alpha beta gamma-delta alpha"_s : u"beta bent gamma delta"_s;
                QVERIFY(store.createIssue(storetest::issueText(n, extra)).ok());
            }
            const qint64 trashed = store.createIssue(storetest::issueText(7, u"alpha"_s)).value();
            QVERIFY(store.moveToTrash(trashed).ok());
            for (const QString &q : queries) {
                const auto hits = ranks(store, q);
                QVERIFY2(!hits.isEmpty(), qPrintable(q));
                before.append(hits);
            }
        }
        QVERIFY(exec(location, uR"(DROP TABLE search_terms, issue_terms;
                        ALTER TABLE issue_search ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
                                setweight(to_tsvector('simple', title_words), 'A')
                                || setweight(to_tsvector('simple', '-0 ' || body_words), 'D'))
                                STORED;
                        CREATE INDEX issue_search_tsv ON issue_search USING gin (tsv);
                        UPDATE galley_schema SET version = 7)"_s));
        Store store;
        QVERIFY(store.open(location).ok());
        QCOMPARE(store.integrityCheck().value(), u"ok"_s);
        QVERIFY(wordCountsMatchTheirRows(location));
        for (qsizetype i = 0; i < queries.size(); ++i)
            QCOMPARE(ranks(store, queries.at(i)), before.at(i));
        // And the index goes on from there.
        const qint64 added = store.createIssue(storetest::issueText(8, u"gamma-delta"_s)).value();
        QCOMPARE(store.search(u"gamma-delta"_s)->size(), before.at(2).size() + 1);
        QVERIFY(store.moveToTrash(added).ok());
        QCOMPARE(store.search(u"gamma-delta"_s)->size(), before.at(2).size());
    }

    void eachWordsCountOfIssuesFollowsEveryWrite()
    {
        // The idf's counts (schema step 10) as each kind of write leaves them: new issues, a
        // batch, one rolled back, edits, the trash and back, a deletion. Then a store from
        // before the step: the step counts what is there. And the rows themselves: a removal
        // (edit, trash, deletion) takes exactly the issue's rows, found from its words, words of
        // letters that take two or three bytes in UTF-8 included (prefixes count letters).
        const QString location = m_stores.fresh();
        Store store;
        QVERIFY(store.open(location).ok());
        QList<qint64> ids;
        for (int n = 1; n <= 4; ++n)
            ids << store
                       .createIssue(storetest::issueText(
                           n, n % 2 ? u"alpha beta"_s : u"alpha beta 漢字語x ωμέγα"_s))
                       .value();
        QVERIFY(rowsMatchTheIssuesWords(location));
        QCOMPARE(store.search(u"漢字"_s)->size(), 2);
        QVERIFY(store.beginBatch(Store::BatchMode::AllOrNothing).ok());
        for (int n = 5; n <= 7; ++n)
            ids << store.createIssue(storetest::issueText(n, u"alpha gamma gammas"_s)).value();
        QVERIFY(store.commitBatch().ok());
        QVERIFY(store.beginBatch(Store::BatchMode::AllOrNothing).ok());
        QVERIFY(store.createIssue(storetest::issueText(8, u"alpha delta"_s)).ok());
        // A search in the batch writes its rows (and counts) before the rollback undoes them.
        QCOMPARE(store.search(u"delta"_s)->size(), 1);
        store.rollbackBatch();
        QVERIFY(wordCountsMatchTheirRows(location));
        QVERIFY(store.saveDocument(ids.at(0), storetest::issueText(1, u"gamma"_s), 1).ok());
        QVERIFY(store.moveToTrash(ids.at(1)).ok());
        QVERIFY(store.moveToTrash(ids.at(2)).ok());
        QVERIFY(store.restoreFromTrash(ids.at(2)).ok());
        QVERIFY(store.moveToTrash(ids.at(3)).ok());
        QVERIFY(store.deleteForever(ids.at(3)).ok());
        QVERIFY(wordCountsMatchTheirRows(location));
        QVERIFY(rowsMatchTheIssuesWords(location));
        QCOMPARE(store.search(u"漢字"_s)->size(), 0);
        QCOMPARE(store.search(u"alpha"_s)->size(), 4);
        QCOMPARE(store.search(u"gam"_s)->size(), 4);

        QVERIFY(exec(location,
                     u"ALTER TABLE search_terms DROP COLUMN issues; "
                     "UPDATE galley_schema SET version = 9"_s));
        store.close();
        QVERIFY(store.open(location).ok());
        QVERIFY(wordCountsMatchTheirRows(location));
        QCOMPARE(store.search(u"alpha"_s)->size(), 4);
    }

    void anImportCountsTheTermsAheadAsASaveWould()
    {
        // An import counts each issue's search terms on its worker threads
        // (Store::searchTermCounter()): they give the rows a save of the same text writes, word,
        // f and length, though the import's batch sends them by COPY and each save in one
        // statement (PgSearch::flush). Terms counted from other words than the issue's own are
        // never written.
        const QString imported = m_stores.fresh();
        const QString saved = m_stores.fresh();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList texts;
        for (int n = 1; n <= 60; ++n) {
            texts << storetest::issueText(
                n, n % 2 ? u"Alpha beta gammas"_s : u"ωμέγα delta-epsilon Ærø"_s);
            // Named so that they sort as they are numbered: the rows name issues by their ids.
            QFile f(dir.filePath(u"issue-%1.md"_s.arg(n, 2, 10, QChar(u'0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(texts.last().toUtf8());
        }
        {
            Store store;
            QVERIFY(store.open(imported).ok());
            QVERIFY(store.searchTermCounter());
            const qint64 copies = galley::PgCopy::calls();
            QCOMPARE(galley::ArchiveImporter(store).run({dir.path()}).added, 60);
            QCOMPARE(galley::PgCopy::calls(), copies + 1);
        }
        {
            Store store;
            QVERIFY(store.open(saved).ok());
            const qint64 copies = galley::PgCopy::calls();
            for (const QString &text : std::as_const(texts))
                QVERIFY(store.importDocument(text).ok());
            QCOMPARE(galley::PgCopy::calls(), copies);
        }
        const QStringList rows = termRows(imported);
        QVERIFY(rows.size() > 60 * 20);
        QCOMPARE(rows, termRows(saved));

        Store store;
        QVERIFY(store.open(saved).ok());
        const QString text = storetest::issueText(7, u"zeta"_s);
        galley::IssueFacts facts = galley::readIssueFacts(text);
        facts.countedTerms = std::make_shared<const galley::CountedSearchTerms>(
            store.searchTermCounter()(facts.title, facts.searchText + u" omicron"_s));
        QVERIFY(store.importDocument(text, facts).ok());
        QCOMPARE(store.search(u"zeta"_s)->size(), 1);
        QCOMPARE(store.search(u"omicron"_s)->size(), 0);
        QVERIFY(rowsMatchTheIssuesWords(saved));
    }

    void aLargeImportBuildsTheImpactIndexOnceAtItsEnd()
    {
        // 150 issues into an empty store: the import sets the impact index aside and builds it
        // when it is done. A second Galley that opens the store meanwhile leaves it aside (the
        // import's lock says one is under way); the searches are those of the full ranking.
        QTemporaryDir archive;
        for (int n = 1; n <= 150; ++n) {
            QFile f(archive.filePath(u"issue-%1.md"_s.arg(n, 3, 10, QChar(u'0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                storetest::issueText(n, n % 3 ? u"alpha beta"_s : u"alpha alpha gamma"_s).toUtf8());
        }
        const QString location = m_stores.fresh();
        Store store;
        QVERIFY(store.open(location).ok());
        QVERIFY(hasImpactIndex(location));
        int checkedAt = 0;
        bool asideDuring = false;
        bool asideAfterAnotherOpened = false;
        galley::ArchiveImporter importer(store);
        importer.setProgressCallback([&](int done, int) {
            if (checkedAt > 0)
                return;
            checkedAt = done;
            asideDuring = !hasImpactIndex(location);
            Store other;
            QVERIFY(openAsTheWindow(other, location));
            QCOMPARE(other.search(u"alpha"_s, 200)->size(), done);
            // Without the index: the same hits, order and scores as scoring every match.
            const QList<std::pair<qint64, double>> sorted = ranks(other, u"alpha"_s);
            QCOMPARE(sorted.size(), 50);
            QCOMPARE(sorted, ranksScoringEveryMatch(other, u"alpha"_s));
            asideAfterAnotherOpened = !hasImpactIndex(location);
        });
        QCOMPARE(importer.run({archive.path()}).added, 150);
        QCOMPARE(checkedAt, 100);
        QVERIFY(asideDuring);
        QVERIFY(asideAfterAnotherOpened);
        QVERIFY(hasImpactIndex(location));
        QCOMPARE(store.search(u"alpha"_s, 200)->size(), 150);
        // The best 50 of 150 (the 50 with "alpha" twice), as the full ranking has them.
        const QList<std::pair<qint64, double>> pruned = ranks(store, u"alpha"_s);
        QCOMPARE(pruned.size(), 50);
        QCOMPARE(pruned, ranksScoringEveryMatch(store, u"alpha"_s));
        QVERIFY(wordCountsMatchTheirRows(location));

        // Run again, the files are all in the store: nothing set aside.
        bool keptOnRerun = true;
        galley::ArchiveImporter again(store);
        again.setProgressCallback(
            [&](int, int) { keptOnRerun = keptOnRerun && hasImpactIndex(location); });
        QCOMPARE(again.run({archive.path()}).unchanged, 150);
        QVERIFY(keptOnRerun);

        // 110 more next to 150: once the first 100 are in, the 10 left are not worth a
        // rebuild (10 x 8 < 250 indexed), and the index is kept up as they go.
        QTemporaryDir more;
        for (int n = 151; n <= 260; ++n) {
            QFile f(more.filePath(u"issue-%1.md"_s.arg(n)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(storetest::issueText(n, u"gamma"_s).toUtf8());
        }
        bool keptDuring = true;
        galley::ArchiveImporter small(store);
        small.setProgressCallback(
            [&](int, int) { keptDuring = keptDuring && hasImpactIndex(location); });
        QCOMPARE(small.run({more.path()}).added, 110);
        QVERIFY(keptDuring);

        // The import let go of its lock: an index gone now is built by the next opening.
        QVERIFY(exec(location, u"DROP INDEX issue_terms_impact"_s));
        Store next;
        QVERIFY(openAsTheWindow(next, location));
        QTRY_VERIFY_WITH_TIMEOUT(hasImpactIndex(location), repairTimeoutMs);
    }

    void anImportThatDoublesTheStoreBuildsTheKeyAtItsEndOrForARemoval()
    {
        // 300 issues into an empty store: once the first 100 are in, the 200 left at least
        // double it, and the import sets the key of the search's rows aside with the impact
        // index. A teammate's search meanwhile reads the whole table, with the hits and scores
        // of a search with the key; a teammate's save removes its issue's rows without the key. A
        // file of the second batch changes issue 5, of the first: its removal builds the key again
        // at once. At the end both indexes are there and every row is right.
        QTemporaryDir archive;
        for (int n = 1; n <= 300; ++n) {
            QFile f(archive.filePath(u"issue-%1.md"_s.arg(n, 3, 10, QChar(u'0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QString words = n % 3 == 0 ? u"alpha alpha gamma"_s
                : n % 5 == 0                 ? u"alpha beta betamax"_s
                                             : u"alpha beta"_s;
            f.write(storetest::issueText(n == 150 ? 5 : n, n == 150 ? u"alpha omega"_s : words)
                        .toUtf8());
        }
        const QString location = m_stores.fresh();
        Store store;
        QVERIFY(store.open(location).ok());
        QCOMPARE(keyState(location), u"valid"_s);
        QStringList keyAt; // the key's state after each batch
        QList<std::pair<qint64, double>> duringSearch, duringWithTheKey;
        qint64 duringPruned = -1; // searches that read each word's rows best first
        bool primaryKeyBeforeTheEnd = true;
        qsizetype duringHits = -1;
        galley::ArchiveImporter importer(store);
        importer.setProgressCallback([&](int done, int) {
            keyAt << keyState(location);
            // Built for the removal as a unique index: made the primary key (which locks every
            // reader out until its transaction ends) only once the import is done.
            if (done == 200)
                primaryKeyBeforeTheEnd = isThePrimaryKey(location);
            if (done != 100)
                return;
            QCOMPARE(impactIndexState(location), u"missing"_s);
            Store other;
            QVERIFY(openAsTheWindow(other, location)); // the import's lock holds its repair
            duringHits = other.search(u"alpha"_s, 500)->size();
            // A prefix of two words (beta, betamax), read from the whole table, and the same
            // with a key made for the moment, read from each word's range of it.
            const qint64 pruned = galley::PgTopRanking::calls();
            duringSearch = ranks(other, u"beta"_s);
            duringPruned = galley::PgTopRanking::calls() - pruned;
            QVERIFY(exec(location,
                         u"CREATE UNIQUE INDEX issue_terms_pkey ON issue_terms (term_id, issue_id) "
                         "INCLUDE (f, len)"_s));
            duringWithTheKey = ranksScoringEveryMatch(other, u"beta"_s);
            QVERIFY(exec(location, u"DROP INDEX issue_terms_pkey"_s));
            const auto listed = other.listIssues();
            QVERIFY(listed.ok());
            for (const auto &issue : *listed) {
                if (issue.number == 1)
                    QVERIFY(other
                                .saveDocument(issue.id, storetest::issueText(1, u"alpha kappa"_s),
                                              issue.version)
                                .ok());
            }
            QCOMPARE(other.search(u"kappa"_s)->size(), 1);
        });
        const galley::ImportReport report = importer.run({archive.path()});
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
        QCOMPARE(report.added, 299);
        QCOMPARE(report.updated, 1);
        QCOMPARE(keyAt, (QStringList {u"missing"_s, u"valid"_s, u"valid"_s}));
        QVERIFY(!primaryKeyBeforeTheEnd);
        QCOMPARE(duringHits, 100);
        QCOMPARE(duringSearch.size(), 50); // the best 50 of 67
        QCOMPARE(duringSearch, duringWithTheKey);
        QCOMPARE(duringPruned, 0); // each word's rows read once, in full
        const qint64 pruned = galley::PgTopRanking::calls();
        QCOMPARE(ranks(store, u"beta"_s).size(), 50);
        QCOMPARE(galley::PgTopRanking::calls(), pruned + 1); // with the key again
        QCOMPARE(keyState(location), u"valid"_s);
        QCOMPARE(impactIndexState(location), u"valid"_s);
        QVERIFY(!impactIndexLockIsHeld(location));
        QVERIFY(rowsMatchTheIssuesWords(location));
        QVERIFY(wordCountsMatchTheirRows(location));
        QCOMPARE(store.search(u"omega"_s)->size(), 1);
        QCOMPARE(store.search(u"kappa"_s)->size(), 1);
        QCOMPARE(store.search(u"alpha"_s, 500)->size(), 299);
        QCOMPARE(ranks(store, u"gamma"_s), ranksScoringEveryMatch(store, u"gamma"_s));
        // The key is the primary key again: a second row for a word and an issue is refused.
        QVERIFY(isThePrimaryKey(location));
        QVERIFY(!exec(location,
                      u"INSERT INTO issue_terms (term_id, issue_id, f, len) "
                      "SELECT term_id, issue_id, f, len FROM issue_terms LIMIT 1"_s));
    }

    void aStoreLeftWithoutItsKeyBuildsItWhenOpened()
    {
        // An import that crashed after setting the key aside: the window's store builds it in the
        // background, as it does the impact index. Meanwhile searches and saves go on.
        QList<qint64> ids;
        const QString location = storeWithoutItsImpactIndex({u"alpha"_s, u"alpha beta"_s}, &ids);
        QVERIFY(!location.isEmpty());
        QVERIFY(exec(location, u"ALTER TABLE issue_terms DROP CONSTRAINT issue_terms_pkey"_s));
        QCOMPARE(keyState(location), u"missing"_s);
        {
            Store command; // not the window's: leaves it to the window
            QVERIFY(command.open(location).ok());
            QCOMPARE(command.search(u"alpha"_s)->size(), 2);
            QVERIFY(command.saveDocument(ids.value(0), storetest::issueText(1, u"alpha gamma"_s), 1)
                        .ok());
            QCOMPARE(keyState(location), u"missing"_s);
        }
        QVERIFY(rowsMatchTheIssuesWords(location));
        Store store;
        QVERIFY(openAsTheWindow(store, location));
        QTRY_COMPARE_WITH_TIMEOUT(keyState(location), u"valid"_s, repairTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(hasImpactIndex(location), repairTimeoutMs);
        QCOMPARE(store.search(u"gamma"_s)->size(), 1);
        QCOMPARE(ranks(store, u"alpha"_s), ranksScoringEveryMatch(store, u"alpha"_s));
        QVERIFY(wordCountsMatchTheirRows(location));
        QVERIFY(isThePrimaryKey(location));
        store.close();

        // What a build of the repair that stopped half way leaves: a unique index of the name,
        // not valid. It is dropped and built again, and made the primary key.
        QVERIFY(exec(location,
                     u"ALTER TABLE issue_terms DROP CONSTRAINT issue_terms_pkey; "
                     "CREATE UNIQUE INDEX issue_terms_pkey ON issue_terms (term_id, issue_id) "
                     "INCLUDE (f, len); UPDATE pg_index SET indisvalid = false "
                     "WHERE indexrelid = to_regclass('issue_terms_pkey')"_s));
        QCOMPARE(keyState(location), u"invalid"_s);
        Store again;
        QVERIFY(openAsTheWindow(again, location));
        QTRY_COMPARE_WITH_TIMEOUT(keyState(location), u"valid"_s, repairTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(isThePrimaryKey(location), repairTimeoutMs);
        QCOMPARE(again.search(u"gamma"_s)->size(), 1);
        again.close();

        // A key built but not made the primary key (that step gave up, the table busy): made it
        // then, without building the index again.
        QStringList before, after;
        QVERIFY(exec(location,
                     u"ALTER TABLE issue_terms DROP CONSTRAINT issue_terms_pkey; "
                     "CREATE UNIQUE INDEX issue_terms_pkey ON issue_terms (term_id, issue_id) "
                     "INCLUDE (f, len)"_s));
        QVERIFY(!isThePrimaryKey(location));
        const QString fileOfTheIndex
            = u"SELECT pg_relation_filenode(to_regclass('issue_terms_pkey'))"_s;
        QVERIFY(exec(location, fileOfTheIndex, &before));
        Store third;
        QVERIFY(openAsTheWindow(third, location));
        QTRY_VERIFY_WITH_TIMEOUT(isThePrimaryKey(location), repairTimeoutMs);
        QVERIFY(exec(location, fileOfTheIndex, &after));
        QCOMPARE(after, before);
        QCOMPARE(keyState(location), u"valid"_s);
    }

    void aCopyThatFailsSaysWhyAndLeavesTheConnectionUsable()
    {
        // PgCopy on a store's own connection: rows the server cannot read are an error with the
        // server's words, not a lost connection, and the connection goes on; a connection that is
        // gone is Error::Offline, as for a statement.
        const QString location = m_stores.fresh();
        {
            Store store;
            QVERIFY(store.open(location).ok());
        }
        const auto where = galley::StoreLocation::parse(location);
        QVERIFY(where.ok());
        galley::StoreDatabase db;
        QVERIFY(db.open(*where).ok());
        const QString what = u"Copying"_s;
        const QString columns = u"term_id, issue_id, f, len"_s;
        QVERIFY(galley::PgCopy::copyRows(db, u"issue_terms"_s, columns,
                                         "7\t8\t1\t10\n7\t9\t2\t20\n", what)
                    .ok());
        QCOMPARE(db.value(u"SELECT sum(f) FROM issue_terms WHERE term_id = 7"_s, {}, what)->toInt(),
                 3);
        const galley::Status unreadable
            = galley::PgCopy::copyRows(db, u"issue_terms"_s, columns, "x\t8\t1\t10\n", what);
        QVERIFY(!unreadable.ok());
        QCOMPARE(unreadable.error().code, galley::Error::Failed);
        QVERIFY2(unreadable.error().message.startsWith(u"Copying: "_s)
                     && unreadable.error().message.contains(u"bigint"_s),
                 qPrintable(unreadable.error().message));
        const galley::Status twice
            = galley::PgCopy::copyRows(db, u"issue_terms"_s, columns, "7\t8\t1\t10\n", what);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(u"issue_terms_pkey"_s),
                 qPrintable(twice.error().message));
        QCOMPARE(db.value(u"SELECT count(*) FROM issue_terms"_s, {}, what)->toInt(), 2);

        const QString backend = db.value(u"SELECT pg_backend_pid()"_s, {}, what)->toString();
        QVERIFY(exec(location, u"SELECT pg_terminate_backend(%1)"_s.arg(backend)));
        const galley::Status gone
            = galley::PgCopy::copyRows(db, u"issue_terms"_s, columns, "7\t10\t1\t10\n", what);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, galley::Error::Offline);
    }

    void aStoreLeftWithoutItsImpactIndexBuildsItWhenOpened()
    {
        // What an import that crashed (or lost its connection) leaves: the index set aside and
        // no session holding the import's lock. The next Galley to open the store builds it, in
        // the background (PgIndexRepair).
        const QString location = storeWithoutItsImpactIndex({u"alpha"_s});
        QVERIFY(!location.isEmpty());
        QVERIFY(!hasImpactIndex(location));
        {
            Store store;
            QVERIFY(openAsTheWindow(store, location));
            QTRY_VERIFY_WITH_TIMEOUT(hasImpactIndex(location), repairTimeoutMs);
            QCOMPARE(store.search(u"alpha"_s)->size(), 1);
        }
        // What a build that stopped half way leaves (one made CONCURRENTLY by hand): an index that
        // is there but not valid. It is built again too.
        QVERIFY(exec(location,
                     u"UPDATE pg_index SET indisvalid = false "
                     "WHERE indexrelid = to_regclass('issue_terms_impact')"_s));
        QVERIFY(!hasImpactIndex(location));
        Store store;
        QVERIFY(openAsTheWindow(store, location));
        QTRY_VERIFY_WITH_TIMEOUT(hasImpactIndex(location), repairTimeoutMs);
        QCOMPARE(store.search(u"alpha"_s)->size(), 1);
    }

    void aRepairOfTheIndexHoldsUpNobody()
    {
        // The build of a repair waits for every older transaction in the database, here one
        // that a teammate left open: the store opens meanwhile, and its saves and searches go
        // on. Closing the store stops the build at once, lock and all; the next opening starts
        // again and, once that transaction ends, has the index.
        QList<qint64> ids;
        const QString location = storeWithoutItsImpactIndex({u"alpha"_s, u"alpha beta"_s}, &ids);
        QVERIFY(!location.isEmpty());
        const qint64 id = ids.value(0);
        QCOMPARE(impactIndexState(location), u"missing"_s);
        OpenTransaction teammate(location);
        QVERIFY(teammate.isOpen());
        QElapsedTimer closing;
        {
            Store store;
            QVERIFY(openAsTheWindow(store, location));
            QTRY_COMPARE(impactIndexState(location), u"invalid"_s); // the build, waiting
            QVERIFY(store.saveDocument(id, storetest::issueText(1, u"alpha gamma"_s), 1).ok());
            QCOMPARE(store.search(u"gamma"_s)->size(), 1);
            QCOMPARE(store.search(u"alpha"_s)->size(), 2);
            QVERIFY(impactIndexLockIsHeld(location));
            QTest::qWait(300);
            QCOMPARE(impactIndexState(location), u"invalid"_s); // still waiting
            closing.start();
        }
        QVERIFY2(closing.elapsed() < 3000, qPrintable(QString::number(closing.elapsed())));
        QVERIFY(!impactIndexLockIsHeld(location));
        QCOMPARE(impactIndexState(location), u"invalid"_s); // what a stopped build leaves
        Store store;
        QVERIFY(openAsTheWindow(store, location));
        QVERIFY(teammate.commit());
        QTRY_VERIFY_WITH_TIMEOUT(hasImpactIndex(location), repairTimeoutMs);
        QCOMPARE(store.search(u"alpha"_s)->size(), 2);
        QCOMPARE(store.search(u"gamma"_s)->size(), 1);
    }

    void anImportStopsTheRepairAndBuildsTheIndexItself()
    {
        // A repair under way when this Galley starts an import (too small to set the index
        // aside): the import stops it and, at its end, builds the index itself, while the
        // teammate's transaction that held the repair back is still open.
        const QString location = storeWithoutItsImpactIndex({u"alpha"_s});
        QVERIFY(!location.isEmpty());
        OpenTransaction teammate(location);
        QVERIFY(teammate.isOpen());
        Store store;
        QVERIFY(openAsTheWindow(store, location));
        QTRY_COMPARE(impactIndexState(location), u"invalid"_s);
        QTemporaryDir archive;
        for (int n = 2; n <= 4; ++n) {
            QFile f(archive.filePath(u"issue-%1.md"_s.arg(n)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(storetest::issueText(n, u"alpha delta"_s).toUtf8());
        }
        const galley::ImportReport report = galley::ArchiveImporter(store).run({archive.path()});
        QCOMPARE(report.added, 3);
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(u'\n')));
        QCOMPARE(impactIndexState(location), u"valid"_s);
        QVERIFY(!impactIndexLockIsHeld(location));
        QCOMPARE(store.search(u"alpha"_s)->size(), 4);
        QVERIFY(teammate.commit());
    }

    void aCommandLeavesTheRepairToAWindow()
    {
        // A command ends in a moment, and its close would stop a repair half way: like every
        // store but the window's, it starts none (Store::setBackgroundWork), so the index stays
        // missing rather than half built, and a window builds it. The teammate's transaction
        // would hold a build back, so that one started here would still be under way, its index
        // there and invalid, when asked.
        const QString location = storeWithoutItsImpactIndex({u"alpha"_s});
        QVERIFY(!location.isEmpty());
        OpenTransaction teammate(location);
        QVERIFY(teammate.isOpen());
        {
            Store store;
            QVERIFY(store.open(location).ok());
            QCOMPARE(store.search(u"alpha"_s)->size(), 1);
            QTest::qWait(1000); // a build begun at the opening is there as invalid in 0.1 s
            QCOMPARE(impactIndexState(location), u"missing"_s);
            QVERIFY(!impactIndexLockIsHeld(location));
        }
        // A command that runs a while: its write waits for the teammate's lock on the writers,
        // long after its opening, where a repair would have begun.
        QVERIFY(teammate.holdWriters());
        QProcess command;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GALLEY_STORE_BUSY_TIMEOUT_MS"_s, u"60000"_s);
        command.setProcessEnvironment(env);
        command.start(QStringLiteral(GALLEY_BINARY), {u"new"_s, u"--db"_s, location});
        QVERIFY(command.waitForStarted());
        // Waiting for the lock: its store was opened, where a repair would have begun.
        const auto waitsForTheLock = [&] {
            QStringList waiting;
            // This store's writers' lock (a 64-bit key: its two halves), not another test's.
            exec(location,
                 u"SELECT count(*) FROM pg_locks l, (SELECT hashtextextended(current_schema(), "
                 "7477) AS k) x WHERE l.locktype = 'advisory' AND NOT l.granted "
                 "AND l.objsubid = 1 AND l.classid::bigint = (x.k >> 32) & 4294967295 "
                 "AND l.objid::bigint = x.k & 4294967295"_s,
                 &waiting);
            return waiting.value(0) == u"1"_s;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waitsForTheLock(), 30000);
        QTest::qWait(1000);
        QVERIFY2(command.state() == QProcess::Running, command.readAllStandardError().constData());
        QCOMPARE(impactIndexState(location), u"missing"_s);
        QVERIFY(!impactIndexLockIsHeld(location));
        QVERIFY(teammate.commit());
        QVERIFY(command.waitForFinished(60000));
        QVERIFY2(command.exitCode() == 0, command.readAllStandardError().constData());
        QCOMPARE(impactIndexState(location), u"missing"_s);
        // The window's store builds it, once the teammate's next transaction ends too.
        QVERIFY(teammate.begin());
        Store window;
        QVERIFY(openAsTheWindow(window, location));
        QTRY_COMPARE(impactIndexState(location), u"invalid"_s);
        QVERIFY(teammate.commit());
        QTRY_VERIFY_WITH_TIMEOUT(hasImpactIndex(location), repairTimeoutMs);
    }

    void somebodyElsesSchemaIsRefused()
    {
        const QString location = m_stores.fresh();
        QVERIFY(exec(location, u"CREATE TABLE orders (id integer)"_s));
        Store store;
        const auto opened = store.open(location);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Corrupt);
        QVERIFY(opened.error().message.contains(u"not a Galley store"_s));
        // Left as it was: no tables of ours.
        QVERIFY(!exec(location, u"SELECT 1 FROM galley_schema"_s));
    }

    void aSecondStoreSeesTheFirstOnesSave()
    {
        const QString location = m_stores.fresh();
        Store a;
        Store b;
        QVERIFY(a.open(location).ok());
        QVERIFY(b.open(location).ok());
        // A search reads in one snapshot of its own (PgSearch), which must end with it: a
        // snapshot left open would hide every later commit from b.
        QVERIFY(b.search(u"anvils"_s).ok());
        const qint64 before = b.dataVersion().value();
        const qint64 ownBefore = a.dataVersion().value();
        int told = 0;
        b.onChangedElsewhere([&told] { ++told; });
        const qint64 id = a.createIssue(storetest::issueText(7)).value();
        QVERIFY(a.saveDocument(id, storetest::issueText(7, u"edited"_s), 1).ok());
        // Another connection's commits change the number, once their notifications have come
        // through the event loop; one's own do not (as SQLite's).
        QTRY_COMPARE_WITH_TIMEOUT(b.dataVersion().value(), before + 2, 2000);
        QCOMPARE(told, 2);
        QCOMPARE(a.dataVersion().value(), ownBefore);
        const auto seen = b.issue(id);
        QVERIFY(seen.ok());
        QCOMPARE(seen->version, 2);
        QCOMPARE(seen->document, storetest::issueText(7, u"edited"_s));
        QCOMPARE(b.listIssues()->size(), 1);
        QCOMPARE(b.search(u"anvils"_s)->size(), 1);
        QVERIFY(b.saveDocument(id, storetest::issueText(7, u"anvils again"_s), 2).ok());
        QCOMPARE(a.issue(id)->version, 3);
    }

    // Every commit is announced on the schema's channel, with the issue it is about; a write
    // that is rolled back is not.
    void commitsAreAnnouncedAndRollbacksAreNot()
    {
        const QString location = m_stores.fresh();
        Store a;
        QVERIFY(a.open(location).ok());
        const qint64 id = a.createIssue(storetest::issueText(8)).value();
        const auto where = galley::StoreLocation::parse(location);
        QVERIFY(where);
        const QString name = u"listener"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(where->host);
            db.setPort(where->port);
            db.setUserName(where->user);
            db.setDatabaseName(where->database);
            db.setConnectOptions(where->connectOptions());
            QVERIFY(db.open());
            QVERIFY(db.driver()->subscribeToNotification(u"galley_"_s + where->schema));
            QSignalSpy heard(db.driver(), &QSqlDriver::notification);

            QVERIFY(a.beginBatch().ok());
            QVERIFY(a.createIssue(storetest::issueText(9)).ok());
            a.rollbackBatch();
            QVERIFY(a.saveDocument(id, storetest::issueText(8, u"edited"_s), 1).ok());
            QVERIFY(a.createIssue(storetest::issueText(10)).ok());
            // Delivered in commit order: had the rollback been announced, it would come first.
            QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 2, 2000);
            QCOMPARE(heard.at(0).at(0).toString(), u"galley_"_s + where->schema);
            QCOMPARE(heard.at(0).at(1).value<QSqlDriver::NotificationSource>(),
                     QSqlDriver::OtherSource);
            const QJsonObject first
                = QJsonDocument::fromJson(heard.at(0).at(2).toString().toUtf8()).object();
            QCOMPARE(first.value(u"kind"_s).toString(), u"issue"_s);
            QCOMPARE(first.value(u"id"_s).toInteger(), id);
            const QJsonObject second
                = QJsonDocument::fromJson(heard.at(1).at(2).toString().toUtf8()).object();
            QCOMPARE(second.value(u"kind"_s).toString(), u"store"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // Subscriptions do not survive closing and opening the connection: the next look subscribes
    // again and reports a change, so that a watcher reads everything again.
    void aReopenedConnectionListensAgain()
    {
        const QString location = m_stores.fresh();
        Store a;
        QVERIFY(a.open(location).ok());
        const QStringList others = QSqlDatabase::connectionNames();
        Store b;
        QVERIFY(b.open(location).ok());
        QStringList mine = QSqlDatabase::connectionNames();
        mine.removeIf([&](const QString &n) { return others.contains(n); });
        QCOMPARE(mine.size(), 1);
        const qint64 before = b.dataVersion().value();
        {
            QSqlDatabase db = QSqlDatabase::database(mine.first(), false);
            QVERIFY(db.driver()->subscribedToNotifications().size() == 1);
            db.close();
            QVERIFY(db.open());
            QVERIFY(db.driver()->subscribedToNotifications().isEmpty());
        }
        QCOMPARE(b.dataVersion().value(), before + 1);
        QVERIFY(a.createIssue(storetest::issueText(11)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.dataVersion().value(), before + 2, 2000);
    }

    void aBackupIsASqliteFile()
    {
        // A store on PostgreSQL backs up into a SQLite file (through StoreCopier, as `galley
        // migrate`), which opens anywhere; no temporary file is left beside it.
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const auto id = store.createIssue(storetest::issueText(7));
        QVERIFY(id.ok());
        const QString target = dir.filePath(u"copy.sqlite"_s);
        const auto backup = store.backupTo(target);
        QVERIFY2(backup.ok(), backup.ok() ? "" : qPrintable(backup.error().message));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList {u"copy.sqlite"_s});
        Store copy;
        QVERIFY(copy.open(target).ok());
        QCOMPARE(copy.issue(*id)->document, storetest::issueText(7));
        QCOMPARE(copy.search(u"story"_s)->size(), 1);
    }

    void aLostConnectionIsAnErrorNotACrash()
    {
        // The server ends our session mid-transaction (a restart, an administrator): QPSQL
        // still calls the connection open; every call says the connection was lost.
        const QString location = m_stores.fresh();
        const QString schema = location.mid(location.lastIndexOf(u'=') + 1);
        Store store;
        QVERIFY(store.open(location).ok());
        const qint64 id = store.createIssue(storetest::issueText(1)).value();
        QVERIFY(store.beginBatch().ok()); // holds the store's advisory lock: finds our session
        QVERIFY(exec(location,
                     u"SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = "
                     "'advisory' AND ((classid::bigint << 32) | objid::bigint) = "
                     "hashtextextended('%1', 7477)"_s.arg(schema)));
        const auto saved = store.saveDocument(id, storetest::issueText(1, u"x"_s), 1);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(u"connection to the PostgreSQL server was lost"_s),
                 qPrintable(saved.error().message));
        store.rollbackBatch();
        const auto read = store.issue(id);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(u"was lost"_s), qPrintable(read.error().message));
        QCOMPARE(read.error().code, Error::Offline);
        // Connected again (the editor does so by itself, OfflineSaves), the same store works on.
        QVERIFY(store.reconnect());
        QCOMPARE(store.issue(id)->document, storetest::issueText(1));
        QVERIFY(store.saveDocument(id, storetest::issueText(1, u"y"_s), 1));
        // Opened again, the store has what was committed before.
        Store again;
        QVERIFY(again.open(location).ok());
        QCOMPARE(again.issue(id)->document, storetest::issueText(1, u"y"_s));
    }

    void aWriterWaitsForTheOtherAndThenReportsBusy()
    {
        // One writer at a time, as on SQLite: a batch holds the store's write lock, and a second
        // connection's write waits lock_timeout (GALLEY_STORE_BUSY_TIMEOUT_MS) and says Busy.
        qputenv("GALLEY_STORE_BUSY_TIMEOUT_MS", "200");
        const QString location = m_stores.fresh();
        Store a;
        Store b;
        QVERIFY(a.open(location).ok());
        QVERIFY(b.open(location).ok());
        QVERIFY(a.beginBatch().ok());
        QVERIFY(a.createIssue(storetest::issueText(1)).ok());
        const auto blocked = b.createIssue(storetest::issueText(2));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, Error::Busy);
        QVERIFY(a.commitBatch().ok());
        QVERIFY(b.createIssue(storetest::issueText(2)).ok());
        QCOMPARE(a.listIssues()->size(), 2);
        qunsetenv("GALLEY_STORE_BUSY_TIMEOUT_MS");
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
