#include "benchcorpus.h"

#include <QDate>
#include <QStringList>

#include <cstdint>

using namespace Qt::StringLiterals;

namespace galley::bench {

namespace {

// A tiny generator of our own (xorshift64*): std's distributions differ between standard
// libraries, and the corpus must be the same bytes everywhere.
class Dice
{
public:
    explicit Dice(std::uint64_t seed)
        : m_state(seed * 0x9E3779B97F4A7C15ull + 1)
    { }
    int below(int n)
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return int(((m_state * 0x2545F4914F6CDD1Dull) >> 33) % std::uint64_t(n));
    }

private:
    std::uint64_t m_state;
};

constexpr const char *words[] = {
    "build",     "pipeline",  "cache",     "release", "cluster",     "latency",   "storage",
    "the",       "of",        "and",       "a",       "to",          "in",        "with",
    "deploy",    "service",   "database",  "queue",   "incident",    "runbook",   "kernel",
    "container", "image",     "network",   "proxy",   "certificate", "metrics",   "tracing",
    "logging",   "budget",    "team",      "week",    "upgrade",     "migration", "schema",
    "index",     "query",     "replica",   "backup",  "restore",     "review",    "on-call",
    "alert",     "dashboard", "terraform", "ansible", "monorepo",    "compiler",  "runtime",
    "memory",    "thread",    "scheduler", "worker",  "is",          "for",       "on",
    "about",     "how",       "why",       "what",    "faster",      "smaller",   "safer",
    "überblick", "café",      "naïve",     "resume",  "rollout",     "canary",    "feature",
};
constexpr int wordCount = int(sizeof(words) / sizeof(words[0]));

QString sentence(Dice &dice, int n)
{
    QString s;
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            s += u' ';
        s += QString::fromUtf8(words[dice.below(wordCount)]);
    }
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s + u'.';
}

QString url(Dice &dice, int a, int b)
{
    static const char *const hosts[]
        = {"github.com/example", "blog.example.org", "engineering.example.net", "docs.example.dev",
           "news.example.com"};
    return u"https://"_s + QString::fromLatin1(hosts[dice.below(5)]) + u"/"_s
        + QString::fromUtf8(words[dice.below(wordCount)]) + u"-%1-%2"_s.arg(a).arg(b);
}

// A paragraph of commentary with some inline markup, as an editor writes it.
QString commentary(Dice &dice, int a, int b)
{
    QString p = sentence(dice, 12 + dice.below(12));
    switch (dice.below(5)) {
    case 0:
        p += u" It is *"_s + sentence(dice, 3).chopped(1) + u"* that matters here."_s;
        break;
    case 1:
        p += u" Look for `"_s + QString::fromUtf8(words[dice.below(wordCount)]) + u"_config`."_s;
        break;
    case 2:
        p += u" See also [the follow-up]("_s + url(dice, a, b + 100) + u")."_s;
        break;
    case 3:
        p += u" **"_s + sentence(dice, 4).chopped(1) + u"**, and ~~not~~ quite done."_s;
        break;
    default:
        p += u' ' + sentence(dice, 8);
        break;
    }
    return p;
}

} // namespace

QString newsletterIssue(int number, qsizetype bytes)
{
    Dice dice(std::uint64_t(number) + 1000);
    const QDate date = QDate(2020, 1, 5).addDays(7 * number);
    QString t
        = u"---\ntitle: OPS WEEKLY ISSUE \\#%1 - %2\ndate: %3T09:00:00+00:00\n---\n\n"_s.arg(number)
              .arg(date.toString(u"d MMMM yyyy"_s), date.toString(Qt::ISODate));
    t += sentence(dice, 25) + u' ' + sentence(dice, 20) + u"\n\n\n"_s;
    const QString sponsor = sentence(dice, 28)
        + u"\n<br>[https://acme.example.com/weekly](https://acme.example.com/weekly)\n\n\n"_s;
    t += u"From our sponsor, Acme\n======================\n\n"_s + sponsor;
    static const char *const sections[] = {"News", "Tools", "Events", "Reading"};
    int item = 0;
    for (int s = 0; t.size() < bytes - qsizetype(sponsor.size()); ++s) {
        const QString name = QString::fromLatin1(sections[s % 4])
            + (s >= 4 ? u" (part %1)"_s.arg(s / 4 + 1) : QString());
        t += name + u'\n' + QString(name.size(), u'=') + u"\n\n"_s;
        for (int i = 0; i < 5 && t.size() < bytes - qsizetype(sponsor.size()); ++i, ++item) {
            t += commentary(dice, number, item);
            const int links = 1 + dice.below(2);
            for (int l = 0; l < links; ++l) {
                const QString u = url(dice, number, item * 10 + l);
                t += u"\n<br>["_s + u + u"]("_s + u + u")"_s;
            }
            t += u"\n\n\n"_s;
        }
    }
    t += sponsor;
    return t;
}

QString largeDocument(qsizetype bytes)
{
    Dice dice(42);
    QString t = u"# A long document\n\n"_s;
    int n = 0;
    while (t.size() < bytes) {
        ++n;
        t += u"## Part %1: "_s.arg(n) + sentence(dice, 4).chopped(1) + u"\n\n"_s;
        switch (n % 6) {
        case 0: // a list with nested items and a task list
            for (int i = 0; i < 4; ++i)
                t += u"- "_s + commentary(dice, n, i) + u"\n  - "_s + sentence(dice, 6) + u'\n';
            t += u"\n- [ ] "_s + sentence(dice, 5) + u"\n- [x] "_s + sentence(dice, 5) + u"\n\n"_s;
            break;
        case 1: // fenced code
            t += u"```yaml\n"_s;
            for (int i = 0; i < 6; ++i)
                t += u"key_%1: "_s.arg(i) + QString::fromUtf8(words[dice.below(wordCount)]) + u'\n';
            t += u"```\n\n"_s;
            break;
        case 2: // a table
            t += u"| Tool | Purpose | Stars |\n| --- | :--- | ---: |\n"_s;
            for (int i = 0; i < 5; ++i)
                t += u"| "_s + QString::fromUtf8(words[dice.below(wordCount)]) + u" | "_s
                    + sentence(dice, 5) + u" | %1 |\n"_s.arg(dice.below(10000));
            t += u'\n';
            break;
        case 3: // a quote, a footnote, an autolink and an image
            t += u"> "_s + commentary(dice, n, 0) + u"\n> "_s + sentence(dice, 10)
                + u"[^n%1]\n\n"_s.arg(n);
            t += u"[^n%1]: "_s.arg(n) + sentence(dice, 8) + u"\n\n"_s;
            t += u"Found at www.example.com/"_s + QString::number(n) + u" and "_s + url(dice, n, 1)
                + u".\n\n"_s;
            t += u"![diagram %1](https://img.example.com/%1.png)\n\n"_s.arg(n);
            break;
        case 4: // an ordered list and allowed inline tags
            for (int i = 1; i <= 3; ++i)
                t += QString::number(i) + u". "_s + sentence(dice, 9) + u" <kbd>Ctrl</kbd>+<kbd>"_s
                    + QString::number(i) + u"</kbd>\n"_s;
            t += u"\nA line with a hard break  \nand <sup>1</sup> superscript.\n\n"_s;
            break;
        default:
            break;
        }
        for (int i = 0; i < 3; ++i)
            t += commentary(dice, n, i) + u"\n\n"_s;
    }
    // Cut at a paragraph boundary so the cut leaves no open fence or table behind.
    const qsizetype cut = t.lastIndexOf(u"\n\n## "_s, bytes);
    return cut > 0 ? t.left(cut + 1) : t;
}

} // namespace galley::bench
