// `galley new` and `galley check` on a temporary store holding the imported fixtures.
#include "fixturefiles.h"
#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = galley::testsupport::ProcessRun;
using galley::testsupport::fixturePath;
using galley::testsupport::runGalley;
} // namespace

class TestCliNewCheck : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"galley.sqlite"_s);
        const Run imported
            = runGalley({u"import"_s, u"--db"_s, m_db, fixturePath(u"ops-weekly-101.md"_s),
                         fixturePath(u"ops-weekly-102.md"_s), fixturePath(u"ops-weekly-103.md"_s)});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void fixturesCheckClean_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("101") << u"ops-weekly-101.md"_s;
        QTest::newRow("102") << u"ops-weekly-102.md"_s;
        QTest::newRow("103") << u"ops-weekly-103.md"_s;
    }
    void fixturesCheckClean()
    {
        QFETCH(QString, name);
        const Run r = runGalley({u"check"_s, u"--db"_s, m_db, u"--json"_s, fixturePath(name)});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(u"clean"_s).toBool());
        QVERIFY(o.value(u"problems"_s).isArray());
    }

    void repeatedLinkIsNamedWithItsIssue()
    {
        const Run r = runGalley({u"check"_s, u"--db"_s, m_db, fixturePath(u"ops-weekly-103.md"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("#101"), r.out.constData());
        QVERIFY(r.out.contains("earlier-link"));
    }

    void newDraftContinuesTheArchive()
    {
        const Run r = runGalley({u"new"_s, u"--db"_s, m_db, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"number"_s).toInt(), 104);
        QCOMPARE(o.value(u"title"_s).toString(), u"OPS WEEKLY ISSUE #104 - 26th January 2025"_s);
        QCOMPARE(o.value(u"date"_s).toString(), u"2025-01-26"_s);
        const qint64 id = o.value(u"id"_s).toInteger();
        QVERIFY(id > 0);

        // The fresh draft has its TK slots and empty sections: the check says so.
        const Run check = runGalley(
            {u"check"_s, u"--db"_s, m_db, u"--json"_s, u"--draft"_s, QString::number(id)});
        QCOMPARE(check.exitCode, 1);
        QStringList rules;
        const QJsonArray problems
            = QJsonDocument::fromJson(check.out).object().value(u"problems"_s).toArray();
        for (const QJsonValue &p : problems)
            rules << p.toObject().value(u"rule"_s).toString();
        QVERIFY(rules.contains(u"empty-section"_s));
        QVERIFY(rules.contains(u"tk"_s));
        QVERIFY(rules.contains(u"missing-sponsor"_s));
        QCOMPARE(rules.count(u"empty-section"_s), 3); // News, Events, Tools

        // Drafts count: the next `galley new` is #105, a week later.
        const Run again = runGalley({u"new"_s, u"--db"_s, m_db, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"number"_s).toInt(), 105);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"date"_s).toString(),
                 u"2025-02-02"_s);
    }

    void overridesAndUsageErrors()
    {
        const Run r = runGalley({u"new"_s, u"--db"_s, m_db, u"--json"_s, u"--number"_s, u"300"_s,
                                 u"--date"_s, u"2025-12-28"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"title"_s).toString(), u"OPS WEEKLY ISSUE #300 - 28th December 2025"_s);
        QCOMPARE(runGalley({u"new"_s, u"--db"_s, m_db, u"--date"_s, u"2025-13-01"_s}).exitCode, 2);
        QCOMPARE(runGalley({u"new"_s, u"--db"_s, m_db, u"--number"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(runGalley({u"check"_s, u"--db"_s, m_db}).exitCode, 2);
        QCOMPARE(runGalley({u"check"_s, u"--db"_s, m_db, m_dir.filePath(u"missing.md"_s)}).exitCode,
                 2);
    }

    void problemsGiveExitCodeOne()
    {
        const QString file = m_dir.filePath(u"bad.md"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\ntitle: OPS WEEKLY ISSUE \\#110 - 2nd March 2025\ndate: 2025-03-02\n---\n\n"
                "TK intro\n\nNews\n====\n\nSee [this](http://example.com/x\n");
        f.close();
        const Run r = runGalley({u"check"_s, u"--db"_s, m_db, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("bad.md:6: error:"));
        QVERIFY(r.out.contains("[malformed-link]"));
        QVERIFY(r.out.contains("[archive-sequence]"));
    }
};

QTEST_GUILESS_MAIN(TestCliNewCheck)
#include "tst_clinewcheck.moc"
