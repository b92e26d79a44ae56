#include "storetesthelpers.h"

#include "issuedocument.h"
#include "store/issuefacts.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using galley::Store;

// Links: extraction with sections and sponsor marking, and "has this been featured before?", on
// SQLite and (tst_linkindex_pg) PostgreSQL.
class TestLinkIndex : public QObject
{
    Q_OBJECT
private:
    storetest::FreshStores m_stores;
    Store m_store;

    static QString fixtureDocument(const QString &name)
    {
        auto doc = galley::readIssueFile(storetest::fixturesDir() + u'/' + name);
        return doc ? doc->toMarkdown() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_stores.fresh()).ok());
        for (const QString &file : storetest::fixtureFiles()) {
            auto doc = galley::readIssueFile(file);
            QVERIFY(doc.ok());
            QVERIFY(m_store.importDocument(doc->toMarkdown()).ok());
        }
    }

    void extractsEveryLinkWithItsSection()
    {
        const galley::IssueFacts facts
            = galley::readIssueFacts(fixtureDocument(u"ops-weekly-101.md"_s));
        QCOMPARE(facts.number, std::optional<int>(101));
        QCOMPARE(facts.links.size(), 7);
        QCOMPARE(facts.links.first().url, u"https://pagerly.example.com/weekly"_s);
        QVERIFY(facts.links.first().sponsor);
        QCOMPARE(facts.links.at(1).section, u"News"_s);
        QVERIFY(!facts.links.at(1).sponsor);
        QCOMPARE(facts.links.at(5).url, u"https://github.com/example/kilnfile"_s);
        QCOMPARE(facts.links.at(5).section, u"Tools"_s);
        // The closing repeat of the sponsor copy at the very end is a sponsor link too.
        QCOMPARE(facts.links.last().url, u"https://pagerly.example.com/weekly"_s);
        QVERIFY(facts.links.last().sponsor);
        int sponsorLinks = 0;
        for (const auto &l : facts.links)
            sponsorLinks += l.sponsor ? 1 : 0;
        QCOMPARE(sponsorLinks, 2);
    }

    void sharedLinkFoundInBothIssues()
    {
        const auto uses = m_store.linkUses(u"https://github.com/example/kilnfile"_s);
        QVERIFY(uses.ok());
        QCOMPARE(uses->size(), 2);
        QCOMPARE(uses->at(0).number, std::optional<int>(103)); // newest first
        QCOMPARE(uses->at(1).number, std::optional<int>(101));
        QCOMPARE(uses->at(0).section, u"News"_s);
        QCOMPARE(uses->at(1).section, u"Tools"_s);
        QVERIFY(!uses->at(0).sponsor);
        QCOMPARE(uses->at(0).url, u"https://github.com/example/kilnfile"_s);
    }

    void introLinkHasNoSectionAndIsStored()
    {
        // A link in the intro, before any section heading, was once refused by the store
        // ("NOT NULL constraint failed: links.section"), failing imports and draft saves.
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        const QString document = u"---\ntitle: \"Intro links #7\"\n---\n\nHello, read "
                                 "[this](https://intro.example.com/a) first.\n\nNews\n====\n\n"
                                 "An item.<br>[x](https://news.example.com/b)\n"_s;
        const auto imported = store.importDocument(document);
        QVERIFY2(imported.ok(),
                 qPrintable(imported.ok() ? QString() : imported.error().toString()));
        const auto draft = store.createIssue(document);
        QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().toString()));
        const auto uses = store.linkUses(u"https://intro.example.com/a"_s);
        QVERIFY(uses.ok());
        QCOMPARE(uses->size(), 2);
        QCOMPARE(uses->at(0).section, QString());
        QCOMPARE(store.linkUses(u"https://news.example.com/b"_s)->first().section, u"News"_s);

        // An emptied draft (a null QString from the editor) is saved too, not refused.
        const auto empty = store.createIssue(QString());
        QVERIFY2(empty.ok(), qPrintable(empty.ok() ? QString() : empty.error().toString()));
        const auto saved = store.saveDocument(*draft, QString(), store.issue(*draft)->version);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(store.issue(*draft)->document, QString());
    }

    void normalisedLookup_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("http") << u"http://github.com/example/kilnfile"_s;
        QTest::newRow("www + slash") << u"https://www.github.com/example/kilnfile/"_s;
        QTest::newRow("utm + fragment")
            << u"https://github.com/example/kilnfile?utm_source=weekly#readme"_s;
        QTest::newRow("no scheme") << u"GitHub.com/example/kilnfile"_s;
    }
    void normalisedLookup()
    {
        QFETCH(QString, typed);
        const auto uses = m_store.linkUses(typed);
        QCOMPARE(uses->size(), 2);
    }

    void sponsorLinksAreMarked()
    {
        const auto uses = m_store.linkUses(u"https://pagerly.example.com/weekly"_s);
        QVERIFY(uses.ok());
        QVERIFY(uses->size() >= 4);
        for (const auto &u : *uses)
            QVERIFY(u.sponsor);
    }

    void unknownLinkFindsNothing()
    {
        QVERIFY(m_store.linkUses(u"https://nowhere.example/never"_s)->isEmpty());
        QVERIFY(m_store.linkUses(u""_s)->isEmpty());
    }

    // Links are written many to a statement (StoreDatabase::maxRowsPerStatement): 150 links are
    // three statements, and every link is kept in its place.
    void anIssueWithManyLinksKeepsThemAllInOrder()
    {
        QString links;
        for (int i = 0; i < 150; ++i)
            links += u"- [https://many.example.net/%1](https://many.example.net/%1)\n"_s.arg(i);
        const qint64 id = m_store.createIssue(storetest::issueText(600, links)).value();
        const auto uses = m_store.issueLinkUses(id);
        QVERIFY(uses.ok());
        QCOMPARE(uses->size(), 152); // the sponsor's and the story's links, then these
        for (int i = 0; i < 150; ++i)
            QCOMPARE(uses->at(2 + i).url, u"https://many.example.net/%1"_s.arg(i));
        QCOMPARE(m_store.linkUses(u"https://many.example.net/149"_s)->size(), 1);
    }

    void savingReplacesTheLinks()
    {
        const qint64 id = m_store.createIssue(storetest::issueText(500)).value();
        QCOMPARE(m_store.linkUses(u"https://news.example.org/500"_s)->size(), 1);
        QVERIFY(m_store.saveDocument(id, storetest::issueText(501), 1).ok());
        QVERIFY(m_store.linkUses(u"https://news.example.org/500"_s)->isEmpty());
        QCOMPARE(m_store.linkUses(u"https://news.example.org/501"_s)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLinkIndex)
#include "tst_linkindex.moc"
