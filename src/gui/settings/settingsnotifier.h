#pragma once

#include <QObject>

namespace galley {

// Tells whoever shows something derived from the newsletter's settings (the preview's email,
// the exports) that the settings in the store changed, so they read them again. Whoever saves
// settings calls SettingsNotifier::instance()->notifyNewsletterSettingsChanged() after the save
// finished. One per process, GUI thread only.
class SettingsNotifier : public QObject
{
    Q_OBJECT
public:
    static SettingsNotifier *instance();

    void notifyNewsletterSettingsChanged() { emit newsletterSettingsChanged(); }
    // The personal dictionary changed in the store (Add to Dictionary, Preferences ▸ Spelling):
    // every open editor reads its words again.
    void notifyPersonalWordsChanged() { emit personalWordsChanged(); }

signals:
    void newsletterSettingsChanged();
    void personalWordsChanged();

private:
    SettingsNotifier() = default;
};

} // namespace galley
