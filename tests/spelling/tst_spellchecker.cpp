// Spell checking's core (issue 19): the three languages Debian's dictionaries give us, each
// Markdown skip rule, the issue's ignore list and language, and a missing dictionary.
#include "issuedocument.h"
#include "spelling/issuespelling.h"
#include "spelling/spellchecker.h"
#include "spelling/spellwords.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
QStringList words(const QString &line)
{
    QStringList out;
    for (const WordSpan &w : proseWords(line))
        out << line.mid(w.start, w.length);
    return out;
}

QStringList unknown(const SpellChecker &checker, const QString &text)
{
    QStringList out;
    for (const Misspelling &m : findMisspellings(checker, text))
        out << m.word;
    return out;
}
} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qunsetenv("GALLEY_DICTIONARY_PATH"); }

    void english()
    {
        SpellChecker c;
        QVERIFY(c.load(u"en"_s).ok());
        QCOMPARE(c.dictionary(), u"en_US"_s);
        QVERIFY(c.isCorrect(u"receive"_s));
        QVERIFY(!c.isCorrect(u"recieve"_s));
        QVERIFY(c.isCorrect(u"don’t"_s)); // typographic apostrophe
        QVERIFY(c.suggestions(u"recieve"_s).contains(u"receive"_s));
        QVERIFY(c.suggestions(u"recieve"_s, 2).size() <= 2);
        // British spelling in en-GB only
        QVERIFY(!c.isCorrect(u"colour"_s));
        SpellChecker gb;
        QVERIFY(gb.load(u"en-GB"_s).ok());
        QVERIFY(gb.isCorrect(u"colour"_s));
    }

    void german()
    {
        SpellChecker c;
        QVERIFY(c.load(u"de"_s).ok());
        QCOMPARE(c.dictionary(), u"de_DE"_s);
        QVERIFY(c.isCorrect(u"Rechtschreibfehler"_s));
        QVERIFY(!c.isCorrect(u"Rechtschreibfeher"_s));
        QVERIFY(c.suggestions(u"Rechtschreibfeher"_s).contains(u"Rechtschreibfehler"_s));
    }

    void french()
    {
        SpellChecker c;
        QVERIFY(c.load(u"fr"_s).ok());
        QVERIFY(c.isCorrect(u"orthographe"_s));
        QVERIFY(!c.isCorrect(u"ortografe"_s));
        QVERIFY(c.suggestions(u"ortografe"_s).contains(u"orthographe"_s));
        // Elisions are one word, as the French dictionary has them.
        QVERIFY(c.isCorrect(u"d'orthographe"_s));
        QCOMPARE(unknown(c, u"Une faute d'ortografe, sans faute d'orthographe.\n"_s),
                 QStringList {u"d'ortografe"_s});
    }

    void skipRules_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("checked");
        const QStringList w {u"word"_s};
        QTest::newRow("inline code") << u"`xyzzy` word"_s << w;
        QTest::newRow("url") << u"https://example.com/xyzzy word"_s << w;
        QTest::newRow("www") << u"www.xyzzy.org word"_s << w;
        QTest::newRow("autolink") << u"<https://xyzzy.org/a> word"_s << w;
        QTest::newRow("link destination")
            << u"[word](https://x.org/xyzzy \"title\")"_s << QStringList {u"word"_s};
        QTest::newRow("reference definition") << u"[ref]: https://x.org/xyzzy"_s << QStringList {};
        QTest::newRow("raw html") << u"<span class=\"xyzzy\">word</span>"_s << w;
        QTest::newRow("html comment") << u"<!-- xyzzy --> word"_s << w;
        QTest::newRow("placeholder") << u"{{ xyzzy_name }} word"_s << w;
        QTest::newRow("email") << u"write to xyzzy@example.org word"_s
                               << QStringList {u"write"_s, u"to"_s, u"word"_s};
        QTest::newRow("digits") << u"mp3 h264 word"_s << w;
        QTest::newRow("acronym") << u"NASA XYZZYQ word"_s << w;
        QTest::newRow("long caps are words") << u"XYZZYQW"_s << QStringList {u"XYZZYQW"_s};
        QTest::newRow("tk and todo") << u"TK TODO word"_s << w;
        QTest::newRow("apostrophe") << u"don't"_s << QStringList {u"don't"_s};
    }

    void skipRules()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, checked);
        QCOMPARE(words(line), checked);
    }

    void frontMatterAndCodeBlocksAreSkipped()
    {
        const QString text = u"---\ntitle: Xyzzy\n---\n\nOne wrod\n\n```\nxyzzy\n```\n\nTwo\n"_s;
        const QList<DocumentWord> all = documentWords(text);
        QStringList seen;
        for (const DocumentWord &w : all)
            seen << w.word;
        QCOMPARE(seen, (QStringList {u"One"_s, u"wrod"_s, u"Two"_s}));
        QCOMPARE(all.at(1).line, 5);
        QCOMPARE(all.at(1).column, 5);
    }

    // Four spaces or a tab make code only where CommonMark says so: not a list item's
    // continuation paragraph, not a paragraph's continuation line.
    void indentedCodeIsSkipped()
    {
        const auto seen = [](const QString &text) {
            QStringList out;
            for (const DocumentWord &w : documentWords(text))
                out << w.word;
            return out;
        };
        QCOMPARE(seen(u"Intro\n\n    xyzzy plugh\n\tfrobozz\n\nOutro\n"_s),
                 (QStringList {u"Intro"_s, u"Outro"_s}));
        QCOMPARE(seen(u"---\ntitle: T\n---\n    xyzzy\n\nOutro\n"_s), QStringList {u"Outro"_s});
        QCOMPARE(seen(u"- item\n\n    wrod continued\n"_s),
                 (QStringList {u"item"_s, u"wrod"_s, u"continued"_s}));
        QCOMPARE(seen(u"Para\n    lazy wrod\n"_s), (QStringList {u"Para"_s, u"lazy"_s, u"wrod"_s}));
        QCOMPARE(seen(u"# Title\n    xyzzy\nSub\n===\n    plugh\n"_s),
                 (QStringList {u"Title"_s, u"Sub"_s}));
        QCOMPARE(seen(u"- item\n    - nested wrod\n"_s),
                 (QStringList {u"item"_s, u"nested"_s, u"wrod"_s}));
        const QList<DocumentWord> lines = documentWords(u"Alpha\n\n    code\n\nBeta\n"_s);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).line, 5);
    }

    void issueLanguageAndIgnoreList()
    {
        const QString text = u"---\ntitle: Test\nlang: de\n---\n\nEin Rechtschreibfeher, "
                             "und Kubernetes.\n"_s;
        auto doc = IssueDocument::fromText(text);
        QVERIFY(doc);
        QCOMPARE(spellingLanguage(*doc, u"en"_s), u"de"_s);
        QCOMPARE(spellingLanguage(*doc, u"en"_s, u"fr"_s), u"fr"_s);
        SpellChecker c;
        QVERIFY(prepareSpellChecker(c, nullptr, *doc).ok());
        QCOMPARE(c.dictionary(), u"de_DE"_s);
        QCOMPARE(unknown(c, text), (QStringList {u"Rechtschreibfeher"_s, u"Kubernetes"_s}));

        const QString ignoring = withIgnoredWord(text, u"Kubernetes"_s);
        QVERIFY(ignoring.contains(u"spelling-ignore: [Kubernetes]\n"_s));
        QCOMPARE(withIgnoredWord(ignoring, u"Kubernetes"_s), ignoring); // once
        doc = IssueDocument::fromText(ignoring);
        QCOMPARE(ignoredWords(*doc), QStringList {u"Kubernetes"_s});
        QVERIFY(prepareSpellChecker(c, nullptr, *doc).ok());
        QCOMPARE(unknown(c, ignoring), QStringList {u"Rechtschreibfeher"_s});
        // A draft without front matter gains one.
        QCOMPARE(withIgnoredWord(u"Hi Envoy\n"_s, u"Envoy"_s),
                 u"---\nspelling-ignore: [Envoy]\n---\nHi Envoy\n"_s);
    }

    void notesAreNotProblems()
    {
        SpellChecker c;
        QVERIFY(c.load(u"en"_s).ok());
        const QList<Problem> notes
            = spellingNotes(findMisspellings(c, u"# News\n\nWe recieve mail.\n"_s));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).line, 3);
        QCOMPARE(notes.at(0).rule, u"spelling"_s);
        QCOMPARE(notes.at(0).severity, Severity::Notice);
        QVERIFY(!hasBlockingProblems(notes));

        // A page of unknown words is 3 notes and a count, not a page of notes.
        QString many;
        for (int i = 0; i < 5; ++i)
            many += u"Zorglub%1 blorfication\n"_s.arg(QChar(u'a' + i));
        const QList<Problem> capped = spellingNotes(findMisspellings(c, many), 3);
        QCOMPARE(capped.size(), 4);
        QCOMPARE(capped.at(3).line, 2);
        QVERIFY2(capped.at(3).message.contains(u"7 more"_s), qPrintable(capped.at(3).message));
    }

    void missingDictionary()
    {
        QTemporaryDir empty;
        qputenv("GALLEY_DICTIONARY_PATH", empty.path().toLocal8Bit());
        const auto reset = qScopeGuard([] { qunsetenv("GALLEY_DICTIONARY_PATH"); });
        SpellChecker c;
        const Status s = c.load(u"en-GB"_s);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"hunspell-en-gb"_s), qPrintable(s.error().message));
        QVERIFY(!c.isReady());
        QVERIFY(c.isCorrect(u"recieve"_s)); // off: nothing is underlined
        QVERIFY(c.suggestions(u"recieve"_s).isEmpty());
        QString notice;
        auto doc = IssueDocument::fromText(u"We recieve\n"_s);
        QVERIFY(spellingNotesFor(nullptr, *doc, &notice).isEmpty());
        QVERIFY(notice.contains(u"hunspell-en-us"_s));
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
