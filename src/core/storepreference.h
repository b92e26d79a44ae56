#pragma once

#include <QString>
#include <QStringList>

namespace galley {

// Which store Galley opens: --db, else the GALLEY_DB environment variable, else the one set in
// Preferences ▸ Store (this person's QSettings, read at start), else the default file
// (Store::defaultPath). The editor and every command choose the same way.
inline constexpr char StoreLocationSettingsKey[] = "store/location";

struct StoreChoice
{
    enum Source { CommandLine, Environment, Preferences, Default };
    QString value; // empty with Default
    Source source = Default;
};

// `commandLineValue`: what --db gave (empty: none).
StoreChoice chooseStore(const QString &commandLineValue);
// --db's value among the editor's arguments (`--db X` or `--db=X`), empty when absent.
QString dbArgument(const QStringList &arguments);

QString storeLocationSetting();
// Empty: the default store again.
void setStoreLocationSetting(const QString &value);

} // namespace galley
