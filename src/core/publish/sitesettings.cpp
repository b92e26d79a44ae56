#include "sitesettings.h"

#include "email/emailsettings.h"
#include "issuedocument.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct SiteSettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::SiteSettings)
};

QString titleSlug(const QString &title)
{
    // Accents go (é -> e) by decomposition; anything else that is not a letter or digit of ASCII
    // separates words.
    const QString decomposed = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    slug.truncate(60);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

// A folder name that every file system and web server takes as it is.
QString safeSegment(const QString &segment)
{
    QString out;
    for (const QChar c : segment.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_'
            || c == u'.')
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    return out;
}

const QStringList &placeholders()
{
    static const QStringList names {u"number"_s, u"slug"_s, u"year"_s, u"month"_s, u"day"_s};
    return names;
}
} // namespace

QByteArray SiteSettings::toJson() const
{
    QJsonObject o {
        {u"baseUrl"_s, baseUrl},         {u"title"_s, title},
        {u"description"_s, description}, {u"issuesPerPage"_s, issuesPerPage},
        {u"slugPattern"_s, slugPattern}, {u"viewOnlineLinksToSite"_s, viewOnlineLinksToSite}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<SiteSettings> SiteSettings::fromJson(const QByteArray &json)
{
    SiteSettings s;
    if (json.trimmed().isEmpty())
        return s;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error {
            {},
            0,
            SiteSettingsTr::tr("The site settings cannot be read: %1.").arg(error.errorString()),
            Error::Corrupt};
    const QJsonObject o = doc.object();
    s.baseUrl = o.value(u"baseUrl"_s).toString();
    s.title = o.value(u"title"_s).toString();
    s.description = o.value(u"description"_s).toString();
    s.issuesPerPage = std::clamp(o.value(u"issuesPerPage"_s).toInt(10), 1, maxIssuesPerPage);
    s.slugPattern = o.value(u"slugPattern"_s).toString();
    s.viewOnlineLinksToSite = o.value(u"viewOnlineLinksToSite"_s).toBool();
    return s;
}

Result<SiteSettings> loadSiteSettings(Store &store)
{
    const auto json = store.setting(SiteSettings::key());
    if (!json)
        return json.error();
    return SiteSettings::fromJson(json->toUtf8());
}

Status saveSiteSettings(Store &store, const SiteSettings &settings)
{
    return store.setSetting(SiteSettings::key(), QString::fromUtf8(settings.toJson()));
}

QString baseUrlProblem(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return SiteSettingsTr::tr(
            "The site has no base URL: give the address it will be served from, such as "
            "https://news.example.com/.");
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https"))
        return SiteSettingsTr::tr("The base URL '%1' is not an http or https address.").arg(text);
    if (url.host().isEmpty())
        return SiteSettingsTr::tr("The base URL '%1' names no host.").arg(text);
    if (url.hasQuery() || url.hasFragment())
        return SiteSettingsTr::tr("The base URL '%1' must not have a query or fragment.").arg(text);
    return {};
}

QString normalisedBaseUrl(const QString &text)
{
    QString url = QUrl(text.trimmed(), QUrl::StrictMode).toString(QUrl::FullyEncoded);
    while (url.endsWith(u'/'))
        url.chop(1);
    return url + u'/';
}

QString slugPatternProblem(const QString &pattern)
{
    static const QRegularExpression placeholder(u"\\{([^{}]*)\\}"_s);
    bool named = false;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!placeholders().contains(name))
            return SiteSettingsTr::tr(
                       "The page address pattern has an unknown placeholder {%1}; use %2.")
                .arg(name, u"{number}, {slug}, {year}, {month}, {day}"_s);
        named = named || name == u"number" || name == u"slug";
    }
    if (!named)
        return SiteSettingsTr::tr(
            "The page address pattern needs {number} or {slug}, so that every issue "
            "has its own page.");
    if (pattern.split(u'/').contains(u".."_s))
        return SiteSettingsTr::tr("The page address pattern must stay inside the site (no '..').");
    return {};
}

QString issuePageFolder(const QString &pattern, const SitePageFacts &f)
{
    const QString used = pattern.trimmed().isEmpty() || !slugPatternProblem(pattern).isEmpty()
        ? SiteSettings::defaultSlugPattern()
        : pattern.trimmed();
    QString slug = titleSlug(f.title);
    if (slug.isEmpty())
        slug = f.number ? QString::number(*f.number) : u"issue-"_s + QString::number(f.id);
    const QString undated = u"undated"_s;
    QString path = used;
    path.replace(u"{number}"_s,
                 f.number ? QString::number(*f.number) : u"id-"_s + QString::number(f.id));
    path.replace(u"{slug}"_s, slug);
    path.replace(u"{year}"_s, f.date.isValid() ? QString::number(f.date.year()) : undated);
    path.replace(u"{month}"_s,
                 f.date.isValid() ? QString::number(f.date.month()).rightJustified(2, u'0')
                                  : undated);
    path.replace(u"{day}"_s,
                 f.date.isValid() ? QString::number(f.date.day()).rightJustified(2, u'0')
                                  : undated);
    QStringList segments;
    for (const QString &s : path.split(u'/', Qt::SkipEmptyParts)) {
        const QString safe = safeSegment(s);
        if (safe.isEmpty() || safe.startsWith(u'.'))
            continue; // no hidden folders, no `..`
        segments << safe;
    }
    // The site's own folders are not an issue's.
    if (segments.isEmpty() || segments.first() == u"page" || segments.first() == u"links"
        || (segments.size() == 1 && segments.first().contains(u'.')))
        segments.prepend(u"issues"_s);
    return segments.join(u'/');
}

QString viewOnlineTarget(const IssueDocument &doc, const EmailSettings &settings)
{
    const auto number = doc.issueNumber();
    // Without a number the page's address could not be the one the site gives it (which falls
    // back on the store's id): the merge tag then.
    if (settings.siteBaseUrl.isEmpty() || !number)
        return settings.mergeTags.viewOnline;
    const QDateTime date = doc.date();
    return settings.siteBaseUrl
        + issuePageFolder(settings.siteSlugPattern,
                          {0, number, doc.title(), date.isValid() ? date.date() : QDate()})
        + u'/';
}

} // namespace galley
