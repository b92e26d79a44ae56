#include "linkcheckcache.h"

#include "storedatabase.h"
#include "urlnormalizer.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct LinkCheckCacheTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};
} // namespace

Result<std::optional<LinkCheck>> LinkCheckCache::fresh(const QString &url,
                                                       const QDateTime &notBefore)
{
    auto q = m_db.run(u"SELECT url, checked, status, http_status, final_url, redirects, "
                      "https_twin, detail FROM link_checks WHERE normalized = ? AND checked >= ?"_s,
                      {normalizeUrl(url), notBefore.toMSecsSinceEpoch()},
                      LinkCheckCacheTr::tr("Reading the link checks"));
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    std::optional<LinkCheck> found;
    if (r.next()) {
        const auto status = linkStatusFromName(r.value(2).toString());
        // http and https normalise the same, but a check of one says nothing of the other.
        const bool sameScheme
            = QUrl(r.value(0).toString()).scheme().toLower() == QUrl(url).scheme().toLower();
        if (status && sameScheme) {
            LinkCheck c;
            c.url = r.value(0).toString();
            c.checked = QDateTime::fromMSecsSinceEpoch(r.value(1).toLongLong(), Qt::UTC);
            c.status = *status;
            c.httpStatus = r.value(3).toInt();
            c.finalUrl = r.value(4).toString();
            c.redirects = r.value(5).toInt();
            c.httpsTwin = r.value(6).toBool();
            c.detail = r.value(7).toString();
            c.fromCache = true;
            found = c;
        }
    }
    StoreDatabase::done(r);
    return found;
}

Status LinkCheckCache::save(const LinkCheck &c)
{
    if (c.status == LinkStatus::Offline || c.status == LinkStatus::Skipped)
        return Done {};
    auto q = m_db.run(u"INSERT INTO link_checks (normalized, url, checked, status, "
                      "http_status, final_url, redirects, https_twin, detail) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (normalized) DO UPDATE SET "
                      "url = excluded.url, checked = excluded.checked, status = excluded.status, "
                      "http_status = excluded.http_status, final_url = excluded.final_url, "
                      "redirects = excluded.redirects, https_twin = excluded.https_twin, "
                      "detail = excluded.detail"_s,
                      {normalizeUrl(c.url), c.url, c.checked.toMSecsSinceEpoch(),
                       linkStatusName(c.status), c.httpStatus, c.finalUrl, c.redirects,
                       int(c.httpsTwin), c.detail},
                      LinkCheckCacheTr::tr("Saving a link check"));
    if (!q)
        return q.error();
    StoreDatabase::done(**q);
    return Done {};
}

} // namespace galley
