#pragma once

#include <QList>
#include <QString>

namespace galley {

class Store;

// The store's settings that are one number each (how long a link check stays fresh, when old
// inbox links are mentioned): what `galley settings` lists and changes, and the one place their
// defaults and limits are written. A stored value outside its limits, or no number at all, reads
// as the default.
struct ScalarSetting
{
    QString key; // "linkcheck.freshHours"
    int defaultValue = 0;
    int minimum = 0;
    int maximum = 0;
    QString description() const; // translated, for `galley settings`
};

const QList<ScalarSetting> &scalarSettings();
// nullptr when `key` is none of them.
const ScalarSetting *findScalarSetting(const QString &key);
// The stored value, or the default (also when the store cannot be read: a setting never stops
// a check).
int scalarSetting(Store &store, const QString &key);

} // namespace galley
