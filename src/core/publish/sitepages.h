#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

// A sent issue as the published archive lists it.
struct SiteIssue
{
    qint64 id = 0;
    std::optional<int> number;
    QString title;
    QDateTime date; // the front matter's; invalid when absent
    QDateTime updated; // the store's last change (UTC): the feed's and the sitemap's dates
    qint64 version = 0;
    QString folder; // "issues/101": the page is folder + "/index.html"
    QString dateText; // the date as the email's header writes it
    QString excerpt; // the preheader or the first sentences (emailPreheader)

    QString pagePath() const { return folder + QStringLiteral("/index.html"); }
    // "#101", or the title when the issue has no number.
    QString shortLabel() const;
};

// What every page of the site shares.
struct SiteInfo
{
    QString title;
    QString description;
    QString language = QStringLiteral("en"); // the newsletter's: <html lang> and the site's words
    QString baseUrl; // normalised: ends with a slash
    int issuesPerPage = 10;
};

// A link featured in the archive and the issues that featured it (indexes into the issue list,
// newest first).
struct SiteLink
{
    QString url;
    QList<int> issues;
};

// The index pages: 1 is index.html, N is page/N/index.html.
QString siteIndexPath(int page);
int siteIndexPageCount(int issueCount, int perPage);
QByteArray siteIndexPage(const SiteInfo &site, const QList<SiteIssue> &issues, int page);
// One issue's page: its header, `body` (issueWebArticle), and links to the issues before and
// after it (null at either end).
QByteArray siteIssuePage(const SiteInfo &site, const SiteIssue &issue, const QByteArray &body,
                         const SiteIssue *newer, const SiteIssue *older);
QString siteLinksPath();
QByteArray siteLinksPage(const SiteInfo &site, const QList<SiteIssue> &issues,
                         const QList<SiteLink> &links);
QString siteStyleSheetPath();
QByteArray siteStyleSheet();

// `target` (a path from the site's root) as seen from the page at `from`: relative, so the site
// works from file:// and under any folder of a web server.
QString siteRelative(const QString &from, const QString &target);

} // namespace galley
