#pragma once

#include <QDateTime>
#include <QList>

namespace galley {

struct ThinningCandidate
{
    qint64 id = 0;
    QDateTime time;
};

// Which autosave revisions to drop as of `now`: all from the last hour are kept, then the newest
// of each hour for a week, then the newest of each (UTC) day. Autosaves every few seconds would
// otherwise bury the few revisions anyone goes back to. Manual, import and restore revisions are
// never candidates.
QList<qint64> revisionsToThin(const QList<ThinningCandidate> &autosaves, const QDateTime &now);

} // namespace galley
