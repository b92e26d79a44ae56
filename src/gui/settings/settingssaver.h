#pragma once

#include "settings/settingssnapshot.h"

#include <QObject>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;

namespace galley::gui {

class StoreClient;

// Shows `text` in a settings dialog's status line under its form (red when it is an error) and
// hides the line when there is nothing to say.
void showStatusLine(QLabel *label, const QString &text, bool error);

// Save in the Preferences, Sponsors and Templates dialogs: writes the parts a dialog edits in one
// transaction on the store's worker thread (saveSettings), with the dialog's Save button off and
// "Saving…" in its status line meanwhile. On success the status line is cleared, saved() is
// emitted and the dialog accepted; on failure the message stays on screen and failed() says it.
class SettingsSaver : public QObject
{
    Q_OBJECT
public:
    SettingsSaver(QDialog *dialog, StoreClient *client, QPushButton *saveButton,
                  QLabel *statusLabel);

    bool isSaving() const { return m_saving; }
    // The settings as the dialog read them (SettingsSnapshot::basis): a save refuses to
    // overwrite what was changed elsewhere since.
    void setBasis(const SettingsBasis &basis) { m_basis = basis; }
    // A write the dialog made itself (the archive's sponsors imported): when the settings were
    // as the dialog read them just before it, the basis moves on to what it wrote, so that the
    // dialog's own write is not taken for a change made elsewhere.
    void followOwnWrite(const SettingsBasis &before, const SettingsBasis &after);
    // Parts passed as nullopt are left as they are in the store.
    void save(const std::optional<NewsletterProfile> &profile,
              const std::optional<SponsorBook> &sponsors,
              const std::optional<TemplateSet> &templates);
    // Saves nothing: shows why (the dialog's own check of its form) and emits failed().
    void refuse(const QString &problem);

signals:
    void saved();
    void failed(const QString &message);

private:
    QDialog *m_dialog;
    StoreClient *m_client;
    QPushButton *m_saveButton;
    QLabel *m_statusLabel;
    bool m_saving = false;
    SettingsBasis m_basis;
};

} // namespace galley::gui
