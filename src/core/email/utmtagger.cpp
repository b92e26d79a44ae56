#include "utmtagger.h"

#include "emaildocument.h"
#include "templateengine.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size()
        && QByteArrayView(text.first(prefix.size())).compare(prefix, Qt::CaseInsensitive) == 0;
}

// The length of "http://" or "https://" at the start of `url`; 0 for any other scheme (mailto:,
// a merge tag, a relative link), which is never tagged.
qsizetype httpSchemeLength(QByteArrayView url)
{
    if (startsWithNoCase(url, "https://"))
        return 8;
    if (startsWithNoCase(url, "http://"))
        return 7;
    return 0;
}

// The host of an authority ("user@host:port", "[::1]:8080"), lower case, without a final dot.
QByteArray hostOf(QByteArrayView authority)
{
    const qsizetype at = authority.lastIndexOf('@');
    QByteArrayView host = authority.sliced(at + 1);
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        host = close < 0 ? host : host.first(close + 1);
    } else if (const qsizetype colon = host.indexOf(':'); colon >= 0) {
        host = host.first(colon);
    }
    while (host.endsWith('.'))
        host.chop(1);
    return host.toByteArray().toLower();
}

// Whether the query ("a=1&utm_source=x") has a parameter whose name starts with "utm_".
bool hasUtmParameter(QByteArrayView query)
{
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        if (startsWithNoCase(query.sliced(start, end - start), "utm_"))
            return true;
        start = end + 1;
    }
    return false;
}

bool holdsMergeTag(QByteArrayView afterHost)
{
    return afterHost.contains("*|") || afterHost.contains("{{") || afterHost.contains('[');
}

} // namespace

UtmTagger::UtmTagger(const QString &source, const QString &medium, const QString &campaign,
                     const QStringList &neverTagDomains)
{
    // Percent-encoded as RFC 3986 asks for a query value: only unreserved characters stay.
    const std::pair<const char *, QString> params[] = {
        {"utm_source=", source.trimmed()},
        {"utm_medium=", medium.trimmed()},
        {"utm_campaign=", campaign.trimmed()},
    };
    for (const auto &[name, value] : params) {
        if (value.isEmpty())
            continue;
        if (!m_query.isEmpty())
            m_query += '&';
        m_query += name;
        m_query += QUrl::toPercentEncoding(value);
    }
    for (const QString &domain : neverTagDomains) {
        QByteArray d = domain.trimmed().toLower().toUtf8();
        while (d.startsWith('*') || d.startsWith('.'))
            d.remove(0, 1);
        while (d.endsWith('.'))
            d.chop(1);
        if (!d.isEmpty())
            m_domains << d;
    }
}

bool UtmTagger::isNeverTagged(QByteArrayView host) const
{
    for (const QByteArray &d : m_domains) {
        if (host == QByteArrayView(d)
            || (host.size() > d.size() && host.endsWith(d)
                && host[host.size() - d.size() - 1] == '.'))
            return true;
    }
    return false;
}

std::optional<QByteArray> UtmTagger::tagged(QByteArrayView url) const
{
    if (!isActive())
        return std::nullopt;
    const qsizetype scheme = httpSchemeLength(url);
    if (scheme == 0)
        return std::nullopt;
    // The authority ends at the first "/", "?" or "#" (or "\", which browsers read as "/").
    qsizetype authorityEnd = scheme;
    while (authorityEnd < url.size() && !QByteArrayView("/?#\\").contains(url[authorityEnd]))
        ++authorityEnd;
    const QByteArray host = hostOf(url.sliced(scheme, authorityEnd - scheme));
    if (host.isEmpty() || isNeverTagged(host) || holdsMergeTag(url.sliced(authorityEnd)))
        return std::nullopt;

    const qsizetype hash = url.indexOf('#');
    const QByteArrayView base = hash < 0 ? url : url.first(hash);
    const QByteArrayView fragment = hash < 0 ? QByteArrayView() : url.sliced(hash);
    const qsizetype question = base.indexOf('?');
    if (question >= 0 && hasUtmParameter(base.sliced(question + 1)))
        return std::nullopt;

    QByteArray out;
    out.reserve(url.size() + m_query.size() + 1);
    out += base;
    if (question < 0)
        out += '?';
    else if (!base.endsWith('?') && !base.endsWith('&'))
        out += '&';
    out += m_query;
    out += fragment;
    return out;
}

QString UtmTagger::tagged(const QString &url) const
{
    if (!isActive())
        return url;
    const auto t = tagged(QByteArrayView(url.toUtf8()));
    return t ? QString::fromUtf8(*t) : url;
}

QString utmSlug(const QString &name)
{
    QString slug;
    bool hyphen = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue; // the accent of a decomposed "é"
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (hyphen && !slug.isEmpty())
                slug += u'-';
            slug += QChar(u);
            hyphen = false;
        } else {
            hyphen = true;
        }
    }
    return slug;
}

QStringList parseNeverTagDomains(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    QStringList domains;
    for (QString d : text.split(separators, Qt::SkipEmptyParts)) {
        d = d.toLower();
        for (const QString &scheme : {u"https://"_s, u"http://"_s}) {
            if (d.startsWith(scheme))
                d.remove(0, scheme.size());
        }
        d = d.section(u'/', 0, 0);
        while (d.startsWith(u'*') || d.startsWith(u'.'))
            d.remove(0, 1);
        if (!d.isEmpty() && !domains.contains(d))
            domains << d;
    }
    return domains;
}

UtmTagger emailLinkTagger(const IssueDocument &doc, const EmailSettings &settings)
{
    const UtmSettings &utm = settings.utm;
    if (!utm.enabled)
        return {};
    const QString name = settings.effectiveName(doc.title());
    TemplateValues values;
    if (const auto number = doc.issueNumber())
        values.insert(u"number"_s, QString::number(*number));
    if (doc.date().isValid())
        values.insert(u"date"_s, doc.date().date().toString(Qt::ISODate));
    values.insert(u"newsletter"_s, name);
    values.insert(u"title"_s, doc.title());
    // A value that does not expand (Preferences refuses those; a store edited elsewhere could
    // hold one) is used as written rather than dropped: the link still works.
    const auto expand = [&values](const QString &text) {
        const Result<QString> expanded = TemplateEngine::expand(text, values);
        return expanded ? *expanded : text;
    };
    const QString source = utm.source.trimmed().isEmpty() ? utmSlug(name) : utm.source;
    return UtmTagger(expand(source), expand(utm.medium), expand(utm.campaign), utm.neverTagDomains);
}

} // namespace galley
