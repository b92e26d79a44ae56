#include "storetesthelpers.h"

#include "store/archiveimporter.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using galley::ArchiveImporter;
using galley::ImportReport;
using galley::Store;

// Importing archives: recursion, idempotence, updates, broken files, progress; into a store on
// SQLite and (tst_archiveimporter_pg) PostgreSQL.
class TestArchiveImporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir; // the archives
    storetest::FreshStores m_stores;
    int m_n = 0;

    // fixtures in archive/ and archive/2025/, plus files that must be skipped or fail.
    QString makeArchive()
    {
        const QString root = m_dir.filePath(u"archive%1"_s.arg(++m_n));
        QDir().mkpath(root + u"/2025/older"_s);
        const QStringList files = storetest::fixtureFiles();
        QFile::copy(files.at(0), root + u"/ops-weekly-101.md"_s);
        QFile::copy(files.at(1), root + u"/2025/ops-weekly-102.markdown"_s);
        QFile::copy(files.at(2), root + u"/2025/older/ops-weekly-103.txt"_s);
        storetest::writeBytes(root + u"/cover.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        return root;
    }

    // A folder `name` with the files named, each with its text; empty when one cannot be written.
    QString writeArchive(const QString &name, const QList<std::pair<QString, QByteArray>> &files)
    {
        const QString root = m_dir.filePath(name);
        QDir().mkpath(root);
        for (const auto &[file, text] : files) {
            if (!storetest::writeBytes(root + u'/' + file, text))
                return {};
        }
        return root;
    }

    // "file name: reason" for each skipped file, sorted.
    static QStringList skippedFiles(const ImportReport &report)
    {
        QStringList out;
        for (const ImportReport::Skipped &s : report.skipped)
            out << QFileInfo(s.file).fileName() + u": "_s + s.reason;
        out.sort();
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsFoldersRecursively()
    {
        const QString root = makeArchive();
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        ArchiveImporter importer(store);
        int lastDone = -1, lastTotal = -1;
        importer.setProgressCallback([&](int done, int total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
        const ImportReport report = importer.run({root});
        QCOMPARE(report.added, 3);
        QCOMPARE(report.errors.size(), 0);
        QCOMPARE(lastDone, 3);
        QCOMPARE(lastTotal, 3);
        const auto list = store.listIssues();
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).number, std::optional<int>(103));
        QCOMPARE(list->at(0).status, galley::IssueStatus::Sent);
        QCOMPARE(list->at(0).title, u"OPS WEEKLY ISSUE #103 - 19th January 2025"_s);
        const auto revs = store.revisions(list->at(0).id);
        QCOMPARE(revs->size(), 1);
        QCOMPARE(revs->first().reason, galley::RevisionReason::Import);
        // The mbox quoting is undone on the way in.
        QVERIFY(!store.issue(list->at(2).id)->document.contains(u">From our sponsor"_s));
    }

    void reimportAddsNothing()
    {
        const QString root = makeArchive();
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        QCOMPARE(ArchiveImporter(store).run({root}).added, 3);
        const ImportReport again = ArchiveImporter(store).run({root, root + u"/2025"_s});
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(store.listIssues()->size(), 3);
        const auto issues = store.listIssues().value();
        for (const auto &s : issues)
            QCOMPARE(store.revisions(s.id)->size(), 1);
    }

    void changedContentIsUpdatedWithARevision()
    {
        const QString root = makeArchive();
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        QCOMPARE(ArchiveImporter(store).run({root}).added, 3);
        const QString file = root + u"/ops-weekly-101.md"_s;
        QVERIFY(storetest::writeBytes(
            file, storetest::readBytes(file) + "\nA typo fixed after sending.\n"));
        const ImportReport again = ArchiveImporter(store).run({root});
        QCOMPARE(again.updated, 1);
        QCOMPARE(again.unchanged, 2);
        const auto list = store.listIssues();
        QCOMPARE(list->size(), 3);
        const qint64 id = list->at(2).id;
        QVERIFY(store.issue(id)->document.contains(u"typo fixed"_s));
        QCOMPARE(store.revisions(id)->size(), 2);
        QCOMPARE(store.search(u"typo"_s)->size(), 1);
    }

    // An unrelated file titled "#3001" replaced the text of the draft #3001 in progress. Import
    // never replaces a draft or a scheduled issue: the file becomes a draft beside it.
    void importNeverReplacesADraftOrAScheduledIssue()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const QString draft = u"---\ntitle: \"Weekly #3001\"\n---\n\nMy draft in progress.\n"_s;
        const QString scheduled = u"---\ntitle: \"Weekly #3002\"\n---\n\nBooked for Monday.\n"_s;
        const qint64 draftId = store.createIssue(draft).value();
        const qint64 scheduledId
            = store.createIssue(scheduled, galley::IssueStatus::Scheduled).value();
        const QString root
            = writeArchive(u"unrelated"_s,
                           {{u"a.md"_s, "---\ntitle: \"Other #3001\"\n---\n\nUnrelated text.\n"},
                            {u"b.md"_s, "---\ntitle: \"Other #3002\"\n---\n\nAlso unrelated.\n"}});
        QVERIFY(!root.isEmpty());

        const ImportReport report = ArchiveImporter(store).run({root});
        QCOMPARE(report.added, 0);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.asDrafts, 2);
        QCOMPARE(report.conflicts.size(), 2);
        QCOMPARE(QFileInfo(report.conflicts.at(0).file).fileName(), u"a.md"_s);
        QCOMPARE(report.conflicts.at(0).existingId, draftId);
        QCOMPARE(report.conflicts.at(1).existingId, scheduledId);
        QCOMPARE(store.issue(draftId)->document, draft);
        QCOMPARE(store.issue(scheduledId)->document, scheduled);
        QCOMPARE(store.issue(scheduledId)->status, galley::IssueStatus::Scheduled);
        const auto added = store.issue(report.conflicts.at(0).draftId);
        QVERIFY(added->document.contains(u"Unrelated text."_s));
        QCOMPARE(added->status, galley::IssueStatus::Draft);

        // Running it again adds nothing: the file's text is already there.
        const ImportReport again = ArchiveImporter(store).run({root});
        QCOMPARE(again.asDrafts, 0);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(store.listIssues()->size(), 4);
    }

    // A sent issue with the number is still brought up to date, even when a draft shares it.
    void anArchivedIssueIsUpdatedEvenBesideADraft()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const qint64 sentId = store
                                  .createIssue(u"---\ntitle: \"Weekly #7\"\n---\n\nSent.\n"_s,
                                               galley::IssueStatus::Sent)
                                  .value();
        const QString draft = u"---\ntitle: \"Weekly #7 redo\"\n---\n\nDraft.\n"_s;
        const qint64 draftId = store.createIssue(draft).value();
        const QString root = writeArchive(
            u"newer"_s, {{u"7.md"_s, "---\ntitle: \"Weekly #7\"\n---\n\nSent, typo fixed.\n"}});
        QVERIFY(!root.isEmpty());
        const ImportReport report = ArchiveImporter(store).run({root});
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.asDrafts, 0);
        QVERIFY(store.issue(sentId)->document.contains(u"typo fixed"_s));
        QCOMPARE(store.issue(draftId)->document, draft);
    }

    // A batch asks once which of its numbers are taken (Store::numbersInUse) and adds the
    // others without a look: a number taken only by an issue in the trash is still taken, and a
    // second file with a number the batch has just added updates that issue, as file by file.
    void aBatchKnowsTheNumbersItAndTheTrashHaveTaken()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const qint64 trashedId
            = store
                  .createIssue(u"---\ntitle: \"Weekly #9\"\n---\n\nSent, then trashed.\n"_s,
                               galley::IssueStatus::Sent)
                  .value();
        QVERIFY(store.moveToTrash(trashedId).ok());
        const QString root
            = writeArchive(u"taken"_s,
                           {{u"a.md"_s, "---\ntitle: \"Weekly #8\"\n---\n\nFirst copy.\n"},
                            {u"b.md"_s, "---\ntitle: \"Weekly #8\"\n---\n\nSecond copy.\n"},
                            {u"c.md"_s, "---\ntitle: \"Weekly #9\"\n---\n\nThe file of #9.\n"},
                            {u"d.md"_s, "---\ntitle: \"Weekly #10\"\n---\n\nNew.\n"}});
        QVERIFY(!root.isEmpty());

        const ImportReport report = ArchiveImporter(store).run({root});
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
        QCOMPARE(report.added, 2); // #8 once, #10
        QCOMPARE(report.updated, 2); // #8 by its second file, the trashed #9
        const auto numbered = [&](int number) {
            const auto listed = store.listIssues();
            const auto trashed = store.listTrash();
            QList<qint64> ids;
            if (!listed || !trashed)
                return ids;
            for (const auto *list : {&*listed, &*trashed}) {
                for (const galley::IssueSummary &s : *list) {
                    if (s.number == number)
                        ids << s.id;
                }
            }
            return ids;
        };
        QCOMPARE(numbered(8).size(), 1);
        QCOMPARE(store.issue(numbered(8).at(0))->document.contains(u"Second copy."_s), true);
        QCOMPARE(store.revisions(numbered(8).at(0))->size(), 2);
        QCOMPARE(numbered(9), QList<qint64> {trashedId});
        QVERIFY(store.issue(trashedId)->document.contains(u"The file of #9."_s));
        QCOMPARE(numbered(10).size(), 1);
    }

    // `>From` in a person's text is a block quote, not mbox quoting: a draft exported to a file
    // and imported again keeps every `>` of it.
    void blockQuotesStartingWithFromSurviveImport()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const QByteArray text = "---\ntitle: \"Weekly #9\"\n---\n\n>From the notes of a "
                                "reader.\n\n>>From deeper.\n\nFrom our sponsor, Acme\n"
                                "======================\n";
        const QString root = m_dir.filePath(u"quotes"_s);
        QDir().mkpath(root);
        QVERIFY(storetest::writeBytes(root + u"/9.md"_s, text));
        QCOMPARE(ArchiveImporter(store).run({root}).added, 1);
        const auto list = store.listIssues().value();
        QCOMPARE(store.issue(list.first().id)->document, QString::fromUtf8(text));
    }

    // cmark-gfm 0.29 is quadratic on `![[]()` repeated: such a file must still be imported,
    // with a note saying it was slow (the threshold is lowered here to keep the test short).
    // The vocabulary is written many words to a statement (StoreDatabase::maxRowsPerStatement):
    // 150 new words are three statements, and words already counted are added to.
    void theVocabularyLearnsEveryWordOfALargeArchive()
    {
        const QString root = m_dir.filePath(u"vocabulary"_s);
        QDir().mkpath(root);
        QStringList words;
        for (int i = 0; i < 150; ++i)
            words << u"vocab"_s + QChar(u'a' + i / 26) + QChar(u'a' + i % 26);
        const auto write = [&](int number, const QString &extra) {
            return storetest::writeBytes(root + u"/%1.md"_s.arg(number),
                                         storetest::issueText(number, extra).toUtf8());
        };
        QVERIFY(write(1, words.join(u' ')));
        QVERIFY(write(2, words.join(u' ') + u" twicea"_s));
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        QCOMPARE(ArchiveImporter(store).run({root}).added, 2);
        // A word of three issues is known: the third issue comes in a second import.
        QVERIFY(write(3, words.join(u' ')));
        const ImportReport report = ArchiveImporter(store).run({root});
        QCOMPARE(report.added, 1);
        QCOMPARE(report.warnings, QStringList());
        const auto known = store.spellingKnownWords(u"en_US"_s, true);
        QVERIFY(known.ok());
        for (const QString &w : std::as_const(words))
            QVERIFY2(known->contains(w), qPrintable(w));
        QVERIFY(!known->contains(u"twicea"_s));
    }

    void aSlowFileIsImportedWithANote()
    {
        const QString root = m_dir.filePath(u"slow"_s);
        QDir().mkpath(root);
        QVERIFY(storetest::writeBytes(root + u"/slow.md"_s,
                                      "---\ntitle: \"Weekly #42\"\n---\n\n"
                                          + QByteArray("![[]()").repeated(20000) + '\n'));
        QVERIFY(storetest::writeBytes(root + u"/quick.md"_s,
                                      "---\ntitle: \"Weekly #43\"\n---\n\nQuick.\n"));
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        ArchiveImporter importer(store);
        importer.setSlowFileThreshold(100);
        const ImportReport report = importer.run({root});
        QCOMPARE(report.added, 2);
        QCOMPARE(report.errors.size(), 0);
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.first().contains(u"slow.md"_s)
                     && report.warnings.first().contains(u"slow to parse"_s),
                 qPrintable(report.warnings.first()));
    }

    void brokenFileIsListedOthersImported()
    {
        const QString root = makeArchive();
        storetest::writeBytes(root + u"/2025/binary.md"_s, QByteArray("---\ntitle: x\0\0\0", 15));
        storetest::writeBytes(root + u"/bad-yaml.md"_s,
                              "---\ntitle: [unclosed\ndate: 2025-01-01\n---\n\nBody\n");
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const ImportReport report
            = ArchiveImporter(store).run({root, m_dir.filePath(u"does-not-exist"_s)});
        QCOMPARE(report.added, 3);
        QCOMPARE(report.errors.size(), 3);
        QStringList failed;
        for (const auto &e : report.errors) {
            QVERIFY(!e.message.isEmpty());
            failed << QFileInfo(e.file).fileName();
        }
        failed.sort();
        QCOMPARE(failed, (QStringList {u"bad-yaml.md"_s, u"binary.md"_s, u"does-not-exist"_s}));
        QCOMPARE(store.listIssues()->size(), 3);
    }

    void emptyFilesAreSkippedWithAWarning()
    {
        // An empty file or one of blank lines is no back issue: importing it added a blank
        // issue to the archive. It is skipped, counted, and named with the reason.
        const QString root = makeArchive();
        storetest::writeBytes(root + u"/empty.md"_s, QByteArray());
        storetest::writeBytes(root + u"/2025/blank.md"_s, " \n\n\t\n");
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const ImportReport report = ArchiveImporter(store).run({root});
        QCOMPARE(report.added, 3);
        QCOMPARE(report.errors.size(), 0);
        QCOMPARE(report.total(), 5);
        QCOMPARE(
            skippedFiles(report),
            (QStringList {u"blank.md: the file is empty."_s, u"empty.md: the file is empty."_s}));
        QCOMPARE(report.warnings, QStringList {});
        QCOMPARE(store.listIssues()->size(), 3);
    }

    // The fixtures folder holds a README beside its issues (as archives do), which the import
    // of the folder took for an issue. In a folder, a file is an issue when its front matter
    // has a date or an issue number, as the archive format's issues have; the others are
    // skipped, each named with the reason. Named on its own, such a file is imported.
    void aFolderCopyOfTheFixturesSkipsItsReadme()
    {
        const QString root = m_dir.filePath(u"fixtures-copy"_s);
        QVERIFY(storetest::copyFixturesFolder(root));
        // Front matter, but neither date nor number: a page of a site, no issue.
        QVERIFY(storetest::writeBytes(root + u"/about.md"_s,
                                      "---\ntitle: About Ops Weekly\n---\n\nWho we are.\n"));
        // A date alone is enough, and a number alone (issue: or the title's #N).
        QVERIFY(storetest::writeBytes(root + u"/dated.md"_s,
                                      "---\ntitle: Special\ndate: 2025-02-01\n---\n\nDated.\n"));
        QVERIFY(storetest::writeBytes(root + u"/numbered.md"_s,
                                      "---\ntitle: Special\nissue: 250\n---\n\nNumbered.\n"));
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const ImportReport report = ArchiveImporter(store).run({root});
        QCOMPARE(report.added, 5);
        QCOMPARE(report.errors.size(), 0);
        QCOMPARE(report.total(), 7);
        const QString reason = u"not an issue: it has no front matter with a date or an issue "
                               "number. Name the file itself to import it anyway."_s;
        QCOMPARE(skippedFiles(report),
                 (QStringList {u"README.md: "_s + reason, u"about.md: "_s + reason}));
        QStringList titles;
        const auto issues = store.listIssues().value();
        for (const auto &issue : issues)
            titles << issue.title;
        QVERIFY2(!titles.join(u'|').contains(u"archive format"_s, Qt::CaseInsensitive),
                 qPrintable(titles.join(u'|')));
        QCOMPARE(titles.size(), 5);

        // Named, it is imported as it is: the person chose it.
        const ImportReport named = ArchiveImporter(store).run({root + u"/README.md"_s, root});
        QCOMPARE(named.added, 1);
        QCOMPARE(named.unchanged, 5);
        QCOMPARE(skippedFiles(named), QStringList {u"about.md: "_s + reason});
        QCOMPARE(store.listIssues()->size(), 6);
    }

    void interruptedImportCompletes()
    {
        // A killed import leaves some issues committed; running it again completes it.
        const QString root = makeArchive();
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        QCOMPARE(ArchiveImporter(store).run({root + u"/ops-weekly-101.md"_s}).added, 1);
        const ImportReport rest = ArchiveImporter(store).run({root});
        QCOMPARE(rest.added, 2);
        QCOMPARE(rest.unchanged, 1);
        QCOMPARE(store.listIssues()->size(), 3);
    }

    // An import's batch (no savepoints): on PostgreSQL its search rows are written once, at
    // the commit; a search or an update inside the batch sees them all the same, and a batch
    // rolled back leaves none behind.
    void aBatchSearchesWhatItHoldsAndForgetsWhatItUndid()
    {
        const auto issue = [](const QString &word) {
            return u"---\ntitle: Weekly seven\nissue: 7\ndate: 2025-01-05\n---\n\nAbout %1.\n"_s
                .arg(word);
        };
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        QVERIFY(store.beginBatch(Store::BatchMode::AllOrNothing).ok());
        QCOMPARE(store.importDocument(issue(u"zebrafish"_s))->kind, galley::ImportOutcome::Added);
        QCOMPARE(store.search(u"zebrafish"_s)->size(), 1);
        QCOMPARE(store.importDocument(issue(u"yakshaving"_s))->kind,
                 galley::ImportOutcome::Updated);
        QCOMPARE(store.importDocument(issue(u"quokka"_s))->kind, galley::ImportOutcome::Updated);
        store.rollbackBatch();
        QCOMPARE(store.search(u"quokka"_s)->size(), 0);
        QCOMPARE(store.listIssues()->size(), 0);

        QVERIFY(store.beginBatch(Store::BatchMode::AllOrNothing).ok());
        QCOMPARE(store.importDocument(issue(u"zebrafish"_s))->kind, galley::ImportOutcome::Added);
        QCOMPARE(store.importDocument(issue(u"yakshaving"_s))->kind,
                 galley::ImportOutcome::Updated);
        QVERIFY(store.commitBatch().ok());
        QCOMPARE(store.search(u"zebrafish"_s)->size(), 0);
        QCOMPARE(store.search(u"quokka"_s)->size(), 0);
        const auto hits = store.search(u"yakshaving"_s);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().title, u"Weekly seven"_s);
        QCOMPARE(store.search(u"weekly"_s)->size(), 1);
    }

    void explicitFileOfAnyExtension()
    {
        const QString file = m_dir.filePath(u"issue.eml.bak"_s);
        QVERIFY(QFile::copy(storetest::fixtureFiles().first(), file));
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        QCOMPARE(ArchiveImporter(store).run({file}).added, 1);
    }
};

QTEST_GUILESS_MAIN(TestArchiveImporter)
#include "tst_archiveimporter.moc"
