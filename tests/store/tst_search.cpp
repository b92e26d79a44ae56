#include "storetesthelpers.h"

#include "issuedocument.h"
#include "store/ftsquery.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using galley::Store;

// Full-text search: ranking, snippets, prefixes, and input that must never become an SQL error.
// On both engines: tst_search_pg runs it against PostgreSQL (PgSearch).
class TestSearch : public QObject
{
    Q_OBJECT
private:
    storetest::FreshStores m_stores; // before m_store: its schema outlives the connection
    Store m_store;
    qint64 m_titleHit = 0;
    qint64 m_bodyHit = 0;

    static QString doc(const QString &title, const QString &body)
    {
        return u"---\ntitle: "_s + title + u"\n---\n\n"_s + body + u'\n';
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_stores.fresh()).ok());
        m_bodyHit = m_store
                        .createIssue(doc(u"Weekly one"_s,
                                         u"Lots about databases. Somewhere we mention zorblax "
                                         "once, among many other words about storage engines, "
                                         "indexes and the write-ahead log."_s))
                        .value();
        m_titleHit = m_store
                         .createIssue(doc(u"Zorblax special"_s,
                                          u"Zorblax operators, zorblax networking and "
                                          "scheduling."_s))
                         .value();
        QVERIFY(
            m_store.createIssue(doc(u"Unrelated"_s, u"Café culture and naïve résumés."_s)).ok());
        for (const QString &file : storetest::fixtureFiles()) {
            auto doc = galley::readIssueFile(file);
            QVERIFY(doc.ok());
            QVERIFY(m_store.importDocument(doc->toMarkdown()).ok());
        }
    }

    void rankedBestFirst()
    {
        const auto hits = m_store.search(u"zorblax"_s);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).issueId, m_titleHit);
        QCOMPARE(hits->at(1).issueId, m_bodyHit);
        QVERIFY(hits->at(0).rank <= hits->at(1).rank);
    }

    void snippetMarksTheMatch()
    {
        const auto hits = m_store.search(u"strangler"_s);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().number, std::optional<int>(102));
        QVERIFY2(hits->first().snippet.contains(u"[strangler]"_s, Qt::CaseInsensitive),
                 qPrintable(hits->first().snippet));
        QVERIFY(!hits->first().snippet.contains(u"<br>"_s));
    }

    void prefixMatching()
    {
        QCOMPARE(m_store.search(u"zorb"_s)->size(), 2);
        QCOMPARE(m_store.search(u"strang"_s)->size(), 1);
        QCOMPARE(m_store.search(u"databa storage"_s)->size(), 1); // every word must match
    }

    void diacriticsAndCase()
    {
        QCOMPARE(m_store.search(u"cafe"_s)->size(), 1);
        QCOMPARE(m_store.search(u"NAIVE"_s)->size(), 1);
        QCOMPARE(m_store.search(u"résumé"_s)->size(), 1);
    }

    void limitIsHonoured() { QCOMPARE(m_store.search(u"zorblax"_s, 1)->size(), 1); }

    void hostileQueriesAreText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << u"\"zorblax"_s;
        QTest::newRow("quotes") << u"\"\"\"\""_s;
        QTest::newRow("minus") << u"-zorblax"_s;
        QTest::newRow("lone minus") << u"-"_s;
        QTest::newRow("star") << u"*"_s;
        QTest::newRow("star word") << u"kube*"_s;
        QTest::newRow("NEAR") << u"NEAR(zorblax databases)"_s;
        QTest::newRow("NEAR alone") << u"NEAR"_s;
        QTest::newRow("open paren") << u"(zorblax"_s;
        QTest::newRow("close paren") << u"zorblax)"_s;
        QTest::newRow("AND") << u"AND"_s;
        QTest::newRow("OR NOT") << u"zorblax OR NOT databases"_s;
        QTest::newRow("column filter") << u"title:zorblax"_s;
        QTest::newRow("caret") << u"^zorblax"_s;
        QTest::newRow("braces") << u"{title body}: x"_s;
        QTest::newRow("sql") << u"'; DROP TABLE issues; --"_s;
        QTest::newRow("empty") << u""_s;
        QTest::newRow("spaces") << u"   \t "_s;
        QTest::newRow("unicode") << u"日本語 ☃ émigré"_s;
        QTest::newRow("emoji") << u"🚀🚀"_s;
        QTest::newRow("plus") << u"+zorblax+"_s;
        // Found by fuzz_searchquery: control characters (a NUL pasted from a binary file) made
        // FTS5 report a syntax error.
        QTest::newRow("NUL") << QString(u"^zorblax"_s + QChar(0) + u"x"_s);
        QTest::newRow("control characters") << u"zor\u0001blax \u0007 \u001b[31m"_s;
    }
    void hostileQueriesAreText()
    {
        QFETCH(QString, query);
        const auto hits = m_store.search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().toString()));
        QCOMPARE(m_store.listIssues()->size(), 6);
    }

    void operatorsAreSearchedAsWords()
    {
        // "zorblax OR NOT databases" means all four words, which no issue has.
        QCOMPARE(m_store.search(u"zorblax OR NOT databases"_s)->size(), 0);
        QCOMPARE(m_store.search(u"-zorblax"_s)->size(), 2);
        QCOMPARE(m_store.search(u"(zorblax"_s)->size(), 2);
        QVERIFY(m_store.search(u""_s)->isEmpty());
    }

    void queryBuilder()
    {
        QCOMPARE(galley::toFtsQuery(u"ab \"bc"_s), u"\"ab\"* \"\"\"bc\"*"_s);
        QCOMPARE(galley::toFtsQuery(u" - * ( ) "_s), QString());
        // A word ending in one letter or digit is matched whole, not as a prefix of every word
        // starting with that letter.
        QCOMPARE(galley::toFtsQuery(u"a x- e-mail k8"_s), u"\"a\" \"x-\" \"e-mail\"* \"k8\"*"_s);
        // Repeating a word does not repeat the term.
        QCOMPARE(galley::toFtsQuery(u"the The THE kube"_s), u"\"the\"* \"kube\"*"_s);
    }

    // The words an index that cannot tokenise like FTS5 (PostgreSQL) is given: FTS5's
    // unicode61 split, case and diacritics folded.
    void searchWordsTokeniseLikeFts5_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("plain") << u"Kubernetes weekly"_s << u"kubernetes weekly"_s;
        QTest::newRow("case and punctuation")
            << u"  Hello,   WORLD!  (Again)"_s << u"hello world again"_s;
        QTest::newRow("diacritics") << u"Café naïve Résumé Ærø"_s << u"cafe naive resume ærø"_s;
        QTest::newRow("decomposed diacritic") << u"cafe\u0301 bar"_s << u"cafe bar"_s;
        QTest::newRow("hyphen and dots")
            << u"foo-bar github.com e-mail a@b.org"_s << u"foo bar github com e mail a b org"_s;
        QTest::newRow("digits") << u"k8s v1.2.3 2026-12-06 3,14"_s
                                << u"k8s v1 2 3 2026 12 06 3 14"_s;
        QTest::newRow("apostrophe") << u"O'Reilly don't"_s << u"o reilly don t"_s;
        QTest::newRow("operators") << u"a & b | !c <-> d:* (e)"_s << u"a b c d e"_s;
        QTest::newRow("compatibility forms") << u"ﬁle ½"_s << u"file 1 2"_s;
        QTest::newRow("other scripts") << u"Привет, МИР 東京"_s << u"привет мир 東京"_s;
        QTest::newRow("nothing") << u" -- !! "_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void searchWordsTokeniseLikeFts5()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QCOMPARE(galley::searchWords(text), words);
    }

    // Every character of the Basic Multilingual Plane, alone and inside a word: searchWords()
    // gives letters and digits only, one space between words, and is the same when run again
    // (what an index and a query must agree on).
    void searchWordsOfEveryCharacter()
    {
        for (char32_t c = 1; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c))
                continue;
            for (const QString &text :
                 QStringList {QString(QChar(c)), u"x"_s + QChar(c) + u"y"_s}) {
                const QString words = galley::searchWords(text);
                QVERIFY2(galley::searchWords(words) == words,
                         qPrintable(u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0'))));
                const QStringList parts = words.split(u' ', Qt::SkipEmptyParts);
                QVERIFY2(parts.join(u' ') == words,
                         qPrintable(u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0'))));
                for (const QString &w : parts) {
                    QVERIFY2(std::all_of(w.cbegin(), w.cend(),
                                         [](QChar ch) { return ch.isLetterOrNumber(); }),
                             qPrintable(u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0'))));
                }
            }
        }
    }

    void singleLetterIsAWholeWord()
    {
        // "a" finds the issues with the word "a", not every issue with a word starting in "a".
        const auto hits = m_store.search(u"zorblax a"_s);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 0); // neither zorblax issue has the word "a"
        QCOMPARE(m_store.search(u"zorb"_s)->size(), 2);
    }

    void snippetAroundTheBestPlace()
    {
        // The window holds both words where they occur together, not the first lone match.
        const auto hits = m_store.search(u"zorblax storage"_s);
        QCOMPARE(hits->size(), 1);
        const QString snippet = hits->first().snippet;
        QVERIFY2(snippet.contains(u"[zorblax]"_s) && snippet.contains(u"[storage]"_s),
                 qPrintable(snippet));
        QVERIFY2(snippet.startsWith(u"…"_s) && snippet.endsWith(u"…"_s), qPrintable(snippet));
        QVERIFY(!snippet.contains(u'\n'));
        // Prefixes, case and diacritics are marked as the index matched them.
        const auto cafe = m_store.search(u"CAF"_s);
        QCOMPARE(cafe->size(), 1);
        QVERIFY2(cafe->first().snippet.contains(u"[Café]"_s), qPrintable(cafe->first().snippet));
        const auto resume = m_store.search(u"resume"_s);
        QVERIFY2(resume->first().snippet.contains(u"[résumés]"_s),
                 qPrintable(resume->first().snippet));
    }

    void snippetOfATitleOnlyHit()
    {
        // A match in the title only still gets the start of the body as its snippet.
        const auto hits = m_store.search(u"unrelated"_s);
        QCOMPARE(hits->size(), 1);
        QVERIFY2(hits->first().snippet.startsWith(u"Café culture"_s),
                 qPrintable(hits->first().snippet));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
