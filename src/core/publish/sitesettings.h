#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace galley {

class Store;
struct EmailSettings;
class IssueDocument;

// The published archive's settings (`galley publish`, File > Publish Archive...), one JSON
// document under the settings key `site`, beside the newsletter's own (NewsletterSettings), so
// they travel with the archive.
struct SiteSettings
{
    QString baseUrl; // where the site is served from, http(s); ids and the sitemap use it
    QString title; // empty: the newsletter's name
    QString description; // the feed's subtitle and the index's introduction; may be empty
    int issuesPerPage = 10;
    QString slugPattern; // empty: defaultSlugPattern()
    // The email's "View online" link goes to the issue's page on the site instead of the
    // mailing service's merge tag (when a base URL is set and the issue has a number or title).
    bool viewOnlineLinksToSite = false;

    static QString key() { return QStringLiteral("site"); }
    static QString defaultSlugPattern() { return QStringLiteral("issues/{number}"); }
    static constexpr int maxIssuesPerPage = 500;

    QByteArray toJson() const;
    static Result<SiteSettings> fromJson(const QByteArray &json);
    friend bool operator==(const SiteSettings &, const SiteSettings &) = default;
};

Result<SiteSettings> loadSiteSettings(Store &store);
Status saveSiteSettings(Store &store, const SiteSettings &settings);

// Why `url` cannot be the site's base URL (not http or https, no host, a query or fragment);
// empty when it can.
QString baseUrlProblem(const QString &url);
// The base URL ending with one slash, so that page paths append to it.
QString normalisedBaseUrl(const QString &url);

// Why a slug pattern is refused (an unknown placeholder, none of {number} and {slug}, a `..`);
// empty when it is fine. Placeholders: {number}, {slug} (the title, lower-case ASCII words
// joined by hyphens), {year}, {month}, {day}.
QString slugPatternProblem(const QString &pattern);

// What a page's address is made of.
struct SitePageFacts
{
    qint64 id = 0; // stands in for a missing number
    std::optional<int> number;
    QString title;
    QDate date;
};
// The folder of an issue's page relative to the site's root, without slashes at either end
// ("issues/101"); the default pattern's when `pattern` is empty or unusable.
QString issuePageFolder(const QString &pattern, const SitePageFacts &facts);

// The email's "View online" target: the issue's page on the published site when the settings
// say so (EmailSettings::siteBaseUrl set) and the issue has a number, else the mailing service's
// merge tag.
QString viewOnlineTarget(const IssueDocument &doc, const EmailSettings &settings);

} // namespace galley
