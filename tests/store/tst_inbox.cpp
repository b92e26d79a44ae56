// The link inbox's store and readers (issue 18): schema step that older stores gain in place,
// one item per link (a second capture adds its note), states, and what feeds, bookmarks files
// and pasted text give.
#include "rawsqlite.h"
#include "storetesthelpers.h"

#include "inbox/bookmarksreader.h"
#include "inbox/feedreader.h"
#include "inbox/inboxfile.h"
#include "inbox/inboxurls.h"
#include "store/store.h"
#include "store/storeschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace storetest;
using galley::testsupport::rawExec;
using galley::testsupport::rawInt;

namespace {
InboxCapture capture(const QString &url, const QString &note = {},
                     InboxSource source = InboxSource::Typed)
{
    InboxCapture c;
    c.url = url;
    c.note = note;
    c.source = source;
    return c;
}

QByteArray fixture(const QString &name)
{
    return readBytes(QStringLiteral(GALLEY_TEST_DATA) + u"/inbox/"_s + name);
}
} // namespace

// On SQLite and (tst_inbox_pg) PostgreSQL.
class TestInbox : public QObject
{
    Q_OBJECT
private:
    FreshStores m_stores;
    QString freshPath() { return m_stores.fresh(); }

private slots:
    void sameLinkIsOneItem()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        auto first = store.addToInbox(
            {capture(u"https://www.example.com/post/?utm_source=x"_s, u"good intro"_s)});
        QVERIFY(first.ok());
        QCOMPARE(first->size(), 1);
        QVERIFY(!first->first().merged);
        // Another spelling of the same link, captured twice in one call.
        auto again = store.addToInbox({capture(u"http://example.com/post#top"_s, u"for Ops"_s),
                                       capture(u"example.com/post"_s, u"for Ops"_s)});
        QVERIFY(again.ok());
        QCOMPARE(again->size(), 2);
        QVERIFY(again->at(0).merged && again->at(1).merged);
        QCOMPARE(again->at(0).id, first->first().id);
        const auto items = store.inboxItems().value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().url, u"https://www.example.com/post/?utm_source=x"_s);
        QCOMPARE(items.first().note, u"good intro\nfor Ops"_s);
        QCOMPARE(items.first().state, InboxState::New);
        QVERIFY(items.first().added.isValid());
        QVERIFY(store.inboxItemForUrl(u"https://example.com/post"_s)->has_value());
        QVERIFY(!store.inboxItemForUrl(u"https://example.com/other"_s)->has_value());
    }

    void statesAndRemoval()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 issueId = store.createIssue(issueText(41)).value();
        auto added
            = store
                  .addToInbox({capture(u"https://a.example/1"_s), capture(u"https://a.example/2"_s),
                               capture(u"https://a.example/3"_s)})
                  .value();
        QVERIFY(store.setInboxState({added[0].id}, InboxState::Dismissed).ok());
        QVERIFY(store.setInboxState({added[1].id}, InboxState::Used, issueId).ok());
        QCOMPARE(store.inboxNewCount().value(), 1);
        QCOMPARE(store.inboxItems().value().first().id, added[2].id);
        const auto all = store.inboxItems(true).value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[1].state, InboxState::Used);
        QCOMPARE(all[1].usedIssueId, issueId);
        QCOMPARE(all[1].usedNumber, 41);
        // A dismissed link captured again (the next feed import) stays dismissed.
        auto again = store.addToInbox({capture(u"https://a.example/1"_s, u"again"_s)}).value();
        QCOMPARE(again.first().state, InboxState::Dismissed);
        QCOMPARE(store.inboxNewCount().value(), 1);
        // Undo the dismissal.
        QVERIFY(store.setInboxState({added[0].id}, InboxState::New).ok());
        QCOMPARE(store.inboxNewCount().value(), 2);
        // Removing an item that does not exist removes nothing.
        const Status missing = store.removeFromInbox({added[2].id, 9999});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::NotFound);
        QCOMPARE(store.inboxItems(true)->size(), 3);
        QVERIFY(store.removeFromInbox({added[2].id}).ok());
        QCOMPARE(store.inboxItems(true)->size(), 2);
        // The title read later fills only what is empty.
        QVERIFY(store.setInboxFetched(added[0].id, u"Page title"_s, u"About"_s, {}).ok());
        QVERIFY(store.setInboxFetched(added[0].id, u"Other"_s, u"Other"_s, u"timeout"_s).ok());
        const InboxItem item = store.inboxItemForUrl(u"https://a.example/1"_s)->value();
        QCOMPARE(item.title, u"Page title"_s);
        QCOMPARE(item.fetchError, u"timeout"_s);
        QVERIFY(item.fetched);
    }

    void rssFeed()
    {
        const auto items = readInboxFile(fixture(u"feed-rss.xml"_s));
        QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().toString()));
        QCOMPARE(items->size(), 2); // the entry without a link is left out
        QCOMPARE(items->at(0).url, u"https://ops.example.com/2024/postmortem?utm_source=rss"_s);
        QCOMPARE(items->at(0).title, u"Postmortem: the big outage"_s);
        QCOMPARE(items->at(0).description, u"What went wrong & what we changed."_s);
        QCOMPARE(items->at(0).source, InboxSource::Feed);
        QCOMPARE(items->at(1).url, u"https://ops.example.com/2024/k8s-upgrades"_s);
        QCOMPARE(items->at(1).description, u"A step by step guide."_s);
    }

    void atomFeed()
    {
        const auto items = readInboxFile(fixture(u"feed-atom.xml"_s));
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).url, u"https://notes.example.org/tracing"_s);
        QCOMPARE(items->at(0).title, u"Tracing & sampling"_s);
        QCOMPARE(items->at(0).description, u"How much to sample, and why."_s);
        QCOMPARE(items->at(1).url, u"https://notes.example.org/logs-are-events"_s);
        QCOMPARE(items->at(1).description, u"Structured logging, explained."_s);
    }

    void rdfFeed()
    {
        const auto items = readInboxFile(
            "<?xml version=\"1.0\"?>\n<rdf:RDF "
            "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            "xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://r.example/\">"
            "<title>R</title><link>https://r.example/</link></channel>"
            "<item rdf:about=\"https://r.example/1\"><title>One</title>"
            "<link>https://r.example/1</link><description>First</description></item>"
            "</rdf:RDF>");
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().url, u"https://r.example/1"_s);
        QCOMPARE(items->first().title, u"One"_s);
        QCOMPARE(items->first().description, u"First"_s);
    }

    void bookmarksFile()
    {
        const auto items = readInboxFile(fixture(u"bookmarks.html"_s));
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 3); // no bookmarklet, no place: query
        QCOMPARE(items->at(0).url, u"https://blog.example.net/sre-book-review"_s);
        QCOMPARE(items->at(0).title, u"Review: the SRE book & its sequel"_s);
        QCOMPARE(items->at(0).description, u"A long review, worth a paragraph"_s);
        QCOMPARE(items->at(0).source, InboxSource::Bookmarks);
        QCOMPARE(items->at(1).title, u"Queueing theory for engineers"_s);
        QVERIFY(items->at(1).description.isEmpty());
        QCOMPARE(items->at(2).url, u"https://ops.example.com/2024/postmortem"_s);
    }

    void unreadableFiles()
    {
        QVERIFY(!readInboxFile("just some text\n").ok());
        const auto broken = readInboxFile("<?xml version=\"1.0\"?>\n<rss><channel><item>");
        QVERIFY(!broken.ok());
        QVERIFY(!readInboxFile("<?xml version=\"1.0\"?>\n<html><body/></html>").ok());
    }

    void linksInText()
    {
        const QString text = u"Read https://a.example/x. And (see https://b.example/y?q=1), "
                             "plus https://en.wikipedia.org/wiki/Foo_(bar) and "
                             "https://a.example/x#again; not ftp://c.example/z or mail."_s;
        QCOMPARE(urlsInText(text),
                 (QStringList {u"https://a.example/x"_s, u"https://b.example/y?q=1"_s,
                               u"https://en.wikipedia.org/wiki/Foo_(bar)"_s}));
        QCOMPARE(inboxUrl(u"  example.com/post "_s), u"https://example.com/post"_s);
        QVERIFY(!inboxUrl(u"not a link"_s));
        QVERIFY(!inboxUrl(u"javascript:alert(1)"_s));
        QVERIFY(!inboxUrl(u"ftp://example.com/file"_s));
        QCOMPARE(urlDomain(u"https://www.Example.com/a"_s), u"example.com"_s);
        QCOMPARE(htmlToText(u"a &lt; b <script>x()</script><b>c</b>"_s), u"a < b c"_s);
    }
};

// An older SQLite store gains the inbox in place (a PostgreSQL store starts at the baseline).
class TestInboxFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(u"inbox-%1.sqlite"_s.arg(++m_n)); }

private slots:
    void olderStoreGainsTheInbox()
    {
        const QString path = freshPath();
        qint64 issueId = 0;
        {
            Store store;
            QVERIFY(store.open(path).ok());
            issueId = store.createIssue(issueText(12)).value();
        }
        // The store as the step before the inbox wrote it (the spelling step, 19, and
        // PostgreSQL's search steps, 23, its impact index, its word counts and the word ids it
        // dropped, came after it).
        QVERIFY(rawExec(path,
                        {u"DROP TABLE inbox"_s, u"DROP TABLE spelling_personal"_s,
                         u"DROP TABLE spelling_vocabulary"_s,
                         u"PRAGMA user_version = %1"_s.arg(StoreSchema::currentVersion() - 6)}));
        QCOMPARE(rawInt(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'inbox'"_s), 0);
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QCOMPARE(store.issue(issueId)->document, issueText(12));
            QVERIFY(store.inboxItems(true)->isEmpty());
            QVERIFY(store.addToInbox({capture(u"https://example.com/a"_s)}).ok());
            QCOMPARE(store.inboxNewCount().value(), 1);
        }
        QCOMPARE(rawInt(path, u"PRAGMA user_version"_s), StoreSchema::currentVersion());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestInbox inbox;
    int failed = QTest::qExec(&inbox, argc, argv);
    if (!storetest::isPostgres()) {
        TestInboxFile file;
        failed += QTest::qExec(&file, argc, argv);
    }
    return failed;
}

#include "tst_inbox.moc"
