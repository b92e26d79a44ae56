#include "linkcheck/linkcheckrun.h"

#include "store/scalarsettings.h"
#include "store/store.h"
#include "store/urlnormalizer.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace galley {

QString LinkCheckSettings::freshHoursKey()
{
    return u"linkcheck.freshHours"_s;
}

QString LinkCheckSettings::timeoutKey()
{
    return u"linkcheck.timeoutMs"_s;
}

LinkCheckSettings linkCheckSettings(Store *store)
{
    LinkCheckSettings s;
    if (!store)
        return s;
    s.freshHours = scalarSetting(*store, LinkCheckSettings::freshHoursKey());
    s.options.timeoutMs = scalarSetting(*store, LinkCheckSettings::timeoutKey());
    return s;
}

QStringList urlsToCheck(Store &store, const QStringList &urls, int freshHours,
                        QHash<QString, LinkCheck> *cached)
{
    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-qint64(freshHours) * 3600);
    QStringList missing;
    for (const QString &url : urls) {
        const auto found = store.cachedLinkCheck(url, notBefore);
        if (found && *found) {
            LinkCheck c = **found;
            c.url = url;
            cached->insert(normalizeUrl(url), c);
        } else {
            missing << url;
        }
    }
    return missing;
}

QHash<QString, LinkCheck> checkLinksNow(Store *store, const QStringList &urls,
                                        const LinkCheckSettings &settings,
                                        const std::function<void(int, int)> &progress)
{
    QHash<QString, LinkCheck> results;
    const QStringList missing
        = store ? urlsToCheck(*store, urls, settings.freshHours, &results) : urls;
    const int fromCache = int(results.size());
    const int total = int(urls.size());
    if (progress)
        progress(fromCache, total);
    if (missing.isEmpty())
        return results;
    LinkChecker checker(settings.options);
    QEventLoop loop;
    QObject::connect(&checker, &LinkChecker::checked, &loop, [&](const LinkCheck &c) {
        results.insert(normalizeUrl(c.url), c);
        if (store)
            (void)store->saveLinkCheck(c); // a cache that cannot be written only costs time
        if (progress)
            progress(int(results.size()), total);
    });
    QObject::connect(&checker, &LinkChecker::finished, &loop, &QEventLoop::quit);
    checker.start(missing);
    loop.exec();
    return results;
}

} // namespace galley
