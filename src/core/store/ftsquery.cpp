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
