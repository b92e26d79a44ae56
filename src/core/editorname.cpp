#include "editorname.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace galley {

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        if (const passwd *account = ::getpwuid(::geteuid()))
            name = QString::fromLocal8Bit(account->pw_name);
    }
    return name;
}

QString configuredEditorName()
{
    return QSettings().value(QLatin1StringView(EditorNameSettingsKey)).toString().simplified();
}

QString editorName()
{
    const QString set = configuredEditorName();
    return set.isEmpty() ? systemUserName() : set;
}

void setEditorName(const QString &name)
{
    QSettings settings;
    if (name.simplified().isEmpty())
        settings.remove(QLatin1StringView(EditorNameSettingsKey));
    else
        settings.setValue(QLatin1StringView(EditorNameSettingsKey), name.simplified());
}

} // namespace galley
