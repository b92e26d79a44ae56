#include "sitewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QStorageInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct SitewriterTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::SitePublisher)
};

constexpr auto manifestFormat = "galley-site-1";

QString stagedPath(const QString &path)
{
    const QFileInfo info(path);
    return info.path() + u"/."_s + info.fileName() + u".galley-new"_s;
}

// Folders from `root` down to `dir` that do not exist yet, outermost first.
QStringList missingFolders(const QString &root, const QString &dir)
{
    QStringList missing;
    for (QString d = dir; d.size() > root.size() && !QFileInfo::exists(d); d = QFileInfo(d).path())
        missing.prepend(d);
    return missing;
}

// The disk (or the file system's quota) ran out: said in those words, with what to do, since the
// system's "No space left on device" does not tell a person that nothing was lost.
Error diskFull(const QString &root, const QString &detail)
{
    return Error {
        root, 0,
        SitewriterTr::tr("Cannot publish: the disk that holds %1 is full (%2). The previous site "
                         "is left as it was; free some space and publish again.")
            .arg(root, detail),
        Error::DiskFull};
}

Error writeError(const QString &file, const QString &reason)
{
    return Error {
        file, 0,
        SitewriterTr::tr("Cannot write the site: %1. The previous site is left as it was.")
            .arg(reason),
        Error::Failed};
}

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

QString siteContentHash(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray SiteManifest::toJson() const
{
    QJsonObject fileHashes;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        fileHashes.insert(it.key(), it.value());
    const QJsonObject o {{u"format"_s, QString::fromLatin1(manifestFormat)},
                         {u"inputs"_s, inputsKey},
                         {u"files"_s, fileHashes},
                         {u"issues"_s, issues},
                         {u"links"_s, linksKey},
                         {u"feed"_s, feedKey}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<SiteManifest> SiteManifest::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()
        || doc.object().value(u"format"_s).toString() != QLatin1String(manifestFormat))
        return std::nullopt;
    const QJsonObject o = doc.object();
    SiteManifest m;
    m.inputsKey = o.value(u"inputs"_s).toString();
    const QJsonObject fileHashes = o.value(u"files"_s).toObject();
    for (auto it = fileHashes.begin(); it != fileHashes.end(); ++it) {
        // A manifest edited by hand must not make Galley write or remove outside the site.
        const QString path = QDir::cleanPath(it.key());
        if (path != it.key() || path.startsWith(u'/') || path.startsWith(u"../"_s)
            || path == u".."_s || path.isEmpty())
            return std::nullopt;
        m.files.insert(path, it.value().toString());
    }
    m.issues = o.value(u"issues"_s).toObject();
    m.linksKey = o.value(u"links"_s).toString();
    m.feedKey = o.value(u"feed"_s).toString();
    return m;
}

Result<SiteWriteReport> writeSite(const QString &root, const QMap<QString, QByteArray> &changed,
                                  const SiteManifest &previous, const SiteManifest &next,
                                  const SiteWriteOptions &options)
{
    SiteWriteReport report;
    const QString manifestPath = root + u'/' + SiteManifest::fileName();
    const QByteArray manifestJson = next.toJson();
    QFile oldManifest(manifestPath);
    const bool manifestChanged
        = !oldManifest.open(QIODevice::ReadOnly) || oldManifest.readAll() != manifestJson;
    oldManifest.close();
    // The manifest is staged with the pages and put in place last, so that a disk filling up
    // cannot leave new pages named by the old manifest.
    QMap<QString, QByteArray> toWrite = changed;
    if (manifestChanged)
        toWrite.insert(SiteManifest::fileName(), manifestJson);

    qint64 needed = 0;
    for (const QByteArray &bytes : std::as_const(toWrite))
        needed += bytes.size() + 4096; // a block per file at least
    QStorageInfo storage(root);
    if (options.checkFreeSpace && storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < needed)
        return diskFull(root,
                        SitewriterTr::tr("%1 needed, %2 free")
                            .arg(sizeText(needed), sizeText(storage.bytesAvailable())));

    // 1. Stage every changed file beside its place: on the site's own file system, so that the
    // switch is a rename and needs no space.
    QStringList createdFolders;
    QStringList staged;
    const auto undo = [&] {
        for (const QString &s : std::as_const(staged))
            QFile::remove(s);
        for (auto it = createdFolders.crbegin(); it != createdFolders.crend(); ++it)
            QDir().rmdir(*it); // only when empty: never a folder that holds something else
    };
    qint64 written = 0;
    for (auto it = toWrite.cbegin(); it != toWrite.cend(); ++it) {
        const QString path = root + u'/' + it.key();
        const QString dir = QFileInfo(path).path();
        const QStringList missing = missingFolders(root, dir);
        if (!QDir().mkpath(dir)) {
            undo();
            return writeError(dir, SitewriterTr::tr("cannot create the folder %1").arg(dir));
        }
        createdFolders += missing;
        const QString temp = stagedPath(path);
        QFile file(temp);
        // Unbuffered: every failure shows in write() itself, none is left for a later flush.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
            const bool full = file.error() == QFileDevice::ResourceError;
            undo();
            return full ? diskFull(root, file.errorString()) : writeError(temp, file.errorString());
        }
        staged << temp;
        written += it.value().size();
        const bool simulatedFull = options.failAfterBytes >= 0 && written > options.failAfterBytes;
        // Written to the system, which reports a full disk here. Not fsync'ed one by one: on a
        // busy disk that took 5 s for 1,000 pages. Durability across a power cut is left to the
        // file system (ext4 commits the data of a file renamed over another before the rename).
        const qint64 wrote = simulatedFull ? -1 : file.write(it.value());
        if (wrote != it.value().size()) {
            // Qt reports ENOSPC (and EDQUOT) as a resource error, and a write the disk cut short
            // after some bytes as no error at all.
            const bool full = simulatedFull || file.error() == QFileDevice::ResourceError
                || file.error() == QFileDevice::NoError;
            const QString reason = simulatedFull || file.error() == QFileDevice::NoError
                ? SitewriterTr::tr("no space left on the device")
                : file.errorString();
            file.close();
            undo();
            return full
                ? diskFull(root, SitewriterTr::tr("%1, while writing %2").arg(reason, it.key()))
                : writeError(path, reason);
        }
        file.close();
    }

    // 2. Switch: each rename replaces one file whole; the manifest, which names the new site,
    // goes last.
    QStringList order = changed.keys();
    if (manifestChanged)
        order << SiteManifest::fileName();
    for (const QString &key : std::as_const(order)) {
        const QString path = root + u'/' + key;
        if (std::rename(QFile::encodeName(stagedPath(path)).constData(),
                        QFile::encodeName(path).constData())
            != 0) {
            undo();
            return Error {
                path, 0,
                SitewriterTr::tr("Cannot put the new page %1 in place; the site is incomplete: "
                                 "publish again.")
                    .arg(key),
                Error::Failed};
        }
        staged.removeOne(stagedPath(path));
        if (key == SiteManifest::fileName())
            report.manifestWritten = true;
        else
            report.written << key;
    }

    // 3. What the old site had and the new one has not goes.
    for (auto it = previous.files.cbegin(); it != previous.files.cend(); ++it) {
        if (next.files.contains(it.key()))
            continue;
        const QString path = root + u'/' + it.key();
        if (QFile::exists(path) && !QFile::remove(path))
            continue;
        report.removed << it.key();
        // Folders the removal left empty go too, up to the root.
        for (QString dir = QFileInfo(path).path(); dir.size() > root.size();
             dir = QFileInfo(dir).path())
            if (!QDir().rmdir(dir))
                break;
    }
    return report;
}

} // namespace galley
