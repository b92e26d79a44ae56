// StoreCopier, what `galley migrate` runs: a store with a row in every table (the fixture
// archive, a draft with revisions, a trashed draft, inbox items, settings, spelling words, link
// checks, test sends) copied with its ids, its search rebuilt, the copy checked by row counts
// and checksums, and the source left byte for byte as it was. The target is a SQLite file, or
// in the tst_storecopier_pg twin a schema on the suite's PostgreSQL server: there it is
// SQLite -> PostgreSQL -> SQLite with the same checksums, and new rows on the PostgreSQL copy
// get fresh ids, and a value PostgreSQL changes on the way (1.5 into an integer) fails the check
// and leaves nothing. Refusals: a target that is not new, a missing, older or newer source, a bad
// scheme.
#include "fixturearchive.h"
#include "rawsqlite.h"
#include "storetesthelpers.h"

#include "linkcheck/linkcheck.h"
#include "store/store.h"
#include "store/storecopier.h"
#include "store/storeschema.h"
#include "store/tablechecksum.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QTest>

using galley::Error;
using galley::IssueStatus;
using galley::Store;
using galley::StoreCopier;
using galley::TableSummary;

namespace {
// The rare word only the trashed draft holds.
const QString trashedWord = u"zanzibarquux"_s;

QByteArray fileSha(const QString &path)
{
    return QCryptographicHash::hash(storetest::readBytes(path), QCryptographicHash::Sha256);
}

QStringList hitIds(Store &store, const QString &query)
{
    QStringList ids;
    auto hits = store.search(query);
    if (hits) {
        for (const auto &h : std::as_const(*hits))
            ids << QString::number(h.issueId);
    }
    return ids;
}
} // namespace

class TestStoreCopier : public QObject
{
    Q_OBJECT
    storetest::FreshStores m_stores;
    QTemporaryDir m_files; // SQLite sources and round-trip copies, whatever the engine
    int m_n = 0;
    qint64 m_draft = 0;
    qint64 m_trashed = 0;

    QString file() { return m_files.filePath(u"f%1.sqlite"_s.arg(++m_n)); }

    // A SQLite store with at least one row in every table the copier knows.
    QString filledSource()
    {
        const QString path = file();
        if (!galley::testsupport::importFixtureArchive(path))
            return {};
        Store s;
        if (!s.open(path))
            return {};
        auto draft = s.createIssue(storetest::issueText(104, u"Tabs\tand back\\slashes."_s));
        if (!draft)
            return {};
        m_draft = *draft;
        auto v = s.saveDocument(m_draft, storetest::issueText(104, u"A second text."_s), 1);
        if (!v || !s.saveDocument(m_draft, storetest::issueText(104, u"A third text."_s), *v))
            return {};
        auto trashed = s.createIssue(storetest::issueText(105, trashedWord));
        if (!trashed || !s.moveToTrash(*trashed))
            return {};
        m_trashed = *trashed;
        auto added
            = s.addToInbox({{u"https://example.com/one"_s, u"One"_s, {}, u"a note"_s, {}, {}},
                            {u"https://example.com/two"_s, {}, {}, {}, u"News"_s, {}}});
        if (!added || !s.setInboxState({added->at(0).id}, galley::InboxState::Used, m_draft))
            return {};
        galley::LinkCheck check;
        check.url = u"https://example.com/one"_s;
        check.httpStatus = 200;
        check.checked = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        galley::TestSendRecord send;
        send.issueId = m_draft;
        send.time = check.checked;
        send.server = u"127.0.0.1:2525"_s;
        send.recipients = {u"me@example.com"_s};
        send.subject = u"[TEST] Ops Weekly"_s;
        send.size = 1234;
        if (!s.saveLinkCheck(check) || !s.recordTestSend(send)
            || !s.setSetting(u"newsletter.name"_s, u"Ops Weekly ✓"_s)
            || !s.addPersonalWord(u"en_US"_s, u"kubectl"_s) || !s.rebuildSpellingVocabulary())
            return {};
        return path;
    }

    static QList<TableSummary> summary(const QString &location)
    {
        Store s;
        if (!s.open(location, Store::OpenMode::ReadOnly))
            return {};
        auto sums = StoreCopier::summarize(s);
        return sums ? *sums : QList<TableSummary> {};
    }

    // The store's own tables, as the schema made them (the search index's and the version's
    // left out: the copier does not copy those).
    QStringList schemaTables(const QString &location)
    {
        QStringList names;
        if (!location.startsWith(u"postgresql:"_s)) {
            const QVariant list = galley::testsupport::rawValue(
                location,
                u"SELECT group_concat(name) FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'issues_fts%' AND name NOT LIKE 'sqlite_%'"_s);
            names = list.toString().split(u',');
        } else {
            const auto where = galley::StoreLocation::parse(location);
            {
                QSqlDatabase db = storetest::addPgConnection(location, u"tables"_s);
                db.open();
                QSqlQuery q(db);
                q.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = '"_s
                       + where->schema
                       + u"' AND table_name NOT IN ('galley_schema', 'issue_search', "
                         "'issue_search_totals', 'search_terms', 'issue_terms')"_s);
                while (q.next())
                    names << q.value(0).toString();
            }
            QSqlDatabase::removeDatabase(u"tables"_s);
        }
        names.sort();
        return names;
    }

private slots:
    void canonicalRows()
    {
        using galley::TableChecksum;
        QCOMPARE(TableChecksum::canonicalRow({qlonglong(-3), QVariant(), u"a\tb\\c\nd\re"_s,
                                              QByteArray("\x00\xff", 2), true}),
                 QByteArray("-3\t\\N\ta\\tb\\\\c\\nd\\re\t\\x00ff\t1\n"));
        // The width a driver picked does not matter; text that looks like NULL or bytes is
        // still text.
        QCOMPARE(TableChecksum::canonicalRow({int(7), qulonglong(8)}),
                 TableChecksum::canonicalRow({qlonglong(7), qlonglong(8)}));
        QVERIFY(TableChecksum::canonicalRow({u"\\N"_s}) != TableChecksum::canonicalRow({{}}));
        QVERIFY(TableChecksum::canonicalRow({u"\\x00"_s})
                != TableChecksum::canonicalRow({QByteArray(1, '\0')}));
        // A text key sums in UTF-8 byte order, whatever order the rows came in.
        TableChecksum a({0}), b({0});
        for (const QString &k : {u"b"_s, u"é"_s, u"a"_s, u"Z"_s})
            a.addRow({k});
        for (const QString &k : {u"Z"_s, u"a"_s, u"b"_s, u"é"_s})
            b.addRow({k});
        QCOMPARE(a.finish(), b.finish());
    }

    void theTableListIsTheSchemas()
    {
        // A table a later schema step adds must be added to StoreCopier::tables() too, or this
        // fails: a migrate would leave it behind without a word.
        QStringList copied;
        for (const auto &t : StoreCopier::tables())
            copied << t.name;
        copied.sort();
        const QString location = m_stores.fresh();
        {
            Store s;
            QVERIFY(s.open(location));
        }
        QCOMPARE(schemaTables(location), copied);
        // The keys are the SQLite tables' primary keys, in their order.
        const QString path = file();
        QVERIFY(Store().open(path));
        for (const auto &t : StoreCopier::tables()) {
            const QVariant pk = galley::testsupport::rawValue(
                path,
                u"SELECT group_concat(name) FROM (SELECT name FROM pragma_table_info('"_s + t.name
                    + u"') WHERE pk > 0 ORDER BY pk)"_s);
            QCOMPARE(pk.toString().split(u','), t.key);
        }
    }

    void copiesEveryTableWithItsIds()
    {
        const QString source = filledSource();
        QVERIFY(!source.isEmpty());
        const QByteArray before = fileSha(source);
        const QList<TableSummary> original = summary(source);
        QCOMPARE(original.size(), StoreCopier::tables().size());
        for (const TableSummary &t : original)
            QVERIFY2(t.rows > 0, qPrintable(t.table)); // every table is really copied

        QList<std::tuple<QString, qint64, qint64>> progress;
        const QString target = m_stores.fresh();
        auto report = StoreCopier::migrate(source, target,
                                           [&](const QString &t, qint64 done, qint64 total) {
                                               progress.append({t, done, total});
                                           });
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->tables, original);
        QCOMPARE(report->indexed, 4); // 3 archived issues and the draft; not the trashed one
        QCOMPARE(std::get<0>(progress.constLast()), u"spelling_vocabulary"_s);
        QCOMPARE(std::get<1>(progress.constLast()), std::get<2>(progress.constLast()));
        QCOMPARE(fileSha(source), before); // only read
        QCOMPARE(summary(target), original);

        Store from, to;
        QVERIFY(from.open(source, Store::OpenMode::ReadOnly));
        QVERIFY(to.open(target));
        // Search gives the same issues, best first, and not the trashed one.
        for (const QString &query : {u"kubernetes"_s, u"incident"_s, u"story"_s, u"acme anvils"_s})
            QCOMPARE(hitIds(to, query), hitIds(from, query));
        QVERIFY(!hitIds(from, u"story"_s).isEmpty());
        QVERIFY(hitIds(to, trashedWord).isEmpty());
        QCOMPARE(to.listTrash()->size(), 1);
        QCOMPARE(to.listTrash()->first().id, m_trashed);
        // A draft's revisions, with their ids and texts.
        auto a = from.revisions(m_draft), b = to.revisions(m_draft);
        QCOMPARE(b->size(), 3);
        for (qsizetype i = 0; i < a->size(); ++i) {
            QCOMPARE(b->at(i).id, a->at(i).id);
            QCOMPARE(b->at(i).reason, a->at(i).reason);
            QCOMPARE(*to.revisionDocument(b->at(i).id), *from.revisionDocument(a->at(i).id));
        }
        // The copied index is the one the store keeps: a restored issue is found, a trashed one
        // no longer, and new rows get fresh ids (PostgreSQL's sequences moved past the copy).
        QVERIFY(to.restoreFromTrash(m_trashed));
        QCOMPARE(hitIds(to, trashedWord), QStringList {QString::number(m_trashed)});
        QVERIFY(to.moveToTrash(m_draft));
        QVERIFY(!hitIds(to, u"story"_s).contains(QString::number(m_draft)));
        auto fresh = to.createIssue(storetest::issueText(106));
        QVERIFY2(fresh, fresh ? "" : qPrintable(fresh.error().message));
        QCOMPARE(*fresh, m_trashed + 1);
        auto item = to.addToInbox({{u"https://example.com/three"_s, {}, {}, {}, {}, {}}});
        QVERIFY(item);
        QCOMPARE(item->first().id, 3);
        galley::TestSendRecord send;
        send.issueId = *fresh;
        send.time = QDateTime::currentDateTimeUtc();
        QCOMPARE(*to.recordTestSend(send), 2);
    }

    void readsTheSourceInOneSnapshot()
    {
        // Another process writes to the source while the copy runs: the copy is the store as
        // it was when the copy began, whole (no revision without its issue), and it checks out.
        const QString source = filledSource();
        const QList<TableSummary> before = summary(source);
        bool wrote = false;
        auto copied = StoreCopier::migrate(
            source, m_stores.fresh(), [&](const QString &table, qint64, qint64) {
                if (wrote || table != u"issues"_s)
                    return;
                Store other;
                wrote = other.open(source) && other.createIssue(storetest::issueText(9))
                    && other.setSetting(u"late"_s, u"1"_s);
            });
        QVERIFY(wrote);
        QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
        QCOMPARE(copied->tables, before);
        QVERIFY(summary(source) != before);
    }

    void aRoundTripKeepsTheChecksums()
    {
        // SQLite -> target engine -> SQLite: the same rows, summed the same on every engine.
        const QString source = filledSource();
        QVERIFY(!source.isEmpty());
        const QString middle = m_stores.fresh();
        const QString back = file();
        auto there = StoreCopier::migrate(source, middle);
        QVERIFY2(there, there ? "" : qPrintable(there.error().message));
        auto again = StoreCopier::migrate(middle, back);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->tables, there->tables);
        QCOMPARE(summary(back), summary(source));
        // And a change is seen, in its table only.
        {
            Store s;
            QVERIFY(s.open(back));
            QVERIFY(s.setSetting(u"newsletter.name"_s, u"Ops Weekly"_s));
        }
        const QList<TableSummary> changed = summary(back), original = summary(source);
        for (qsizetype i = 0; i < original.size(); ++i)
            QCOMPARE(changed.at(i) == original.at(i), original.at(i).table != u"settings"_s);
    }

    void aValueTheTargetChangesFailsTheCheck()
    {
        // SQLite keeps whatever a column is given; a sponsor flag of 1.5 (a damaged or
        // hand-edited store) lands in PostgreSQL's integer column as 2. The checksums see it:
        // the copy is undone and the message names the table. Into SQLite it is copied as it is.
        const QString source = filledSource();
        QVERIFY(galley::testsupport::rawExec(
            source,
            {u"UPDATE links SET sponsor = 1.5 WHERE issue_id = 1 AND position = "
             "(SELECT min(position) FROM links WHERE issue_id = 1)"_s}));
        const QString target = m_stores.fresh();
        auto copied = StoreCopier::migrate(source, target);
        if (!m_stores.postgres()) {
            QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
            QCOMPARE(summary(target), summary(source));
            return;
        }
        QVERIFY(!copied);
        QVERIFY2(copied.error().message.contains(u"The copy of the table links differs"_s),
                 qPrintable(copied.error().message));
        Store t;
        QVERIFY(t.open(target));
        QCOMPARE(t.listIssues()->size(), 0); // nothing kept: the target is still new
        QVERIFY(StoreCopier::migrate(filledSource(), target));
    }

    void aStoreBacksUpIntoAFile()
    {
        // On PostgreSQL through the copier, on SQLite with VACUUM INTO: a SQLite file either way.
        const QString source = filledSource();
        const QString live = m_stores.fresh();
        QVERIFY(StoreCopier::migrate(source, live));
        const QString backup = m_files.filePath(u"backup.sqlite"_s);
        {
            Store s;
            QVERIFY(s.open(live));
            auto written = s.backupTo(backup);
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        }
        QCOMPARE(summary(backup), summary(source));
        Store b;
        QVERIFY(b.open(backup));
        Store a;
        QVERIFY(a.open(source, Store::OpenMode::ReadOnly));
        QCOMPARE(hitIds(b, u"story"_s), hitIds(a, u"story"_s));
        QVERIFY(!hitIds(b, u"story"_s).isEmpty());
        QVERIFY(hitIds(b, trashedWord).isEmpty());
    }

    void theSourceIsOpenedSoThatItCannotBeWritten()
    {
        const QString location = m_stores.fresh();
        {
            Store s;
            QVERIFY(s.open(location));
            QVERIFY(s.setSetting(u"x"_s, u"before"_s));
        }
        Store ro;
        QVERIFY(ro.open(location, Store::OpenMode::ReadOnly));
        QCOMPARE(*ro.setting(u"x"_s), u"before"_s);
        const auto set = ro.setSetting(u"x"_s, u"after"_s);
        QVERIFY(!set);
        QCOMPARE(set.error().code, Error::ReadOnly);
        QVERIFY(!ro.createIssue(storetest::issueText(1)));
        ro.close();
        Store s;
        QVERIFY(s.open(location));
        QCOMPARE(*s.setting(u"x"_s), u"before"_s);
        QCOMPARE(s.listIssues()->size(), 0);
    }

    void refusesATargetThatIsNotNew()
    {
        const QString source = filledSource();
        const QString target = m_stores.fresh();
        {
            Store t;
            QVERIFY(t.open(target));
            QVERIFY(t.setSetting(u"x"_s, u"y"_s));
        }
        auto copied = StoreCopier::migrate(source, target);
        QVERIFY(!copied);
        QVERIFY2(copied.error().message.contains(u"not empty (the table settings has rows)"_s),
                 qPrintable(copied.error().message));
        Store t;
        QVERIFY(t.open(target));
        QCOMPARE(t.listIssues()->size(), 0);
        QCOMPARE(*t.setting(u"x"_s), u"y"_s);
        // A store that was only opened is new; the same store as source and target is refused.
        const QString opened = m_stores.fresh();
        QVERIFY(Store().open(opened));
        QVERIFY(StoreCopier::migrate(source, opened));
        auto itself = StoreCopier::migrate(source, source);
        QVERIFY(!itself);
        QVERIFY(itself.error().message.contains(u"the same store"_s));
    }

    void refusesAMissingOlderOrUnknownSource()
    {
        const QString missing = m_files.filePath(u"missing.sqlite"_s);
        auto copied = StoreCopier::migrate(missing, m_stores.fresh());
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::NotFound);
        QVERIFY(!QFile::exists(missing));

        // An older store is not upgraded behind a person's back: its bytes stay as they were.
        const QString older = filledSource();
        QVERIFY(galley::testsupport::rawExec(
            older,
            {u"PRAGMA user_version = "_s
             + QString::number(galley::StoreSchema::currentVersion() - 1)}));
        const QByteArray before = fileSha(older);
        copied = StoreCopier::migrate(older, m_stores.fresh());
        QVERIFY(!copied);
        QVERIFY2(copied.error().message.contains(u"older version of Galley"_s),
                 qPrintable(copied.error().message));
        QCOMPARE(fileSha(older), before);

        QVERIFY(galley::testsupport::rawExec(
            older,
            {u"PRAGMA user_version = "_s
             + QString::number(galley::StoreSchema::currentVersion() + 1)}));
        copied = StoreCopier::migrate(older, m_stores.fresh());
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::NewerSchema);

        for (const QString &bad : {u"mysql://db.example.com/news"_s, u"ftp://x/y"_s}) {
            QVERIFY(!StoreCopier::migrate(bad, m_stores.fresh()));
            QVERIFY(!StoreCopier::migrate(filledSource(), bad));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreCopier)
#include "tst_storecopier.moc"
