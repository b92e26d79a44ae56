#include "urlnormalizer.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace galley {

QString normalizeUrl(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    // "example.com/page" as typed into `galley links`: a web address without its scheme. The
    // scheme must open the text (RFC 3986's letters, digits, + - .): a "://" further on, in a
    // query or fragment, makes no scheme, and the key of a key must be the key itself.
    static const QRegularExpression leadingScheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    if (!leadingScheme.match(text).hasMatch()
        && !text.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
        text = u"http://"_s + text;
    QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid())
        return text;
    url.setFragment(QString());

    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return url.toString(QUrl::FullyEncoded);

    // Trimmed until nothing changes, and read back through QUrl each time: what is left after
    // "www." or a trailing dot may itself read differently ("444." is the host 444, which QUrl
    // reads as the IPv4 address 0.0.1.188), and the key of a key must be the key (fuzz_url).
    QString host = url.host(QUrl::FullyDecoded).toLower();
    for (QString previous; host != previous;) {
        previous = host;
        if (host.startsWith(u"www."_s))
            host.remove(0, 4);
        while (host.endsWith(u'.'))
            host.chop(1);
        QUrl reread;
        reread.setHost(host, QUrl::DecodedMode);
        if (reread.isValid() && !reread.host().isEmpty())
            host = reread.host(QUrl::FullyDecoded).toLower();
    }

    QString key = u"http://"_s + host;
    const int port = url.port();
    if (port != -1 && port != 80 && port != 443)
        key += u':' + QString::number(port);

    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    key += path;

    if (url.hasQuery()) {
        QUrlQuery query(url.query(QUrl::FullyEncoded));
        QList<std::pair<QString, QString>> kept;
        const auto items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &item : items) {
            // An empty item ("a=1&&b=2", a trailing "&") names nothing, and QUrlQuery would
            // write it once and drop it the next time (found by fuzz_url).
            if (item.first.isEmpty() && item.second.isEmpty())
                continue;
            if (!item.first.startsWith(u"utm_"_s, Qt::CaseInsensitive))
                kept.append(item);
        }
        if (!kept.isEmpty()) {
            QUrlQuery rest;
            rest.setQueryItems(kept);
            key += u'?' + rest.query(QUrl::FullyEncoded);
        }
    }
    return key;
}

} // namespace galley
