#include "settings/settingscontroller.h"

#include "settings/preferencesdialog.h"
#include "settings/sponsorsdialog.h"
#include "settings/templatesdialog.h"
#include "window/actionregistry.h"

#include <QAction>
#include <QMainWindow>

namespace galley::gui {

SettingsController::SettingsController(const WindowParts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{
    ActionRegistry *actions = parts.actions;
    connect(actions->action(ActionRegistry::Preferences), &QAction::triggered, this,
            &SettingsController::showPreferences);
    connect(actions->action(ActionRegistry::Sponsors), &QAction::triggered, this,
            &SettingsController::showSponsors);
    connect(actions->action(ActionRegistry::Templates), &QAction::triggered, this,
            &SettingsController::showTemplates);
}

template<typename Dialog> Dialog *SettingsController::show(QPointer<Dialog> &slot)
{
    if (!slot) {
        slot = new Dialog(m_parts.storeClient, m_parts.window);
        slot->setAttribute(Qt::WA_DeleteOnClose);
        connect(slot, &Dialog::saved, this, &SettingsController::settingsSaved);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

PreferencesDialog *SettingsController::showPreferences()
{
    const bool created = !m_preferences;
    PreferencesDialog *dialog = show(m_preferences);
    if (created) {
        connect(dialog, &PreferencesDialog::editTemplatesRequested, this,
                &SettingsController::showTemplates);
    }
    return dialog;
}

SponsorsDialog *SettingsController::showSponsors()
{
    return show(m_sponsors);
}

TemplatesDialog *SettingsController::showTemplates()
{
    return show(m_templates);
}

} // namespace galley::gui
