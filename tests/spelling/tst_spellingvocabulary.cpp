// The store's spelling memory (issue 19): the archive's vocabulary (a word of 3 imported issues is
// known, of 2 it is not) and the personal dictionary, kept across reopening the store.
#include "../store/storetesthelpers.h"
#include "issuedocument.h"
#include "newslettersettings.h"
#include "spelling/issuespelling.h"
#include "spelling/spellchecker.h"
#include "store/archiveimporter.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
QString issue(int n, const QString &body)
{
    return u"---\ntitle: \"Weekly #%1\"\ndate: 2025-01-%2\n---\n\n%3\n"_s.arg(n)
        .arg(n + 10, 2, 10, QChar(u'0'))
        .arg(body);
}
} // namespace

class TestSpellingVocabulary : public QObject
{
    Q_OBJECT
    storetest::FreshStores m_stores; // SQLite, or PostgreSQL in the _pg twin
    QTemporaryDir m_dir;

    bool write(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
    }

private slots:
    void archiveVocabulary()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(u"archive"_s)));
        // "Kubernetes" in three issues, "Envoyproxy" in two.
        QVERIFY(write(u"archive/1.md"_s, issue(1, u"Kubernetes and Envoyproxy news."_s)));
        QVERIFY(write(u"archive/2.md"_s, issue(2, u"More Kubernetes, more Envoyproxy."_s)));
        QVERIFY(write(u"archive/3.md"_s, issue(3, u"Kubernetes again."_s)));
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const ImportReport report = ArchiveImporter(store).run({m_dir.filePath(u"archive"_s)});
        QCOMPARE(report.added, 3);
        const QString draft = u"---\ntitle: Draft\n---\n\nKubernetes and Envoyproxy.\n"_s;
        auto doc = IssueDocument::fromText(draft);
        SpellChecker c;
        QVERIFY(prepareSpellChecker(c, &store, *doc).ok());
        QVERIFY(c.isCorrect(u"Kubernetes"_s));
        QVERIFY(!c.isCorrect(u"Envoyproxy"_s));
        // Another language does not learn English issues' words.
        const auto german = store.spellingKnownWords(u"de_DE"_s, false);
        QVERIFY(german && !german->contains(u"kubernetes"_s));

        // A third issue with the word, imported later, makes it known.
        QVERIFY(write(u"archive/4.md"_s, issue(4, u"Envoyproxy lands."_s)));
        QCOMPARE(ArchiveImporter(store).run({m_dir.filePath(u"archive/4.md"_s)}).added, 1);
        QVERIFY(prepareSpellChecker(c, &store, *doc).ok());
        QVERIFY(c.isCorrect(u"Envoyproxy"_s));

        // An archived issue imported again with other text is counted again: without the word
        // in issue 3, "Kubernetes" is down to two issues.
        QVERIFY(write(u"archive/3.md"_s, issue(3, u"Nothing about containers."_s)));
        QCOMPARE(ArchiveImporter(store).run({m_dir.filePath(u"archive/3.md"_s)}).updated, 1);
        QVERIFY(prepareSpellChecker(c, &store, *doc).ok());
        QVERIFY(!c.isCorrect(u"Kubernetes"_s));
        QVERIFY(c.isCorrect(u"Envoyproxy"_s));
    }

    // The vocabulary counts the sent issues outside the trash, whatever happens to them after
    // the import: trashing, restoring, going back to draft, being edited.
    void followsTrashRestoreStatusAndEdits()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        QList<qint64> ids;
        for (int n = 1; n <= 3; ++n) {
            auto id = store.createIssue(issue(n, u"Zorblatt weekly."_s), IssueStatus::Sent);
            QVERIFY(id);
            ids << *id;
        }
        const auto known = [&store] {
            const auto words = store.spellingKnownWords(u"en_US"_s, true);
            return words && words->contains(u"zorblatt"_s);
        };
        QVERIFY(known());
        QVERIFY(store.moveToTrash(ids.at(0)).ok());
        QVERIFY(!known());
        QVERIFY(store.moveToTrash(ids.at(0)).ok()); // twice changes nothing
        QVERIFY(store.restoreFromTrash(ids.at(0)).ok());
        QVERIFY(known());
        QVERIFY(store.restoreFromTrash(ids.at(0)).ok());
        QVERIFY(store.setStatus(ids.at(1), IssueStatus::Draft).ok());
        QVERIFY(!known());
        QVERIFY(store.setStatus(ids.at(1), IssueStatus::Draft).ok());
        QVERIFY(store.setStatus(ids.at(1), IssueStatus::Sent).ok());
        QVERIFY(known());
        // A trashed draft becoming sent is still not counted; restored, it is.
        QVERIFY(store.setStatus(ids.at(1), IssueStatus::Draft).ok());
        QVERIFY(store.moveToTrash(ids.at(1)).ok());
        QVERIFY(store.setStatus(ids.at(1), IssueStatus::Sent).ok());
        QVERIFY(!known());
        QVERIFY(store.restoreFromTrash(ids.at(1)).ok());
        QVERIFY(known());
        // A sent issue edited without the word.
        auto third = store.issue(ids.at(2));
        QVERIFY(third);
        auto version = store.saveDocument(ids.at(2), issue(3, u"Nothing here."_s), third->version);
        QVERIFY(version);
        QVERIFY(!known());
        // And edited again, keeping some words and gaining the word back.
        version = store.saveDocument(ids.at(2), issue(3, u"Nothing here, Zorblatt."_s), *version);
        QVERIFY(version);
        QVERIFY(known());
        QVERIFY(store.saveDocument(ids.at(2), issue(3, u"Nothing here at all."_s), *version).ok());
        QVERIFY(!known());
        // And the counts are what a full recount finds.
        const auto before = store.spellingKnownWords(u"en_US"_s, true);
        QVERIFY(store.rebuildSpellingVocabulary().ok());
        QCOMPARE(store.spellingKnownWords(u"en_US"_s, true).value(), before.value());
    }

    void languageSetting()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        NewsletterSettings settings(store);
        NewsletterProfile profile;
        profile.language = u"fr"_s;
        QVERIFY(settings.setProfile(profile).ok());
        auto doc = IssueDocument::fromText(u"Une faute d'ortografe.\n"_s);
        SpellChecker c;
        QVERIFY(prepareSpellChecker(c, &store, *doc).ok());
        QCOMPARE(c.dictionary(), u"fr_FR"_s); // the content language by default
        profile.spellLanguage = u"de"_s;
        QVERIFY(settings.setProfile(profile).ok());
        QVERIFY(prepareSpellChecker(c, &store, *doc).ok());
        QCOMPARE(c.dictionary(), u"de_DE"_s); // Preferences' spelling language
        doc = IssueDocument::fromText(u"---\nlang: en-GB\n---\n\nColour.\n"_s);
        QVERIFY(prepareSpellChecker(c, &store, *doc).ok());
        QCOMPARE(c.dictionary(), u"en_GB"_s); // the issue's own
        QVERIFY(findMisspellings(c, doc->toMarkdown()).isEmpty());
    }

    void personalDictionaryAcrossReopen()
    {
        const QString path = m_stores.fresh();
        auto doc = IssueDocument::fromText(u"Say Galleyfoo.\n"_s);
        {
            Store store;
            QVERIFY(store.open(path).ok());
            SpellChecker c;
            QVERIFY(prepareSpellChecker(c, &store, *doc).ok());
            QVERIFY(!c.isCorrect(u"Galleyfoo"_s));
            QVERIFY(store.addPersonalWord(u"en_US"_s, u"Galleyfoo"_s).ok());
        }
        Store store;
        QVERIFY(store.open(path).ok());
        QCOMPARE(store.personalWords(u"en_US"_s).value(), QStringList {u"galleyfoo"_s});
        SpellChecker c;
        QVERIFY(prepareSpellChecker(c, &store, *doc).ok());
        QVERIFY(c.isCorrect(u"Galleyfoo"_s));
        // Per language: the German dictionary does not have it.
        QVERIFY(prepareSpellChecker(c, &store, *doc, u"de"_s).ok());
        QVERIFY(!c.isCorrect(u"Galleyfoo"_s));
    }
};

QTEST_GUILESS_MAIN(TestSpellingVocabulary)
#include "tst_spellingvocabulary.moc"
