#include "revisionthinning.h"

#include <QHash>

namespace galley {

QList<qint64> revisionsToThin(const QList<ThinningCandidate> &autosaves, const QDateTime &now)
{
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    constexpr qint64 week = 7 * day;
    const qint64 nowSecs = now.toSecsSinceEpoch();

    // Bucket key -> newest revision seen in it. Hour and day buckets get disjoint keys.
    QHash<qint64, ThinningCandidate> newest;
    QList<std::pair<qint64, qint64>> bucketed; // (revision id, bucket key)
    for (const ThinningCandidate &c : autosaves) {
        const qint64 secs = c.time.toSecsSinceEpoch();
        const qint64 age = nowSecs - secs;
        if (age < hour)
            continue;
        const qint64 key = age < week ? secs / hour * 2 : secs / day * 2 + 1;
        bucketed.append({c.id, key});
        auto it = newest.find(key);
        if (it == newest.end() || it->time < c.time || (it->time == c.time && it->id < c.id))
            newest.insert(key, c);
    }
    QList<qint64> drop;
    for (const auto &[id, key] : bucketed) {
        if (newest.value(key).id != id)
            drop.append(id);
    }
    return drop;
}

} // namespace galley
