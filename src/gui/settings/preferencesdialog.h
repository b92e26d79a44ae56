#pragma once

#include "settings/settingssnapshot.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class PreferencesDialog;
}

namespace galley::gui {

class SendingPage;
class SitePage;
class StorePage;
class SettingsSaver;
class StoreClient;

// The newsletter's settings (ui/preferencesdialog.ui): name, title pattern, publication day and
// time, cadence, sections with their heading style, item format, sponsor label, footer, email
// addresses and merge tags, plus the UI language (QSettings, applied on restart). Settings that
// were never set show what the archive suggests, marked "inferred from the archive", until the
// person accepts or edits them; only then are they saved as set values. Reads and writes the
// store on StoreClient's thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Field { Name, TitlePattern, Weekday, Interval, Sections, FieldCount };

    PreferencesDialog(StoreClient *client, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    bool isLoaded() const { return m_loaded; }
    // Whether the field shows an inferred value that the person has not accepted yet.
    bool isInferred(Field field) const { return m_inferred[field]; }
    QLabel *inferredMarker(Field field) const;
    QPushButton *acceptButton(Field field) const;
    // The message line under the pages (loading, save errors).
    QString statusText() const;
    // The profile the form would save now.
    NewsletterProfile profileFromForm() const;

    // Preferences ▸ Sending (its own settings, read and saved beside the newsletter's).
    SendingPage *sendingPage() const { return m_sendingPage; }
    // Preferences ▸ Website: the published archive's settings (SitePage).
    SitePage *sitePage() const { return m_sitePage; }
    // Preferences ▸ Store: which store opens at the next start, its keyring password, the
    // editor's name (StorePage).
    StorePage *storePage() const { return m_storePage; }

    // Saves through the store; accepts the dialog once the save landed (emits saved()).
    void save();

signals:
    void loaded();
    void saved();
    void saveFailed(const QString &message);
    void editTemplatesRequested();

private:
    struct SectionRow
    {
        QString name;
        HeadingStyle style = HeadingStyle::Underline;
    };

    // The merge-tag "preset" that means the two tags typed in the form.
    static QString customPreset() { return QStringLiteral("custom"); }

    void populate(const SettingsSnapshot &snapshot);
    void setInferred(Field field, bool inferred);
    void markEdited(Field field);
    void fillSections();
    void addSection();
    void removeSection();
    void moveSection(int delta);
    void updateTitlePreview();
    void updateEmailFields();
    void showStatus(const QString &text, bool error);
    // The form's first problem, or none; with showField, its tab and field are shown too.
    QString validate(bool showField = true) const;
    // After a refused Save: clears or updates the refusal as the form is edited.
    void recheckRefusal();
    // What a landed save changes outside the store: the UI language, the open previews.
    void applySaved();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    StoreClient *m_client;
    SettingsSaver *m_saver = nullptr;
    SendingPage *m_sendingPage = nullptr;
    SitePage *m_sitePage = nullptr;
    StorePage *m_storePage = nullptr;
    SettingsSnapshot m_snapshot;
    QString m_refusal; // the problem Save refused and the status line shows, if any
    QString m_savedUiLanguage; // the UI language being saved, applied once the save landed
    QList<SectionRow> m_sections;
    bool m_inferred[FieldCount] = {};
    bool m_edited[FieldCount] = {};
    bool m_loaded = false;
    bool m_filling = false;
};

} // namespace galley::gui
