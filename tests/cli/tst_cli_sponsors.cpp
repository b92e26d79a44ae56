// `galley sponsors list|import-archive [--dry-run] [--json]` through the real `galley` on stores
// holding the fixture archive (Pagerly in #101 and #103, Tracewell in #102).
#include "fixturearchive.h"
#include "newslettersettings.h"
#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using galley::testsupport::ProcessRun;
using galley::testsupport::runGalley;

class TestCliSponsors : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString archiveStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!galley::testsupport::importFixtureArchive(path))
            return {};
        return path;
    }

    static QStringList names(const QJsonArray &array)
    {
        QStringList out;
        for (const QJsonValue &v : array)
            out << v.toObject().value(u"name"_s).toString();
        return out;
    }

private slots:
    void importArchiveFillsTheLibraryOnce()
    {
        const QString db = archiveStore(u"import.sqlite"_s);
        QVERIFY(!db.isEmpty());
        const ProcessRun empty = runGalley({u"sponsors"_s, u"list"_s, u"--db"_s, db});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY2(empty.outText().contains(u"The sponsor library is empty"_s),
                 empty.out.constData());

        // A dry run says what would come and writes nothing.
        const ProcessRun dry = runGalley(
            {u"sponsors"_s, u"import-archive"_s, u"--dry-run"_s, u"--json"_s, u"--db"_s, db});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonObject planned = QJsonDocument::fromJson(dry.out).object();
        QVERIFY(planned.value(u"dryRun"_s).toBool());
        const QJsonArray added = planned.value(u"added"_s).toArray();
        QCOMPARE(names(added), QStringList({u"Pagerly"_s, u"Tracewell"_s}));
        const QJsonObject pagerly = added.at(0).toObject();
        QCOMPARE(pagerly.value(u"issues"_s).toInt(), 2);
        QCOMPARE(pagerly.value(u"first"_s).toObject().value(u"number"_s).toInt(), 101);
        QCOMPARE(pagerly.value(u"first"_s).toObject().value(u"date"_s).toString(), u"2025-01-05"_s);
        QCOMPARE(pagerly.value(u"last"_s).toObject().value(u"number"_s).toInt(), 103);
        QCOMPARE(pagerly.value(u"heading"_s).toString(), u"From our sponsor, Pagerly"_s);
        QCOMPARE(pagerly.value(u"link"_s).toString(), u"https://pagerly.example.com/weekly"_s);
        QVERIFY(pagerly.value(u"copy"_s).toString().startsWith(u"On-call rotations"_s));
        QVERIFY(planned.value(u"skipped"_s).toArray().isEmpty());
        const ProcessRun stillEmpty
            = runGalley({u"sponsors"_s, u"list"_s, u"--json"_s, u"--db"_s, db});
        QVERIFY(QJsonDocument::fromJson(stillEmpty.out).array().isEmpty());

        // The import, as text.
        const ProcessRun run = runGalley({u"sponsors"_s, u"import-archive"_s, u"--db"_s, db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"Pagerly\t#101 – #103\t2 issues\tadded\n"_s),
                 run.out.constData());
        QVERIFY2(run.outText().contains(u"Tracewell\t#102\t1 issue\tadded\n"_s),
                 run.out.constData());
        QVERIFY2(run.outText().contains(u"Added 2 sponsors to the library."_s),
                 run.out.constData());
        const ProcessRun listed = runGalley({u"sponsors"_s, u"list"_s, u"--json"_s, u"--db"_s, db});
        const QJsonArray library = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(names(library), QStringList({u"Pagerly"_s, u"Tracewell"_s}));
        QCOMPARE(library.at(1).toObject().value(u"link"_s).toString(),
                 u"https://tracewell.example.com/?src=opsweekly"_s);

        // A second import adds nothing and says why.
        const ProcessRun again = runGalley({u"sponsors"_s, u"import-archive"_s, u"--db"_s, db});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.outText().contains(u"Added 0 sponsors to the library."_s),
                 again.out.constData());
        QVERIFY2(again.outText().contains(
                     u"Skipped 2 sponsors the library already has: Pagerly, Tracewell."_s),
                 again.out.constData());
        QCOMPARE(QJsonDocument::fromJson(
                     runGalley({u"sponsors"_s, u"list"_s, u"--json"_s, u"--db"_s, db}).out)
                     .array()
                     .size(),
                 2);
    }

    void aSponsorInTheLibraryIsKept()
    {
        const QString db = archiveStore(u"kept.sqlite"_s);
        QVERIFY(!db.isEmpty());
        {
            galley::Store store;
            QVERIFY(store.open(db).ok());
            galley::SponsorBook book;
            book.sponsors << galley::Sponsor {u"PAGERLY"_s, {}, u"Our own copy."_s, {}, {}, {},
                                              {},           {}};
            QVERIFY(galley::NewsletterSettings(store).setSponsorBook(book).ok());
        }
        const ProcessRun run
            = runGalley({u"sponsors"_s, u"import-archive"_s, u"--json"_s, u"--db"_s, db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!o.value(u"dryRun"_s).toBool());
        QCOMPARE(names(o.value(u"added"_s).toArray()), QStringList({u"Tracewell"_s}));
        QCOMPARE(names(o.value(u"skipped"_s).toArray()), QStringList({u"Pagerly"_s}));
        const QJsonArray library
            = QJsonDocument::fromJson(
                  runGalley({u"sponsors"_s, u"list"_s, u"--json"_s, u"--db"_s, db}).out)
                  .array();
        QCOMPARE(names(library), QStringList({u"PAGERLY"_s, u"Tracewell"_s}));
        QCOMPARE(library.at(0).toObject().value(u"copy"_s).toString(), u"Our own copy."_s);
    }

    void usageErrors()
    {
        const QString db = m_dir.filePath(u"usage.sqlite"_s);
        QCOMPARE(runGalley({u"sponsors"_s, u"--db"_s, db}).exitCode, 2);
        const ProcessRun wrong = runGalley({u"sponsors"_s, u"burn"_s, u"--db"_s, db});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.errText().contains(u"import-archive"_s), wrong.err.constData());
        QCOMPARE(runGalley({u"sponsors"_s, u"list"_s, u"--dry-run"_s, u"--db"_s, db}).exitCode, 2);
        // An empty store: nothing found, and that is not an error.
        const ProcessRun none = runGalley({u"sponsors"_s, u"import-archive"_s, u"--db"_s, db});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.outText().contains(u"No sponsor block was found"_s), none.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSponsors)
#include "tst_cli_sponsors.moc"
