// The store keeps the facts the checks and the next issue's plan read of the archive (each
// issue's number, title, date and section headings in issue_outlines, its links in `links`),
// written with the issue in the same transaction, so that these never parse the archive's
// documents (issue 15, finding 6). What must hold: after every kind of write the facts are what
// parsing the documents gives; the preflight from the facts answers exactly as the preflight
// against every parsed document; a store of schema step 2 gains them in place.
#include "fixturearchive.h"
#include "issuedocument.h"
#include "rawsqlite.h"
#include "storetesthelpers.h"

#include "store/archiveimporter.h"
#include "store/outlineindex.h"
#include "store/store.h"
#include "store/storeschema.h"
#include "templates/archiveinference.h"
#include "templates/emailprofile.h"
#include "templates/newslettersettings.h"
#include "templates/preflight.h"
#include "templates/storepreflight.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace storetest;

namespace {
const QString withEvents
    = u"Events\n======\n\nA meetup.\n<br>[https://e.example/](https://e.example/)\n"_s;

using galley::testsupport::rawExec;
using galley::testsupport::rawInt;

QList<IssueSummary> listed(Store &store)
{
    return store.listIssues().value();
}

// The archive the old way: every issue outside the trash read from its document.
QList<ArchiveIssue> parsedArchive(Store &store)
{
    QList<ArchiveIssue> archive;
    for (const IssueSummary &s : listed(store)) {
        if (auto issue = archiveIssueFromDocument(store.issue(s.id)->document, s.id))
            archive << *issue;
    }
    return archive;
}

QString describe(const ArchiveIssue &a)
{
    return u"%1 #%2 %3 %4 [%5]"_s.arg(a.id)
        .arg(a.number ? QString::number(*a.number) : u"-"_s)
        .arg(a.title, a.date.toString(Qt::ISODate), a.sections.join(u" | "_s));
}

QStringList describe(const QList<ArchiveIssue> &archive)
{
    QStringList out;
    for (const ArchiveIssue &a : archive)
        out << describe(a);
    return out;
}

QStringList describe(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << u"%1 %2 %3: %4"_s.arg(p.line).arg(severityName(p.severity), p.rule, p.message);
    return out;
}

// The preflight's answer as it was before the store kept facts: every stored document parsed,
// links taken from the parsed archive, the profile inferred from all of it.
QList<Problem> parsedAnswer(Store &store, const IssueDocument &doc, qint64 selfId)
{
    PreflightContext c;
    c.archive = parsedArchive(store);
    c.selfId = selfId;
    const auto number = doc.issueNumber();
    for (const IssueSummary &s : listed(store)) {
        const bool self = selfId != 0 ? s.id == selfId : (number && s.number == number);
        if (self && s.status == IssueStatus::Sent)
            c.sent = true;
    }
    NewsletterSettings settings(store);
    c.sponsors = settings.sponsorBook().value();
    const EffectiveProfile profile = settings.effectiveProfile(c.archive).value();
    c.sponsorLabelPrefix = profile.sponsorLabelPrefix();
    c.mergeTagSyntax = mergeTagSyntax(emailSettingsFromProfile(profile).mergeTags.unsubscribe);
    return runPreflight(doc, c); // no linkHistory: built from the parsed archive
}

QList<Problem> factsAnswer(Store &store, const IssueDocument &doc, qint64 selfId)
{
    const auto context = preflightContextFromStore(store, doc, selfId);
    if (!context)
        return {Problem {0, Severity::Error, u"context"_s, context.error().toString()}};
    return runPreflight(doc, *context);
}

// A generated issue: numbers repeat and skip, some have none, dates in several offsets (the
// day as written counts), links shared between issues and repeated within one, sponsor links.
QString generatedIssue(QRandomGenerator &rng, int index)
{
    static const QStringList sections = {u"News"_s, u"Tools"_s, u"Events"_s, u"Jobs"_s};
    static const QStringList offsets = {u"+00:00"_s, u"-05:00"_s, u"+09:00"_s, u"Z"_s};
    const int number = 1 + int(rng.bounded(30));
    const bool numbered = rng.bounded(8) != 0;
    const QDate day = QDate(2024, 1, 1).addDays(number * 7 + int(rng.bounded(3)) - 1);
    QStringList lines {u"---"_s};
    lines << (numbered ? u"title: GEN WEEKLY ISSUE \\#%1 - a week"_s.arg(number)
                       : u"title: GEN special %1"_s.arg(index));
    if (rng.bounded(6) != 0) {
        lines << u"date: %1%2%3"_s.arg(day.toString(Qt::ISODate),
                                       rng.bounded(2) ? u"T23:30:00"_s : u"T01:15:00"_s,
                                       offsets.at(int(rng.bounded(int(offsets.size())))));
    }
    lines << u"---"_s << QString() << u"Hello readers."_s << QString();
    const auto link = [&rng] {
        const QString url = u"https://pool.example.com/%1"_s.arg(rng.bounded(12));
        return u"<br>[%1](%1)"_s.arg(url);
    };
    if (rng.bounded(2)) {
        lines << u"From our sponsor, Acme"_s << u"======================"_s << QString()
              << u"Acme."_s << link() << QString();
    }
    for (const QString &section : sections) {
        if (rng.bounded(3) == 0)
            continue;
        lines << section << QString(section.size(), u'=') << QString();
        for (int i = int(rng.bounded(3)); i >= 0; --i)
            lines << u"An item."_s << link() << QString();
    }
    return lines.join(u'\n');
}

// Documents to check against an archive: each stored issue's text (as a draft and as a file),
// and new issues around its numbers.
QList<std::pair<QString, qint64>> documentsToCheck(Store &store, QRandomGenerator &rng)
{
    QList<std::pair<QString, qint64>> out;
    for (const IssueSummary &s : listed(store)) {
        const QString text = store.issue(s.id)->document;
        out << std::pair {text, s.id} << std::pair {text, qint64(0)};
    }
    for (int i = 0; i < 12; ++i)
        out << std::pair {generatedIssue(rng, 1000 + i), qint64(0)};
    return out;
}

// The facts of every issue outside the trash are what its document says.
void compareWithDocuments(Store &store)
{
    QCOMPARE(describe(loadArchive(store, false).value()), describe(parsedArchive(store)));
}

void compareAnswers(Store &store, const QList<std::pair<QString, qint64>> &documents)
{
    int checked = 0;
    for (const auto &[text, selfId] : documents) {
        const auto doc = IssueDocument::fromText(text);
        if (!doc)
            continue;
        const QStringList facts = describe(factsAnswer(store, *doc, selfId));
        const QStringList parsed = describe(parsedAnswer(store, *doc, selfId));
        if (facts != parsed)
            qWarning().noquote() << "checked:\n" << text << "\nas" << selfId;
        QCOMPARE(facts, parsed);
        ++checked;
    }
    QVERIFY(checked > 0);
}
} // namespace

// On SQLite and (tst_storeoutlines_pg) PostgreSQL.
class TestStoreOutlines : public QObject
{
    Q_OBJECT
private:
    storetest::FreshStores m_stores;

private slots:
    void sectionsSurviveTheirColumn()
    {
        const QList<QStringList> cases = {{},
                                          {u""_s},
                                          {u""_s, u""_s},
                                          {u"News"_s, u"Tools"_s},
                                          {u"Two\nlines"_s, u"back\\slash\\n"_s, u"\\"_s}};
        for (const QStringList &sections : cases)
            QCOMPARE(OutlineIndex::decodeSections(OutlineIndex::encodeSections(sections)),
                     sections);
    }

    void everyWritePathKeepsTheFacts()
    {
        const QString path = m_stores.fresh();
        Store store;
        QVERIFY(store.open(path).ok());
        const auto outlineRows = [&] {
            return rawInt(path, u"SELECT count(*) FROM issue_outlines"_s);
        };

        // create
        const qint64 id = store.createIssue(issueText(7)).value();
        QCOMPARE(store.outlines()->size(), 1);
        QCOMPARE(store.outlines()->first().id, id);
        QCOMPARE(store.outlines()->first().number, 7);
        QCOMPARE(store.outlines()->first().date, QDate(2024, 3, 8));
        QCOMPARE(store.outlines()->first().sections, QStringList({u"News"_s}));
        compareWithDocuments(store);

        // save
        QVERIFY(store.saveDocument(id, issueText(8, withEvents), store.issue(id)->version));
        QCOMPARE(store.outlines()->first().number, 8);
        QCOMPARE(store.outlines()->first().sections, QStringList({u"News"_s, u"Events"_s}));
        compareWithDocuments(store);

        // import: a new archived issue, then a newer copy of it
        QCOMPARE(store.importDocument(issueText(9))->kind, ImportOutcome::Added);
        QCOMPARE(store.importDocument(issueText(9, withEvents))->kind, ImportOutcome::Updated);
        QCOMPARE(store.outlines()->size(), 2);
        QCOMPARE(store.outlines()->first().sections, QStringList({u"News"_s, u"Events"_s}));
        compareWithDocuments(store);

        // trash and restore: out of the archive and back, the facts kept meanwhile
        QVERIFY(store.moveToTrash(id));
        QCOMPARE(store.outlines()->size(), 1);
        QVERIFY(!store.outlinesAround(9)->isEmpty());
        QCOMPARE(store.outlinesAround(9)->size(), 1); // #8 is in the trash
        compareWithDocuments(store);
        QVERIFY(store.restoreFromTrash(id));
        QCOMPARE(store.outlines()->size(), 2);
        QCOMPARE(store.outlinesAround(9)->size(), 2);
        compareWithDocuments(store);

        // restoring a revision restores its facts
        const qint64 oldest = store.revisions(id)->last().id;
        QVERIFY(store.restoreRevision(oldest, store.issue(id)->version));
        QCOMPARE(store.outlines()->last().number, 7);
        QCOMPARE(store.outlines()->last().sections, QStringList({u"News"_s}));
        compareWithDocuments(store);

        // front matter that cannot be read: no facts, its links no "earlier feature"
        QVERIFY(store.saveDocument(id,
                                   u"---\ntitle: [unclosed\n---\n\nNews\n====\n\nA.\n"
                                   "<br>[https://news.example.org/9](https://news.example"
                                   ".org/9)\n"_s,
                                   store.issue(id)->version));
        QCOMPARE(store.outlines()->size(), 1);
        QCOMPARE(store.linkUses(u"https://news.example.org/9"_s)->size(), 2);
        QCOMPARE(
            store.linkUses(u"https://news.example.org/9"_s, Store::LinkScope::OutlinedOnly)->size(),
            1);
        compareWithDocuments(store);
        QCOMPARE(outlineRows(), 1);

        // delete for good, and empty the trash: no facts left behind
        QVERIFY(store.saveDocument(id, issueText(7), store.issue(id)->version));
        QCOMPARE(outlineRows(), 2);
        QVERIFY(store.moveToTrash(id));
        QVERIFY(store.deleteForever(id));
        QCOMPARE(outlineRows(), 1);
        const qint64 other = store.outlines()->first().id;
        QVERIFY(store.createIssue(issueText(10)));
        QVERIFY(store.moveToTrash(other));
        QCOMPARE(outlineRows(), 2);
        QCOMPARE(*store.emptyTrash(), 1);
        QCOMPARE(outlineRows(), 1);
        compareWithDocuments(store);

        // the importer, which reads the facts on worker threads
        const ImportReport report = ArchiveImporter(store).run(fixtureFiles());
        QCOMPARE(report.added, 3);
        QCOMPARE(store.outlines()->size(), 4);
        compareWithDocuments(store);
    }

    void aFailedWriteLeavesTheFactsAsTheyWere()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const qint64 id = store.createIssue(issueText(3)).value();
        const qint64 version = store.issue(id)->version;
        QVERIFY(store.saveDocument(id, issueText(4), version));
        // A save based on an older version is refused: facts, text and all.
        QCOMPARE(store.saveDocument(id, issueText(5, withEvents), version).error().code,
                 Error::Conflict);
        QCOMPARE(store.outlines()->first().number, 4);
        QCOMPARE(store.outlines()->first().sections, QStringList({u"News"_s}));
    }

    void theArchiveIsReadFromTheFactsNotTheDocuments()
    {
        const QString path = m_stores.fresh();
        {
            Store store;
            QVERIFY(store.open(path).ok());
            for (int n = 1; n <= 3; ++n)
                QVERIFY(store.createIssue(issueText(n, withEvents), IssueStatus::Sent));
        }
        // Documents changed behind the store's back do not change what the archive shows.
        QVERIFY(rawExec(path, {u"UPDATE issues SET document = 'not an issue'"_s}));
        Store store;
        QVERIFY(store.open(path).ok());
        const auto archive = loadArchive(store, false).value();
        QCOMPARE(archive.size(), 3);
        QCOMPARE(archive.first().sections, QStringList({u"News"_s, u"Events"_s}));
    }

    void theFixtureArchiveChecksAlikeFromFactsAndDocuments()
    {
        const QString path = m_stores.fresh();
        QVERIFY(testsupport::importFixtureArchive(path));
        Store store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.outlines()->size(), 3);
        compareWithDocuments(store);
        QList<std::pair<QString, qint64>> documents;
        for (const IssueSummary &s : listed(store)) {
            const QString text = store.issue(s.id)->document;
            documents << std::pair {text, s.id} << std::pair {text, qint64(0)};
            // The next issue repeating this one's links, and a copy as a draft with its number.
            QString next = text;
            next.replace(u"#%1"_s.arg(*s.number), u"#%1"_s.arg(*s.number + 3));
            documents << std::pair {next, qint64(0)};
        }
        const qint64 draft = store.createIssue(documents.first().first).value();
        documents << std::pair {documents.first().first, draft};
        // The answers must say something for the comparison to mean anything.
        const auto doc = IssueDocument::fromText(documents.last().first).value();
        QVERIFY(!factsAnswer(store, doc, draft).isEmpty());
        compareAnswers(store, documents);
    }

    void generatedArchivesCheckAlikeFromFactsAndDocuments()
    {
        for (quint32 seed = 1; seed <= 4; ++seed) {
            QRandomGenerator rng(seed);
            Store store;
            QVERIFY(store.open(m_stores.fresh()).ok());
            QList<qint64> ids;
            for (int i = 0; i < 40; ++i) {
                const auto status = IssueStatus(rng.bounded(3));
                QString text = generatedIssue(rng, i);
                if (rng.bounded(15) == 0)
                    text.replace(u"title: "_s, u"title: [broken "_s);
                ids << store.createIssue(text, status).value();
            }
            for (int i = 0; i < 4; ++i)
                QVERIFY(store.moveToTrash(ids.at(i * 9 + int(seed % 5))));
            compareWithDocuments(store);
            compareAnswers(store, documentsToCheck(store, rng));
        }
    }
};

// An older SQLite store gains the facts in place (a PostgreSQL store starts at the baseline).
class TestStoreOutlinesFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void aStoreOfSchemaStep2GainsTheFactsInPlace()
    {
        const QString path = m_dir.filePath(u"step2.sqlite"_s);
        qint64 trashed = 0;
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.createIssue(issueText(1), IssueStatus::Sent));
            QVERIFY(store.createIssue(issueText(2, withEvents), IssueStatus::Sent));
            QVERIFY(store.createIssue(u"---\ntitle: [broken\n---\n\nNews\n====\n"_s));
            trashed = store.createIssue(issueText(3, withEvents)).value();
            QVERIFY(store.moveToTrash(trashed));
        }
        // Steps 1 and 2 are today's statements unchanged, so a store of today's code without
        // step 3 and the later steps' tables (link checks, the inbox, test sends, spelling) is
        // exactly what schema step 2 wrote.
        QVERIFY(rawExec(path,
                        {u"DROP TABLE issue_outlines"_s, u"DROP TABLE link_checks"_s,
                         u"DROP TABLE inbox"_s, u"DROP TABLE test_sends"_s,
                         u"DROP TABLE spelling_personal"_s, u"DROP TABLE spelling_vocabulary"_s,
                         u"PRAGMA user_version = 2"_s}));
        Store store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(rawInt(path, u"PRAGMA user_version"_s), StoreSchema::currentVersion());
        QCOMPARE(store.outlines()->size(), 2);
        QCOMPARE(store.outlines()->at(0).sections, QStringList({u"News"_s, u"Events"_s}));
        QCOMPARE(store.outlines()->at(1).sections, QStringList({u"News"_s}));
        compareWithDocuments(store);
        // The trashed issue's facts were filled too: restored, it is part of the archive.
        QVERIFY(store.restoreFromTrash(trashed));
        QCOMPARE(store.outlines()->size(), 3);
        compareWithDocuments(store);
        QRandomGenerator rng(7);
        compareAnswers(store, documentsToCheck(store, rng));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestStoreOutlines outlines;
    int failed = QTest::qExec(&outlines, argc, argv);
    if (!storetest::isPostgres()) {
        TestStoreOutlinesFile file;
        failed += QTest::qExec(&file, argc, argv);
    }
    return failed;
}

#include "tst_storeoutlines.moc"
