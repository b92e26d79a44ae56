#include "inboxurls.h"

#include "store/urlnormalizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace galley {

std::optional<QString> inboxUrl(const QString &text)
{
    QString s = text.trimmed();
    if (s.isEmpty() || s.contains(u' ') || s.contains(u'\n'))
        return std::nullopt;
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    if (!scheme.match(s).hasMatch())
        s = u"https://"_s + s;
    const QUrl url(s, QUrl::StrictMode);
    const QString sch = url.scheme().toLower();
    if (!url.isValid() || (sch != u"http" && sch != u"https") || url.host().isEmpty()
        || (!url.host().contains(u'.') && url.host() != u"localhost"))
        return std::nullopt;
    return s;
}

QStringList urlsInText(const QString &text)
{
    static const QRegularExpression link(u"https?://[^\\s<>\"'`]+"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    QSet<QString> seen;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        QString url = it.next().captured();
        // "(see https://example.com/a)." ends at the link, but a Wikipedia link keeps the
        // parenthesis it opened.
        while (!url.isEmpty()) {
            const QChar last = url.back();
            if (QStringView(u".,;:!?]}>*_").contains(last))
                url.chop(1);
            else if (last == u')' && url.count(u'(') < url.count(u')'))
                url.chop(1);
            else
                break;
        }
        const auto valid = inboxUrl(url);
        if (!valid)
            continue;
        const QString key = normalizeUrl(*valid);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out << *valid;
    }
    return out;
}

QString urlDomain(const QString &url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host;
}

} // namespace galley
