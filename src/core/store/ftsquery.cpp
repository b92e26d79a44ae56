#include "ftsquery.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace galley {

QString toFtsQuery(const QString &userText)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList terms;
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
        QString quoted = word;
        quoted.replace(u'"', u"\"\""_s);
        terms << u'"' + quoted + u"\"*"_s;
    }
    return terms.join(u' ');
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
