#include "sitefeed.h"

using namespace Qt::StringLiterals;

namespace galley {

namespace {
QString atomTime(const QDateTime &time)
{
    // RFC 3339, as RFC 4287 requires: seconds, and Z or an offset.
    return time.isValid() ? time.toString(Qt::ISODate) : u"1970-01-01T00:00:00Z"_s;
}
} // namespace

QString xmlEscaped(const QString &text)
{
    // toHtmlEscaped() escapes what XML needs (&, <, >, "); first the characters XML 1.0 has no
    // place for go, in the rare text that holds one.
    const auto allowed = [](char32_t c) {
        return c >= 0x20 ? c < 0xD800 || (c >= 0xE000 && c != 0xFFFE && c != 0xFFFF)
                         : c == u'\t' || c == u'\n' || c == u'\r';
    };
    QString kept;
    kept.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            kept += c;
            kept += text.at(++i);
        } else if (allowed(c.unicode())) {
            kept += c;
        }
    }
    return kept.toHtmlEscaped();
}

QString siteUrl(const SiteInfo &site, const QString &path)
{
    if (path.endsWith(u"index.html"_s))
        return site.baseUrl + path.chopped(10);
    return site.baseUrl + path + (path.contains(u'.') ? u""_s : u"/"_s);
}

QByteArray siteAtomFeed(const SiteInfo &site, const QList<SiteIssue> &latest,
                        const QList<QByteArray> &bodies)
{
    QDateTime newest;
    for (const SiteIssue &issue : latest)
        if (!newest.isValid() || issue.updated > newest)
            newest = issue.updated;
    QString xml = u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                  "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\""_s
        + xmlEscaped(site.language) + u"\">\n<id>"_s + xmlEscaped(site.baseUrl)
        + u"</id>\n<title>"_s + xmlEscaped(site.title) + u"</title>\n"_s;
    if (!site.description.isEmpty())
        xml += u"<subtitle>"_s + xmlEscaped(site.description) + u"</subtitle>\n"_s;
    xml += u"<updated>"_s + atomTime(newest) + u"</updated>\n<author><name>"_s
        + xmlEscaped(site.title)
        + u"</name></author>\n<link rel=\"self\" type=\"application/atom+xml\" href=\""_s
        + xmlEscaped(siteUrl(site, u"feed.xml"_s))
        + u"\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\""_s + xmlEscaped(site.baseUrl)
        + u"\"/>\n<generator>Galley</generator>\n"_s;
    for (qsizetype i = 0; i < latest.size(); ++i) {
        const SiteIssue &issue = latest[i];
        const QString url = siteUrl(site, issue.folder);
        xml += u"<entry>\n<id>"_s + xmlEscaped(url) + u"</id>\n<title>"_s
            + xmlEscaped(issue.title.isEmpty() ? issue.shortLabel() : issue.title)
            + u"</title>\n<link rel=\"alternate\" type=\"text/html\" href=\""_s + xmlEscaped(url)
            + u"\"/>\n"_s;
        if (issue.date.isValid())
            xml += u"<published>"_s + atomTime(issue.date) + u"</published>\n"_s;
        xml += u"<updated>"_s + atomTime(issue.updated) + u"</updated>\n"_s;
        if (!issue.excerpt.isEmpty())
            xml += u"<summary>"_s + xmlEscaped(issue.excerpt) + u"</summary>\n"_s;
        // The page's HTML as escaped text (type="html"); its footnote links (#fn-1) resolve
        // against the page through xml:base.
        xml += u"<content type=\"html\" xml:base=\""_s + xmlEscaped(url) + u"\">"_s
            + xmlEscaped(QString::fromUtf8(bodies.value(i))) + u"</content>\n</entry>\n"_s;
    }
    xml += u"</feed>\n"_s;
    return xml.toUtf8();
}

QByteArray siteSitemap(const SiteInfo &site, const QList<SiteIssue> &issues)
{
    QString xml = u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                  "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"_s;
    const int pages = siteIndexPageCount(int(issues.size()), site.issuesPerPage);
    for (int page = 1; page <= pages; ++page)
        xml += u"<url><loc>"_s + xmlEscaped(siteUrl(site, siteIndexPath(page)))
            + u"</loc></url>\n"_s;
    xml += u"<url><loc>"_s + xmlEscaped(siteUrl(site, siteLinksPath())) + u"</loc></url>\n"_s;
    for (const SiteIssue &issue : issues) {
        xml += u"<url><loc>"_s + xmlEscaped(siteUrl(site, issue.folder)) + u"</loc>"_s;
        if (issue.updated.isValid())
            xml += u"<lastmod>"_s + atomTime(issue.updated) + u"</lastmod>"_s;
        xml += u"</url>\n"_s;
    }
    xml += u"</urlset>\n"_s;
    return xml.toUtf8();
}

} // namespace galley
