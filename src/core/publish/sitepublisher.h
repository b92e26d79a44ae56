#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace galley {

class Store;

struct PublishOptions
{
    QString baseUrl; // overrides the site settings' when set
    bool force = false; // publish into a folder that holds other files and no Galley site
    // Called as issues are rendered: (done, total). From the publishing thread.
    std::function<void(int, int)> progress;
    qint64 failAfterBytes = -1; // tests: SiteWriteOptions::failAfterBytes
    bool checkFreeSpace = true; // tests: SiteWriteOptions::checkFreeSpace
};

struct PublishReport
{
    int issues = 0; // issues on the site
    int files = 0; // files of the site (the manifest left out)
    int rendered = 0; // issues read and rendered (the others' pages were up to date)
    QStringList written; // files written, sorted
    QStringList removed; // files removed
    bool manifestWritten = false;
};

// `galley publish OUTDIR` and File > Publish Archive...: a static website of every sent issue
// (drafts and scheduled issues never; trashed ones leave the site) with an Atom feed, a sitemap
// and a page of every link ever featured, rendered by the email's pipeline in its web mode
// (issueWebArticle). Relative links everywhere, so it works from file:// and from any server;
// no script and no remote resource.
//
// Incremental: a manifest in OUTDIR (SiteManifest) remembers each file's hash and what each
// issue's page was made from, so an unchanged issue is not even read again and an unchanged file
// is never written; the same store publishes the same bytes. Atomic as writeSite says.
//
// Refused, with nothing written: a base URL that is not http(s); an OUTDIR that holds files but
// no Galley manifest (unless `force`); a folder that cannot be created.
class SitePublisher
{
public:
    explicit SitePublisher(Store &store)
        : m_store(store)
    { }

    Result<PublishReport> publish(const QString &outDir, const PublishOptions &options = {});

private:
    Store &m_store;
};

} // namespace galley
