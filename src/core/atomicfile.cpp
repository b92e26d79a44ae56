#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

namespace galley {

namespace {
struct AtomicFileTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::AtomicFile)
};

QString failureReason(const QFileDevice &file, qint64 written, qint64 size)
{
    if (file.error() != QFileDevice::NoError)
        return file.errorString();
    // A short write sets no error in Qt: the disk is full or a size limit was reached.
    return AtomicFileTr::tr("only %1 of %2 bytes could be written; is the disk full?")
        .arg(written)
        .arg(size);
}

// Devices and pipes (/dev/stdout, /dev/null, a FIFO) cannot be replaced by renaming a temporary
// file over them -- as root that would swap the device node for a regular file -- so they are
// written in place, which is what naming them means.
Status writeInPlace(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error {path, 0, AtomicFileTr::tr("Cannot write here: %1.").arg(file.errorString())};
    const qint64 written = file.write(data);
    if (written != data.size())
        return Error {path, 0,
                      AtomicFileTr::tr("Writing failed (%1).")
                          .arg(failureReason(file, written, data.size()))};
    return Done {};
}
// The kernel's protected_symlinks rule, applied by us too (the kernel setting may be off, and
// QSaveFile resolves the link itself): in a sticky world-writable folder such as /tmp, a
// symbolic link planted by another user must not decide where our output goes.
bool isPlantedSymlink(const QString &path)
{
    struct stat link
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &link) != 0 || !S_ISLNK(link.st_mode))
        return false;
    struct stat folder
    {
    };
    const QString dir = QFileInfo(path).absolutePath();
    if (::stat(QFile::encodeName(dir).constData(), &folder) != 0)
        return false;
    const bool shared = (folder.st_mode & S_ISVTX) && (folder.st_mode & S_IWOTH);
    return shared && link.st_uid != ::geteuid() && link.st_uid != folder.st_uid;
}
} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    if (isPlantedSymlink(path))
        return Error {
            path, 0,
            AtomicFileTr::tr("This is a symbolic link that another user made in a shared folder; "
                             "Galley does not write through it. Remove it or choose another "
                             "file name.")};
    const QFileInfo info(path);
    if (info.isDir())
        return Error {path, 0, AtomicFileTr::tr("This is a folder; give a file name to write to.")};
    if (info.exists() && !info.isFile())
        return writeInPlace(path, data);
    QSaveFile file(path);
    // Unbuffered: QSaveFile::commit() does not notice a failure of the final flush of its buffer
    // (disk full, file size limit) and would rename a truncated file over the old one. Without
    // the buffer every failure shows up in write() below.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error {path, 0, AtomicFileTr::tr("Cannot write here: %1.").arg(file.errorString())};
    const qint64 written = file.write(data);
    if (written != data.size()) {
        const QString reason = failureReason(file, written, data.size());
        file.cancelWriting(); // the destructor then removes the temporary file
        return Error {path, 0,
                      AtomicFileTr::tr("Writing failed (%1); the old file, if any, is unchanged.")
                          .arg(reason)};
    }
    if (!file.commit())
        return Error {path, 0,
                      AtomicFileTr::tr("Writing failed (%1); the old file, if any, is unchanged.")
                          .arg(file.errorString())};
    return Done {};
}

} // namespace galley
