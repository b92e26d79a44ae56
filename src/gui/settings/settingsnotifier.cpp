#include "settings/settingsnotifier.h"

namespace galley {

SettingsNotifier *SettingsNotifier::instance()
{
    static SettingsNotifier notifier;
    return &notifier;
}

} // namespace galley
