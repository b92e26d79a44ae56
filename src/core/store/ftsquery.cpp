#include "ftsquery.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley {

QList<SearchTerm> searchTerms(const QString &userText)
{
    // Control characters separate words too: FTS5 reads a NUL inside a quoted string as the
    // string's end ("unterminated string"), and none of them is ever part of a word.
    static const QRegularExpression space(u"[\\s\\x{0}-\\x{1f}\\x{7f}-\\x{9f}]+"_s);
    QList<SearchTerm> terms;
    const QStringList words = userText.split(space, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // A word without a letter or digit has no tokens; an empty phrase would match nothing
        // or everything depending on where it stands, so leave it out.
        bool searchable = false;
        for (const QChar c : word) {
            if (c.isLetterOrNumber()) {
                searchable = true;
                break;
            }
        }
        if (!searchable)
            continue;
        // The `*` of a prefix applies to the phrase's last token: count its letters and digits.
        qsizetype tail = 0;
        for (qsizetype i = word.size(); i > 0 && tail < 2; --i) {
            if (word.at(i - 1).isLetterOrNumber())
                ++tail;
            else if (tail > 0)
                break;
        }
        // Words are ANDed: a repeated word changes nothing but the cost.
        const bool seen = std::any_of(terms.cbegin(), terms.cend(), [&](const SearchTerm &t) {
            return t.text.compare(word, Qt::CaseInsensitive) == 0;
        });
        if (!seen)
            terms.append({word, tail > 1});
    }
    return terms;
}

QString toFtsQuery(const QString &userText)
{
    QStringList phrases;
    const QList<SearchTerm> terms = searchTerms(userText);
    for (const SearchTerm &t : terms) {
        QString quoted = t.text;
        quoted.replace(u'"', u"\"\""_s);
        phrases << u'"' + quoted + (t.prefix ? u"\"*"_s : u"\""_s);
    }
    return phrases.join(u' ');
}

namespace {

bool isWordUnit(QChar c)
{
    // ASCII first: QChar::isLetterOrNumber() asks the Unicode tables past it. A surrogate is no
    // letter, as for QChar (and as in searchSnippet()).
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber();
}

// One token's folded form appended to `out`, with a space before it unless `out` is empty.
// Decomposing can leave characters that are no letter or digit (NFKD turns "½" into "1⁄2"):
// those split the token again, so the result holds letters and digits alone.
void appendFolded(QStringView token, QString *out)
{
    const bool ascii
        = std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const auto separate = [out] {
        if (!out->isEmpty() && !out->endsWith(u' '))
            out->append(u' ');
    };
    if (ascii) {
        separate();
        for (const QChar c : token)
            out->append(c.toLower());
        return;
    }
    // Decomposed before folding: a compatibility form can decompose into capitals ("ᴬ").
    const QString decomposed
        = token.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
    bool inWord = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (!isWordUnit(c)) {
            inWord = false;
            continue;
        }
        if (!inWord)
            separate();
        inWord = true;
        out->append(c);
    }
}

} // namespace

QString searchWords(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordUnit(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordUnit(text.at(i)))
            ++i;
        if (i > start)
            appendFolded(QStringView(text).sliced(start, i - start), &out);
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

QString searchableText(const QString &markdownBody)
{
    static const QRegularExpression link(u"!?\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression tag(u"</?[A-Za-z][^>]*>"_s);
    static const QRegularExpression underline(u"^[=-]{2,}\\s*$"_s,
                                              QRegularExpression::MultilineOption);
    QString text = markdownBody;
    text.replace(link, u"\\1"_s);
    text.replace(tag, u" "_s);
    text.replace(underline, QString());
    return text;
}

} // namespace galley
