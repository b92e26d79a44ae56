#include "atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace galley {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::AtomicFile)
};
} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    if (QFileInfo(path).isDir())
        return Error {path, 0, Tr::tr("This is a folder; give a file name to write to.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {path, 0, Tr::tr("Cannot write here: %1.").arg(file.errorString())};
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error {
            path, 0,
            Tr::tr("Writing failed (%1); the old file, if any, is unchanged.").arg(reason)};
    }
    if (!file.commit())
        return Error {path, 0,
                      Tr::tr("Writing failed (%1); the old file, if any, is unchanged.")
                          .arg(file.errorString())};
    return Done {};
}

} // namespace galley
