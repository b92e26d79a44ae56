#pragma once

#include "linkcheck/linkchecker.h"

#include <QDateTime>
#include <QHash>

#include <functional>

namespace galley {

class Store;

// The checker's settings, kept in the store's settings table: how long a check stays fresh
// (`linkcheck.freshHours`, 24) and each request's timeout (`linkcheck.timeoutMs`, 10000).
struct LinkCheckSettings
{
    LinkCheckOptions options;
    int freshHours = 24;
    static QString freshHoursKey();
    static QString timeoutKey();
};
// The defaults when `store` is null or says nothing.
LinkCheckSettings linkCheckSettings(Store *store);

// Checks `urls` (distinct) and returns the results keyed by normalizeUrl. With a store, a check
// fresher than the settings allow answers without a request, and every new result is saved as
// soon as it comes, so a run that is stopped resumes where it stopped. Runs a local event loop
// until done: for the command line and the benchmark, not for the window.
QHash<QString, LinkCheck>
checkLinksNow(Store *store, const QStringList &urls, const LinkCheckSettings &settings,
              const std::function<void(int done, int total)> &progress = {});

// The part of `urls` without a fresh check in `store`, and the fresh checks (keyed by
// normalizeUrl) in `cached`.
QStringList urlsToCheck(Store &store, const QStringList &urls, int freshHours,
                        QHash<QString, LinkCheck> *cached);

} // namespace galley
