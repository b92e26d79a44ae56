#pragma once

#include "window/windowparts.h"

#include <QObject>
#include <QPointer>

namespace galley::gui {

class PreferencesDialog;
class SponsorsDialog;
class TemplatesDialog;

// Opens the Preferences, Sponsors and Templates dialogs from their actions
// (ActionRegistry::Preferences, ::Sponsors, ::Templates). One of each at a time: triggering an
// action again raises the open dialog.
class SettingsController : public QObject
{
    Q_OBJECT
public:
    explicit SettingsController(const WindowParts &parts);

    PreferencesDialog *showPreferences();
    SponsorsDialog *showSponsors();
    TemplatesDialog *showTemplates();

signals:
    // A dialog wrote the newsletter's settings, sponsors or templates to the store.
    void settingsSaved();

private:
    template<typename Dialog> Dialog *show(QPointer<Dialog> &slot);

    WindowParts m_parts;
    QPointer<PreferencesDialog> m_preferences;
    QPointer<SponsorsDialog> m_sponsors;
    QPointer<TemplatesDialog> m_templates;
};

} // namespace galley::gui
