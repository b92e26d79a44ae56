#include "storepreference.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace galley {

StoreChoice chooseStore(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return {commandLineValue, StoreChoice::CommandLine};
    if (const QString env = qEnvironmentVariable("GALLEY_DB"); !env.isEmpty())
        return {env, StoreChoice::Environment};
    if (const QString set = storeLocationSetting(); !set.isEmpty())
        return {set, StoreChoice::Preferences};
    return {};
}

QString dbArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--"_s)
            break; // files only from here
        if (arg == u"--db"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--db="_s))
            return arg.mid(5);
    }
    return {};
}

QString storeLocationSetting()
{
    return QSettings().value(QLatin1StringView(StoreLocationSettingsKey)).toString().trimmed();
}

void setStoreLocationSetting(const QString &value)
{
    QSettings settings;
    if (value.trimmed().isEmpty())
        settings.remove(QLatin1StringView(StoreLocationSettingsKey));
    else
        settings.setValue(QLatin1StringView(StoreLocationSettingsKey), value.trimmed());
}

} // namespace galley
