#pragma once

#include "publish/sitesettings.h"
#include "publish/sitesettingsfields.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace galley::gui {

class StoreClient;

// Preferences ▸ Website: the published archive's settings (base URL, site title and
// description, issues per index page, page address pattern, and whether the email's View online
// link opens the page there), the ones `galley publish` and File ▸ Publish Archive… use.
// Reads them from the store itself; PreferencesDialog checks the page with problem() and calls
// save() with its own writes. A base URL or pattern that cannot be used is said next to its
// field as it is typed, and never saved.
class SitePage : public QWidget
{
    Q_OBJECT
public:
    SitePage(StoreClient *client, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    SiteSettings settingsFromForm() const;
    // Why the form cannot be saved, empty when it can; problemField() is where the person
    // fixes it.
    QString problem() const;
    QWidget *problemField() const;
    // The settings to the store, in order with the dialog's other writes (nothing when unchanged).
    void save();

    QLineEdit *baseUrlEdit() const { return m_fields.baseUrl; }
    QLabel *baseUrlProblemLabel() const { return m_baseUrlProblem; }
    QLineEdit *titleEdit() const { return m_fields.title; }
    QLineEdit *descriptionEdit() const { return m_fields.description; }
    QSpinBox *perPageSpin() const { return m_fields.perPage; }
    QLineEdit *slugEdit() const { return m_fields.slug; }
    QLabel *slugProblemLabel() const { return m_slugProblem; }
    QCheckBox *viewOnlineCheck() const { return m_fields.viewOnline; }

signals:
    void loaded();

private:
    void populate(const SiteSettings &settings);
    QString baseUrlProblemText() const;
    QString slugProblemText() const;
    void showProblems();

    StoreClient *m_client;
    SiteSettings m_stored;
    bool m_loaded = false;
    SiteSettingsFields m_fields;
    QLabel *m_baseUrlProblem;
    QLabel *m_slugProblem;
    QLabel *m_status;
};

} // namespace galley::gui
