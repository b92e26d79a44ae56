#include "rawsqlite.h"
#include "storetesthelpers.h"

#include "issuedocument.h"
#include "store/archiveimporter.h"
#include "store/issuefacts.h"
#include "store/store.h"
#include "store/storeschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QTemporaryDir>
#include <QTest>

using galley::Store;

// Schema step 2 keeps one copy of each issue's text: the full-text index holds positions only
// (contentless) and the newest revision points at the issue's text, getting a compressed copy
// of its own when a save replaces it. These tests pin what that must not change: every revision
// reads back exactly, the index forgets replaced, trashed and deleted text (a contentless index
// must be told exactly what it held), a store written by schema 1 upgrades with its index and
// revisions intact, and a damaged revision is an error that names it.
class TestStoreCompact : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QString doc(const QString &title, const QString &body)
    {
        return u"---\ntitle: "_s + title + u"\ndate: 2025-01-05\n---\n\n"_s + body + u'\n';
    }

    static QVariant rawValue(const QString &path, const QString &sql)
    {
        return galley::testsupport::rawValue(path, sql);
    }

    static bool rawExec(const QString &path, const QStringList &statements)
    {
        return galley::testsupport::rawExec(path, statements);
    }

    // The error's text, for a failed check's message (evaluated also when the check passes).
    template<typename R> static QString why(const R &result)
    {
        return result.ok() ? QString() : result.error().toString();
    }

    static QList<qint64> hitIds(Store &store, const QString &query)
    {
        QList<qint64> ids;
        const auto hits = store.search(query, 100);
        if (hits)
            for (const auto &h : *hits)
                ids << h.issueId;
        return ids;
    }

    // The index of the store at `path` holds `rows` rows (one per issue outside the trash) and
    // passes FTS5's own integrity check.
    static bool indexIsSound(const QString &path, int rows)
    {
        return rawValue(path, u"SELECT count(*) FROM issues_fts_docsize"_s).toInt() == rows
            && rawExec(path, {u"INSERT INTO issues_fts (issues_fts) VALUES ('integrity-check')"_s});
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyRevisionReadsBackWithOneCopyOfTheCurrentText()
    {
        const QString path = m_dir.filePath(u"revisions.sqlite"_s);
        Store store;
        QVERIFY(store.open(path).ok());
        const QStringList versions {doc(u"One"_s, u"First text, ünïcödé."_s),
                                    doc(u"One"_s, u"Second text."_s), QString(),
                                    doc(u"One"_s, u"Fourth text after an empty one."_s)};
        auto id = store.createIssue(versions.at(0));
        QVERIFY(id.ok());
        qint64 version = 1;
        for (qsizetype i = 1; i < versions.size(); ++i) {
            auto saved
                = store.saveDocument(*id, versions.at(i), version, galley::RevisionReason::Manual);
            QVERIFY2(saved.ok(), qPrintable(why(saved)));
            version = *saved;
        }
        const auto revisions = store.revisions(*id);
        QVERIFY(revisions.ok());
        QCOMPARE(revisions->size(), versions.size());
        // Newest first.
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const auto text = store.revisionDocument(revisions->at(i).id);
            QVERIFY(text.ok());
            QCOMPARE(*text, versions.at(versions.size() - 1 - i));
        }
        // The newest revision is the issue's text, not a second copy of it; the older ones are
        // compressed.
        QCOMPARE(rawValue(path, u"SELECT count(*) FROM revisions WHERE is_current = 1"_s).toInt(),
                 1);
        QCOMPARE(rawValue(path, u"SELECT max(length(document)) FROM revisions"_s).toInt(), 0);
        QCOMPARE(
            rawValue(path, u"SELECT count(*) FROM revisions WHERE compressed IS NULL"_s).toInt(),
            1);
        // Restoring the first revision brings its text back and keeps the fourth.
        auto restored = store.restoreRevision(revisions->last().id, version);
        QVERIFY2(restored.ok(), qPrintable(why(restored)));
        QCOMPARE(store.issue(*id)->document, versions.first());
        const auto after = store.revisions(*id);
        QCOMPARE(after->size(), versions.size() + 1);
        QCOMPARE(*store.revisionDocument(after->at(1).id), versions.last());
        QCOMPARE(*store.revisionDocument(after->at(0).id), versions.first());
    }

    void theIndexForgetsReplacedTrashedAndDeletedText()
    {
        const QString path = m_dir.filePath(u"index.sqlite"_s);
        Store store;
        QVERIFY(store.open(path).ok());
        auto a = store.createIssue(doc(u"Alpha"_s, u"oldword sharedword"_s));
        auto b = store.createIssue(doc(u"Beta"_s, u"keptword sharedword"_s));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(hitIds(store, u"sharedword"_s).size(), 2);
        // A save: the old words are gone, the new ones found, the title too.
        auto v = store.saveDocument(*a, doc(u"Gamma"_s, u"newword sharedword"_s), 1,
                                    galley::RevisionReason::Manual);
        QVERIFY(v.ok());
        QVERIFY(hitIds(store, u"oldword"_s).isEmpty());
        QVERIFY(hitIds(store, u"alpha"_s).isEmpty());
        QCOMPARE(hitIds(store, u"newword"_s), QList<qint64> {*a});
        QCOMPARE(hitIds(store, u"gamma"_s), QList<qint64> {*a});
        // The trash: out of the index, and in again when restored, once (the counts of
        // the word's occurrences would double otherwise: compare the scores).
        const double before = store.search(u"sharedword"_s)->first().rank;
        QVERIFY(store.moveToTrash(*a).ok());
        QVERIFY(store.moveToTrash(*a).ok()); // twice: nothing to take out the second time
        QCOMPARE(hitIds(store, u"newword"_s), QList<qint64> {});
        QVERIFY(store.restoreFromTrash(*a).ok());
        QVERIFY(store.restoreFromTrash(*a).ok()); // not in the trash: nothing to put back
        QCOMPARE(hitIds(store, u"newword"_s), QList<qint64> {*a});
        QCOMPARE(store.search(u"sharedword"_s)->first().rank, before);
        // A save while in the trash, then back: the saved text is what is found.
        QVERIFY(store.moveToTrash(*b).ok());
        auto vb = store.saveDocument(*b, doc(u"Beta"_s, u"trashedword"_s), 2,
                                     galley::RevisionReason::Manual);
        QVERIFY(vb.ok());
        QVERIFY(hitIds(store, u"trashedword"_s).isEmpty());
        QVERIFY(store.restoreFromTrash(*b).ok());
        QCOMPARE(hitIds(store, u"trashedword"_s), QList<qint64> {*b});
        QVERIFY(hitIds(store, u"keptword"_s).isEmpty());
        // Deleted for good.
        QVERIFY(store.moveToTrash(*b).ok());
        QVERIFY(store.deleteForever(*b).ok());
        QVERIFY(hitIds(store, u"trashedword"_s).isEmpty());
        // The index holds one row per issue outside the trash, and is sound.
        QVERIFY(indexIsSound(path, 1));
        // No copy of the text in the index.
        QVERIFY(!rawValue(path,
                          u"SELECT count(*) FROM sqlite_master "
                          "WHERE name = 'issues_fts_content'"_s)
                     .toBool());
    }

    // What a save indexes (readIssueFacts) and what the next save, the trash and a delete tell
    // the index to forget (indexedText) are the same text, also for a draft whose front matter
    // does not parse (then the whole text is searched): otherwise the contentless index would
    // keep words the issue no longer has.
    void aDraftWithBrokenFrontMatterIsForgottenToo()
    {
        const QString broken = u"---\ntitle: [unclosed frontword\n---\n\nbodyword\n"_s;
        QVERIFY(!galley::IssueDocument::fromText(broken).ok());
        for (const QString &text : {broken, doc(u"Fixed"_s, u"newword"_s), u"no front matter"_s,
                                    u"---\ntitle: x\n---\n"_s, QString()})
            QCOMPARE(galley::readIssueFacts(text).searchText, galley::indexedText(text));

        const QString path = m_dir.filePath(u"broken.sqlite"_s);
        Store store;
        QVERIFY(store.open(path).ok());
        auto id = store.createIssue(broken);
        QVERIFY2(id.ok(), qPrintable(why(id)));
        QCOMPARE(hitIds(store, u"frontword"_s), QList<qint64> {*id});
        // Mended: only the body is the body's text now.
        QVERIFY(
            store
                .saveDocument(*id, doc(u"Fixed"_s, u"newword"_s), 1, galley::RevisionReason::Manual)
                .ok());
        QVERIFY(hitIds(store, u"frontword"_s).isEmpty());
        QVERIFY(hitIds(store, u"bodyword"_s).isEmpty());
        QCOMPARE(hitIds(store, u"newword"_s), QList<qint64> {*id});
        // Broken again, then through the trash and deleted: nothing is left behind.
        QVERIFY(store.saveDocument(*id, broken, 2, galley::RevisionReason::Manual).ok());
        QVERIFY(hitIds(store, u"newword"_s).isEmpty());
        QVERIFY(store.moveToTrash(*id).ok());
        QVERIFY(hitIds(store, u"frontword"_s).isEmpty());
        QVERIFY(store.restoreFromTrash(*id).ok());
        QCOMPARE(hitIds(store, u"bodyword"_s), QList<qint64> {*id});
        QVERIFY(store.moveToTrash(*id).ok());
        QVERIFY(store.deleteForever(*id).ok());
        QVERIFY(hitIds(store, u"frontword"_s).isEmpty());
        QVERIFY(indexIsSound(path, 0));
    }

    void searchSeesAnotherConnectionsWrites()
    {
        // The ranking keeps every issue's length between searches; a write through another
        // store (another process) must not leave it with old lengths: the scores would drift
        // from bm25(). Compared with the scores of a store opened afterwards.
        const QString path = m_dir.filePath(u"two.sqlite"_s);
        Store first;
        QVERIFY(first.open(path).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                first.createIssue(doc(u"Issue"_s, u"lengthword filler"_s.repeated(i + 1))).ok());
        QVERIFY(first.search(u"lengthword"_s).ok()); // the lengths are read now
        {
            Store second;
            QVERIFY(second.open(path).ok());
            QVERIFY(
                second.createIssue(doc(u"Long"_s, u"lengthword "_s + u"x "_s.repeated(400))).ok());
            // An issue the first store has a length for gets longer (not the first one: each
            // search checks its first row's length).
            const auto third = second.issue(3);
            QVERIFY(third.ok());
            QVERIFY(second
                        .saveDocument(3, third->document + u"y "_s.repeated(300), third->version,
                                      galley::RevisionReason::Manual)
                        .ok());
        }
        Store fresh;
        QVERIFY(fresh.open(path).ok());
        const auto seen = first.search(u"lengthword"_s);
        const auto want = fresh.search(u"lengthword"_s);
        QVERIFY(seen.ok() && want.ok());
        QCOMPARE(seen->size(), 6);
        QCOMPARE(seen->size(), want->size());
        for (qsizetype i = 0; i < want->size(); ++i) {
            QCOMPARE(seen->at(i).issueId, want->at(i).issueId);
            QCOMPARE(seen->at(i).rank, want->at(i).rank);
        }
    }

    void aSchemaOneStoreUpgradesWithItsIndexAndRevisions()
    {
        // A store as schema 1 wrote it (its statements as released), with an issue in the
        // index, one in the trash, and revisions with their text in `document`.
        const QString path = m_dir.filePath(u"schema1.sqlite"_s);
        const QString live = doc(u"Live issue"_s, u"upgradeword in the live issue"_s);
        const QString older = doc(u"Live issue"_s, u"an older text"_s);
        const QString trashed = doc(u"Trashed"_s, u"upgradeword in the trash"_s);
        QVERIFY(rawExec(
            path,
            {uR"(CREATE TABLE issues (id INTEGER PRIMARY KEY, number INTEGER,
                 title TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
                 sort_key INTEGER NOT NULL,
                 status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'sent')),
                 created INTEGER NOT NULL, updated INTEGER NOT NULL,
                 version INTEGER NOT NULL DEFAULT 1, deleted INTEGER, document TEXT NOT NULL))"_s,
             u"CREATE INDEX issues_number ON issues (number)"_s,
             uR"(CREATE INDEX issues_list ON issues (sort_key DESC, number DESC, updated DESC,
                 id, title, date, status, created, version, deleted))"_s,
             uR"(CREATE TABLE revisions (id INTEGER PRIMARY KEY,
                 issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
                 created INTEGER NOT NULL, reason TEXT NOT NULL, document TEXT NOT NULL,
                 size INTEGER NOT NULL))"_s,
             u"CREATE INDEX revisions_issue ON revisions (issue_id, created)"_s,
             uR"(CREATE TABLE links (issue_id INTEGER NOT NULL REFERENCES issues (id)
                 ON DELETE CASCADE, position INTEGER NOT NULL, url TEXT NOT NULL,
                 normalized TEXT NOT NULL, section TEXT NOT NULL DEFAULT '',
                 sponsor INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (issue_id, position))
                 WITHOUT ROWID)"_s,
             u"CREATE INDEX links_normalized ON links (normalized)"_s,
             uR"(CREATE VIRTUAL TABLE issues_fts USING fts5 (title, body,
                 tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'))"_s,
             u"INSERT INTO issues_fts (issues_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)')"_s,
             u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"_s,
             u"INSERT INTO issues VALUES (1, NULL, 'Live issue', '2025-01-05', 1, 'draft', 1, "
             "2, 2, NULL, '"_s
                 + live + u"')"_s,
             u"INSERT INTO issues VALUES (2, NULL, 'Trashed', '2025-01-05', 1, 'draft', 1, 1, "
             "1, 5, '"_s
                 + trashed + u"')"_s,
             u"INSERT INTO revisions VALUES (1, 1, 1, 'manual', '"_s + older + u"', 10)"_s,
             u"INSERT INTO revisions VALUES (2, 1, 2, 'manual', '"_s + live + u"', 10)"_s,
             u"INSERT INTO revisions VALUES (3, 2, 1, 'manual', '"_s + trashed + u"', 10)"_s,
             // As schema 1 indexed it: the title and searchableText() of the body.
             u"INSERT INTO issues_fts (rowid, title, body) VALUES (1, 'Live issue', "
             "'upgradeword in the live issue\n')"_s,
             u"PRAGMA user_version = 1"_s}));
        Store store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(),
                 galley::StoreSchema::currentVersion());
        QCOMPARE(hitIds(store, u"upgradeword"_s), QList<qint64> {1});
        QCOMPARE(*store.revisionDocument(1), older);
        QCOMPARE(*store.revisionDocument(2), live);
        // The upgraded index forgets what it held before the upgrade: the contentless table is
        // told exactly the text schema 1 had indexed.
        auto v = store.saveDocument(1, doc(u"Live issue"_s, u"afterword"_s), 2,
                                    galley::RevisionReason::Manual);
        QVERIFY2(v.ok(), qPrintable(why(v)));
        QVERIFY(hitIds(store, u"upgradeword"_s).isEmpty());
        QCOMPARE(hitIds(store, u"afterword"_s), QList<qint64> {1});
        QCOMPARE(*store.revisionDocument(2), live); // an old revision stays readable
        QVERIFY(store.restoreFromTrash(2).ok());
        QCOMPARE(hitIds(store, u"upgradeword"_s), QList<qint64> {2});
        QCOMPARE(rawValue(path, u"SELECT count(*) FROM issues_fts_docsize"_s).toInt(), 2);
    }

    void savesMergeLazilyImportsEagerly()
    {
        // A save merges the index's segments 8 at a time (fewer pages written per keystroke
        // save); an import 4 at a time (a compact index), and leaves it at 8 again.
        const QString path = m_dir.filePath(u"merge.sqlite"_s);
        const auto automerge = [&] {
            return rawValue(path, u"SELECT v FROM issues_fts_config WHERE k = 'automerge'"_s)
                .toInt();
        };
        Store store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(automerge(), 8);
        QVERIFY(store.setBulkWriting(true).ok());
        QCOMPARE(automerge(), 4);
        QVERIFY(store.setBulkWriting(false).ok());
        QCOMPARE(automerge(), 8);
        galley::ArchiveImporter importer(store);
        const galley::ImportReport report = importer.run(storetest::fixtureFiles());
        QCOMPARE(report.added, 3);
        QCOMPARE(automerge(), 8);
    }

    void aDamagedRevisionIsAnErrorThatNamesIt()
    {
        const QString path = m_dir.filePath(u"damaged.sqlite"_s);
        qint64 oldRevision = 0;
        {
            Store store;
            QVERIFY(store.open(path).ok());
            auto id = store.createIssue(doc(u"One"_s, u"first"_s));
            QVERIFY(id.ok());
            QVERIFY(store
                        .saveDocument(*id, doc(u"One"_s, u"second"_s), 1,
                                      galley::RevisionReason::Manual)
                        .ok());
            oldRevision = store.revisions(*id)->last().id;
        }
        QVERIFY(rawExec(path,
                        {u"UPDATE revisions SET compressed = x'000000ff0102' WHERE id = "_s
                         + QString::number(oldRevision)}));
        Store store;
        QVERIFY(store.open(path).ok());
        const auto text = store.revisionDocument(oldRevision);
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, galley::Error::Corrupt);
        QVERIFY2(text.error().message.contains(QString::number(oldRevision)),
                 qPrintable(text.error().message));
        // The issue itself reads.
        QVERIFY(store.issue(1).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreCompact)
#include "tst_storecompact.moc"
