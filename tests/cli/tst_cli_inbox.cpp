// `galley inbox add|list|remove|import` and the inbox line of `galley links`, through the real
// `galley` on a fresh store (issue 18): JSON, one item per link, the fixture feeds and
// bookmarks file, exit codes.
#include "processrun.h"
#include "rawsqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using galley::testsupport::ProcessRun;
using galley::testsupport::runGalley;

class TestCliInbox : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshStore() { return m_dir.filePath(u"inbox-%1.sqlite"_s.arg(++m_n)); }

    static ProcessRun inbox(const QString &db, const QStringList &args)
    {
        return runGalley(QStringList {u"inbox"_s} + args + QStringList {u"--db"_s, db});
    }

    static QJsonArray listAll(const QString &db)
    {
        const ProcessRun r = inbox(db, {u"list"_s, u"--all"_s, u"--json"_s});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray();
    }

    static QString fixture(const QString &name)
    {
        return QStringLiteral(GALLEY_TEST_DATA) + u"/inbox/"_s + name;
    }

private slots:
    void addListRemove()
    {
        const QString db = freshStore();
        const ProcessRun add
            = inbox(db,
                    {u"add"_s, u"https://example.com/a"_s, u"example.org/b"_s, u"--note"_s,
                     u"lead story"_s, u"--section"_s, u"News"_s, u"--json"_s});
        QCOMPARE(add.exitCode, 0);
        const QJsonArray added = QJsonDocument::fromJson(add.out).array();
        QCOMPARE(added.size(), 2);
        QCOMPARE(added[0].toObject().value(u"merged"_s).toBool(), false);
        QCOMPARE(added[1].toObject().value(u"url"_s).toString(), u"https://example.org/b"_s);

        // The same link again, spelt differently: one item, two notes.
        const ProcessRun again
            = inbox(db, {u"add"_s, u"http://www.example.com/a/"_s, u"--note"_s, u"also"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.outText().contains(u"already in the inbox"_s), again.out.constData());

        const ProcessRun list = inbox(db, {u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(items.size(), 2);
        const QJsonObject first = items[0].toObject();
        QCOMPARE(first.value(u"url"_s).toString(), u"https://example.com/a"_s);
        QCOMPARE(first.value(u"note"_s).toString(), u"lead story\nalso"_s);
        QCOMPARE(first.value(u"section"_s).toString(), u"News"_s);
        QCOMPARE(first.value(u"source"_s).toString(), u"command-line"_s);
        QCOMPARE(first.value(u"state"_s).toString(), u"new"_s);
        QVERIFY(QDateTime::fromString(first.value(u"added"_s).toString(), Qt::ISODate).isValid());

        const ProcessRun text = inbox(db, {u"list"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(u"https://example.org/b"_s));
        QVERIFY(text.outText().contains(u"[News]"_s));

        const QString id = QString::number(first.value(u"id"_s).toInteger());
        QCOMPARE(inbox(db, {u"remove"_s, id}).exitCode, 0);
        QCOMPARE(listAll(db).size(), 1);
        // Gone already: an error, exit 2.
        const ProcessRun gone = inbox(db, {u"remove"_s, id});
        QCOMPARE(gone.exitCode, 2);
        QVERIFY(gone.errText().contains(u"no item"_s));
    }

    void usageErrors()
    {
        const QString db = freshStore();
        QCOMPARE(inbox(db, {u"add"_s, u"https://ok.example/"_s, u"not a link"_s}).exitCode, 2);
        QCOMPARE(listAll(db).size(), 0); // all or nothing
        QCOMPARE(inbox(db, {u"add"_s, u"javascript:alert(1)"_s}).exitCode, 2);
        QCOMPARE(inbox(db, {u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(inbox(db, {u"list"_s, u"--note"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(inbox(db, {u"remove"_s, u"abc"_s}).exitCode, 2);
        QCOMPARE(inbox(db, {u"import"_s, m_dir.filePath(u"missing.xml"_s)}).exitCode, 2);
        const QString notAFeed = m_dir.filePath(u"notes.txt"_s);
        QFile f(notAFeed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just notes\n");
        f.close();
        const ProcessRun bad = inbox(db, {u"import"_s, notAFeed});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.errText().contains(u"neither"_s));
    }

    void importFeedsAndBookmarks()
    {
        const QString db = freshStore();
        const ProcessRun rss = inbox(db, {u"import"_s, fixture(u"feed-rss.xml"_s)});
        QCOMPARE(rss.exitCode, 0);
        QVERIFY2(rss.outText().contains(u"2 new links"_s), rss.out.constData());
        const ProcessRun atom = inbox(db, {u"import"_s, fixture(u"feed-atom.xml"_s), u"--json"_s});
        QCOMPARE(atom.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(atom.out).array().size(), 2);
        // The bookmarks file shares one link with the RSS feed (without its utm_ parameter).
        const ProcessRun marks
            = inbox(db, {u"import"_s, fixture(u"bookmarks.html"_s), u"--json"_s});
        QCOMPARE(marks.exitCode, 0);
        const QJsonArray marked = QJsonDocument::fromJson(marks.out).array();
        QCOMPARE(marked.size(), 3);
        QCOMPARE(marked[2].toObject().value(u"merged"_s).toBool(), true);

        const QJsonArray items = listAll(db);
        QCOMPARE(items.size(), 6);
        QCOMPARE(items[0].toObject().value(u"title"_s).toString(), u"Postmortem: the big outage"_s);
        QCOMPARE(items[0].toObject().value(u"source"_s).toString(), u"feed"_s);
        QCOMPARE(items[2].toObject().value(u"description"_s).toString(),
                 u"How much to sample, and why."_s);
        QCOMPARE(items[4].toObject().value(u"source"_s).toString(), u"bookmarks"_s);
        QCOMPARE(items[4].toObject().value(u"description"_s).toString(),
                 u"A long review, worth a paragraph"_s);

        // Importing the same feed again adds nothing.
        const ProcessRun twice = inbox(db, {u"import"_s, fixture(u"feed-rss.xml"_s)});
        QCOMPARE(twice.exitCode, 0);
        QVERIFY2(twice.outText().contains(u"0 new links"_s), twice.out.constData());
        QCOMPARE(listAll(db).size(), 6);
    }

    void linksSaysItWaits()
    {
        const QString db = freshStore();
        QCOMPARE(inbox(db, {u"add"_s, u"https://waiting.example/post"_s}).exitCode, 0);
        const ProcessRun links
            = runGalley({u"links"_s, u"http://waiting.example/post/"_s, u"--db"_s, db});
        QCOMPARE(links.exitCode, 0);
        QVERIFY2(links.outText().contains(u"Waiting in the inbox since"_s), links.out.constData());
        const ProcessRun other
            = runGalley({u"links"_s, u"https://other.example/"_s, u"--db"_s, db});
        QCOMPARE(other.exitCode, 0);
        QVERIFY(!other.outText().contains(u"inbox"_s));
        // --json: the waiting item is an entry of its own, with the status "inbox".
        const ProcessRun json = runGalley(
            {u"links"_s, u"http://waiting.example/post/"_s, u"--json"_s, u"--db"_s, db});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].toObject().value(u"status"_s).toString(), u"inbox"_s);
        QCOMPARE(entries[0].toObject().value(u"url"_s).toString(),
                 u"https://waiting.example/post"_s);
        QVERIFY(entries[0].toObject().value(u"number"_s).isNull());
    }

    // Only on request: links older than N weeks are a note of `check` (exit code unchanged).
    void checkNotesOldInboxLinksOnRequest()
    {
        const QString db = freshStore();
        QCOMPARE(inbox(db,
                       {u"add"_s, u"https://old.example/a"_s, u"https://old.example/b"_s,
                        u"https://fresh.example/c"_s})
                     .exitCode,
                 0);
        // Captured five weeks ago (two of them).
        QVERIFY(galley::testsupport::rawExec(db,
                                             {u"UPDATE inbox SET added = added - 35 * 86400000 "
                                              "WHERE url LIKE 'https://old.example/%'"_s}));
        QCOMPARE(galley::testsupport::rawInt(db,
                                             u"SELECT count(*) FROM inbox WHERE added < "
                                             "(strftime('%s', 'now') - 30 * 86400) * 1000"_s),
                 2);
        const QString file = m_dir.filePath(u"issue.md"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\ntitle: Issue\n---\n\nIntro.\n");
        f.close();
        auto notes = [&](const QStringList &extra) {
            const ProcessRun r
                = runGalley(QStringList {u"check"_s, file, u"--json"_s, u"--db"_s, db} + extra);
            QJsonArray stale;
            for (const QJsonValue &p :
                 QJsonDocument::fromJson(r.out).object().value(u"problems"_s).toArray()) {
                if (p.toObject().value(u"rule"_s).toString() == u"stale-inbox")
                    stale << p;
            }
            return std::pair {r, stale};
        };
        QCOMPARE(notes({}).second.size(), 0); // not asked
        const auto [asked, stale] = notes({u"--inbox-weeks"_s, u"4"_s});
        QCOMPARE(stale.size(), 1);
        const QJsonObject note = stale.first().toObject();
        QCOMPARE(note.value(u"severity"_s).toString(), u"notice"_s);
        const QString message = note.value(u"message"_s).toString();
        QVERIFY2(message.startsWith(u"2 links have waited in the inbox for more than 4 weeks"_s),
                 qPrintable(message));
        QVERIFY(message.contains(u"https://old.example/a"_s));
        QVERIFY(!message.contains(u"fresh.example"_s));
        QCOMPARE(notes({u"--inbox-weeks"_s, u"6"_s}).second.size(), 0); // none that old
        QCOMPARE(notes({u"--inbox-weeks"_s, u"soon"_s}).first.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliInbox)
#include "tst_cli_inbox.moc"
