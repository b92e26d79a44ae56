#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

// What Galley keeps in the site's folder about the site it wrote there: every file with its
// content's hash (so an unchanged page is not written again and only Galley's own files are
// ever removed), and what each issue's page was made from (so an unchanged issue is not read
// or rendered again). Written last, after every page is in place.
struct SiteManifest
{
    static QString fileName() { return QStringLiteral(".galley-site.json"); }

    QString inputsKey; // what every page depends on (settings, format); see SitePublisher
    QMap<QString, QString> files; // path from the root -> SHA-256 of its bytes, hex
    QJsonObject issues; // id -> {"key": inputs of its page, "excerpt": its index text}
    QString linksKey; // what the links page was made from (every issue's id, version, address)
    QString feedKey; // what the feed was made from (the latest issues' ids, versions, addresses)

    QByteArray toJson() const;
    // nullopt when `json` is not a manifest Galley wrote.
    static std::optional<SiteManifest> fromJson(const QByteArray &json);
};

QString siteContentHash(const QByteArray &bytes);

struct SiteWriteOptions
{
    // Tests: writing fails as on a full disk once this many bytes were staged (-1: never).
    qint64 failAfterBytes = -1;
    // Tests: false skips the free-space check, so that a full disk is met while writing (as when
    // another program fills it meanwhile).
    bool checkFreeSpace = true;
};

struct SiteWriteReport
{
    QStringList written; // pages, sorted
    QStringList removed;
    bool manifestWritten = false;
};

// Brings the folder `root` from `previous` to `next`: the files in `changed` are written, those
// `previous` lists and `next` does not are removed, and the manifest is replaced.
//
// "Write new, then switch": every changed file, the manifest too, is first written in full beside
// its place (".NAME.galley-new", flushed to the system) and only when all of them are written are
// they renamed over the old ones, one rename each (atomic per file, and a rename needs no free
// space), the manifest last. A write that fails (a full disk: Error::DiskFull, with a message that
// says so) removes what it staged and leaves the previous site as it was, manifest included. Free
// space is checked before anything is written.
Result<SiteWriteReport> writeSite(const QString &root, const QMap<QString, QByteArray> &changed,
                                  const SiteManifest &previous, const SiteManifest &next,
                                  const SiteWriteOptions &options = {});

} // namespace galley
