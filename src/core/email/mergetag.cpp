#include "mergetag.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct Family
{
    MergeTagSyntax syntax;
    const char *opening; // what every tag of the family starts with
    QRegularExpression pattern; // captures the name
};

const QList<Family> &families()
{
    static const QList<Family> f = {
        {MergeTagSyntax::Pipes, "*|", QRegularExpression(u"^\\*\\|([A-Za-z0-9_:]+)\\|\\*$"_s)},
        {MergeTagSyntax::Braces, "{{",
         QRegularExpression(u"^\\{\\{ ?([A-Za-z_][A-Za-z0-9_.]*) ?\\}\\}$"_s)},
        {MergeTagSyntax::Brackets, "[", QRegularExpression(u"^\\[([A-Za-z_][A-Za-z0-9_]*)\\]$"_s)},
        {MergeTagSyntax::Percents, "%", QRegularExpression(u"^%%?([A-Za-z_][A-Za-z0-9_]*)%%?$"_s)},
    };
    return f;
}
} // namespace

bool opensLikeMergeTag(QByteArrayView text)
{
    for (const Family &family : families()) {
        if (text.startsWith(QByteArrayView(family.opening)))
            return true;
    }
    return false;
}

MergeTagSyntax mergeTagSyntax(const QString &text)
{
    for (const Family &family : families()) {
        if (text.startsWith(QLatin1StringView(family.opening))
            && family.pattern.match(text).hasMatch())
            return family.syntax;
    }
    return MergeTagSyntax::None;
}

QString mergeTagName(const QString &text)
{
    for (const Family &family : families()) {
        if (const auto m = family.pattern.match(text); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

bool isAcceptableMergeTagValue(const QString &value)
{
    if (mergeTagSyntax(value) != MergeTagSyntax::None)
        return true;
    // A URL, written plainly: no spaces, quotes, angle brackets or control characters that could
    // leave the attribute, and one of the schemes a footer link has.
    for (const QChar c : value) {
        if (c.unicode() <= 0x20 || c == u'"' || c == u'\'' || c == u'<' || c == u'>' || c == u'`'
            || c.unicode() == 0x7f)
            return false;
    }
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return false;
    if (scheme == u"mailto")
        return value.contains(u'@');
    return (scheme == u"https" || scheme == u"http") && !url.host().isEmpty();
}

} // namespace galley
