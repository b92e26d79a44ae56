// `galley export --draft ID` with the store's UTM setting on (issue 21): html, text and eml carry
// the tagged links, fragment and markdown never do, a file on its own is never tagged, and the
// store keeps the clean URLs (the draft and its link history are unchanged by exporting).
#include "newslettersettings.h"
#include "processrun.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
using Run = galley::testsupport::ProcessRun;
using galley::testsupport::runGalley;

const QString kDraft
    = u"---\ntitle: Ops Weekly \\#7 - Spring\n---\n\n# Hello\n\nSee "
      u"[the site](https://example.com/a?x=1#top), [our feed](https://twitter.com/o)"
      u" and [mail](mailto:ed@example.com).\n"_s;
const QByteArray kTagged
    = "https://example.com/a?x=1&utm_source=ops-weekly&utm_medium=email&utm_campaign=issue-7#top";
} // namespace

class TestCliExportUtm : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;

    Run exportAs(const QString &format)
    {
        return runGalley({u"export"_s, u"--db"_s, m_db, u"--draft"_s, m_id, u"--to"_s, format});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"galley.sqlite"_s);
        Store store;
        QVERIFY(store.open(m_db).ok());
        const auto id = store.createIssue(kDraft);
        QVERIFY(id.ok());
        m_id = QString::number(*id);
        NewsletterProfile p;
        p.name = u"Ops Weekly"_s;
        p.utmEnabled = true;
        p.utmNeverTag = QStringList {u"twitter.com"_s};
        QVERIFY(NewsletterSettings(store).setProfile(p).ok());
    }

    void emailFormatsAreTagged()
    {
        const Run html = exportAs(u"html"_s);
        QVERIFY2(html.exitCode == 0, html.err.constData());
        QVERIFY(html.out.contains(
            QByteArray("href=\"" + QByteArray(kTagged).replace("&", "&amp;") + '"')));
        QVERIFY(html.out.contains("href=\"https://twitter.com/o\""));
        QVERIFY(html.out.contains("href=\"mailto:ed@example.com\""));

        const Run text = exportAs(u"text"_s);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QByteArray("(" + kTagged + ")")), text.out.constData());
        QVERIFY(text.out.contains("(https://twitter.com/o)"));

        const Run eml = exportAs(u"eml"_s);
        QVERIFY2(eml.exitCode == 0, eml.err.constData());
        // Quoted-printable: "=" is written =3D, long lines are folded with a soft break.
        QByteArray decoded = eml.out;
        decoded.replace("=\r\n", "").replace("=3D", "=");
        QVERIFY(decoded.contains(QByteArray("(" + kTagged + ")")));
        QVERIFY(decoded.contains("utm_campaign=issue-7#top\""));
    }

    void fragmentMarkdownFileAndStoreStayClean()
    {
        for (const QString &format : {u"fragment"_s, u"markdown"_s}) {
            const Run run = exportAs(format);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains("https://example.com/a?x=1#top"), qPrintable(format));
            QVERIFY2(!run.out.contains("utm_"), qPrintable(format));
        }
        const QString file = m_dir.filePath(u"issue.md"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kDraft.toUtf8());
        f.close();
        const Run html = runGalley({u"export"_s, u"--db"_s, m_db, file});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(!html.out.contains("utm_"));

        Store store;
        QVERIFY(store.open(m_db).ok());
        QCOMPARE(store.issue(m_id.toLongLong())->document, kDraft);
        const auto uses = store.linkUses(u"https://example.com/a?x=1#top"_s);
        QVERIFY(uses.ok());
        QCOMPARE(uses->size(), 1);
        QCOMPARE(uses->first().url, u"https://example.com/a?x=1#top"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliExportUtm)
#include "tst_cli_exportutm.moc"
