#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace galley {

// Writes a whole file or nothing (QSaveFile: temporary file, then rename), so an interrupted
// export or a full disk never leaves a half-written file where a good one was.
Status writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace galley
