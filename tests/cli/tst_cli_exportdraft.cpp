// `galley export --draft ID` renders with the store's newsletter settings (name, footer, sender,
// recipient, merge tags, language), as the editor's preview and Export dialog do; --preset still
// overrides the merge tags, a file export keeps the defaults, and unreadable settings are a clear
// error.
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

const QString kDraft = u"---\ntitle: Ops Weekly \\#7 - Spring\n---\n\n# Hello\n\nSee "
                       u"[the site](https://example.com/a).\n"_s;
} // namespace

class TestCliExportDraft : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;

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
        p.name = u"Ops Weekly Deluxe"_s;
        p.footer = u"Sent from the ops corner."_s;
        p.sender = u"Ops Weekly <ops@example.org>"_s;
        p.to = u"readers@example.org"_s;
        p.mergeTagPreset = u"custom"_s;
        p.unsubscribeTag = u"%%unsubscribe%%"_s;
        p.viewOnlineTag = u"%%web%%"_s;
        p.language = u"de"_s;
        QVERIFY(NewsletterSettings(store).setProfile(p).ok());
    }

    void draftExportUsesTheStoreSettings()
    {
        const Run html = runGalley({u"export"_s, u"--db"_s, m_db, u"--draft"_s, m_id});
        QVERIFY2(html.exitCode == 0, html.err.constData());
        QVERIFY(html.out.contains("<html lang=\"de\""));
        QVERIFY(html.out.contains("Ops Weekly Deluxe"));
        QVERIFY(html.out.contains("Sent from the ops corner."));
        QVERIFY(html.out.contains("href=\"%%unsubscribe%%\""));
        QVERIFY(html.out.contains("href=\"%%web%%\""));
        QVERIFY(!html.out.contains("*|UNSUB|*"));

        const Run text
            = runGalley({u"export"_s, u"--db"_s, m_db, u"--draft"_s, m_id, u"--to"_s, u"text"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("%%unsubscribe%%"));

        const Run eml
            = runGalley({u"export"_s, u"--db"_s, m_db, u"--draft"_s, m_id, u"--to"_s, u"eml"_s});
        QVERIFY2(eml.exitCode == 0, eml.err.constData());
        QVERIFY(eml.out.contains("From: Ops Weekly <ops@example.org>"));
        QVERIFY(eml.out.contains("To: readers@example.org"));
    }

    void presetOverridesTheStoredTags()
    {
        const Run html = runGalley(
            {u"export"_s, u"--db"_s, m_db, u"--draft"_s, m_id, u"--preset"_s, u"sendy"_s});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.contains("href=\"[unsubscribe]\""));
        QVERIFY(!html.out.contains("%%unsubscribe%%"));
        QVERIFY(html.out.contains("<html lang=\"de\"")); // the rest still from the store
    }

    void fileExportKeepsTheDefaults()
    {
        const QString file = m_dir.filePath(u"issue.md"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kDraft.toUtf8());
        f.close();
        const Run html = runGalley({u"export"_s, u"--db"_s, m_db, file});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.contains("<html lang=\"en\""));
        QVERIFY(html.out.contains("*|UNSUB|*"));
    }

    void unreadableSettingsAreAClearError()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"broken.sqlite"_s);
        QString id;
        {
            Store store;
            QVERIFY(store.open(db).ok());
            id = QString::number(*store.createIssue(kDraft));
            QVERIFY(store.setSetting(NewsletterSettings::newsletterKey(), u"{oops"_s).ok());
        }
        const Run html = runGalley({u"export"_s, u"--db"_s, db, u"--draft"_s, id});
        QCOMPARE(html.exitCode, 2);
        QVERIFY(html.out.isEmpty());
        QVERIFY2(html.err.contains("Preferences"), html.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExportDraft)
#include "tst_cli_exportdraft.moc"
