#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace galley {

bool createPrivateFolder(const QString &path)
{
    // Walk up to the first folder that exists, then create the missing ones one by one.
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo(current).exists()) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(folder);
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST)
            return false;
        // mkdir applies the umask, which can only take bits away from 0700; chmod states it.
        ::chmod(name.constData(), 0700);
    }
    return QFileInfo(path).isDir();
}

bool makePrivateFile(const QString &path, CreateIfMissing create)
{
    const QByteArray name = QFile::encodeName(path);
    int flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
    if (create == CreateIfMissing::Yes)
        flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
    const int fd = ::open(name.constData(), flags, 0600);
    if (fd < 0)
        return create == CreateIfMissing::No && errno == ENOENT;
    struct stat st
    {
    };
    bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (ok && st.st_uid == ::geteuid() && (st.st_mode & 077) != 0)
        ok = ::fchmod(fd, st.st_mode & 0700 & ~S_IXUSR) == 0;
    ::close(fd);
    return ok;
}

QString privateTempFolder(const QString &name, QString *why)
{
    const QString path = QDir::tempPath() + u'/' + name;
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        if (why)
            *why = QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }
    struct stat st
    {
    };
    const bool ok = ::lstat(native.constData(), &st) == 0 && S_ISDIR(st.st_mode)
        && st.st_uid == ::geteuid() && (st.st_mode & 077) == 0;
    if (!ok) {
        if (why)
            *why = QCoreApplication::translate("galley::PrivateFiles",
                                               "%1 is not a folder of yours that only you can "
                                               "open; another user may have made it")
                       .arg(path);
        return {};
    }
    return path;
}

} // namespace galley
