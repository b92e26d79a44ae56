#pragma once

#include "publish/sitesettings.h"

#include <QList>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace galley::gui {

// The site settings' fields as File ▸ Publish Archive… and Preferences ▸ Website both show them
// (base URL, title, description, issues per page, page address, View online to the site): made
// alike and read into SiteSettings alike, so the two cannot drift. Each owner lays them out
// and labels the View online check box in its own words.
struct SiteSettingsFields
{
    explicit SiteSettingsFields(QWidget *parent);

    // `stored` with the fields' values over it (what the fields do not show survives).
    SiteSettings settings(SiteSettings stored = {}) const;
    void show(const SiteSettings &settings);
    QList<QWidget *> widgets() const;

    QLineEdit *baseUrl;
    QLineEdit *title;
    QLineEdit *description;
    QSpinBox *perPage;
    QLineEdit *slug;
    QCheckBox *viewOnline;
};

} // namespace galley::gui
