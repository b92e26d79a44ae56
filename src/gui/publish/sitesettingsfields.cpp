#include "publish/sitesettingsfields.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct SiteSettingsFieldsTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::SiteSettingsFields)
};
} // namespace

SiteSettingsFields::SiteSettingsFields(QWidget *parent)
    : baseUrl(new QLineEdit(parent))
    , title(new QLineEdit(parent))
    , description(new QLineEdit(parent))
    , perPage(new QSpinBox(parent))
    , slug(new QLineEdit(parent))
    , viewOnline(new QCheckBox(parent))
{
    baseUrl->setPlaceholderText(u"https://news.example.com/"_s);
    title->setPlaceholderText(SiteSettingsFieldsTr::tr("The newsletter's name"));
    perPage->setRange(1, SiteSettings::maxIssuesPerPage);
    perPage->setValue(SiteSettings().issuesPerPage);
    slug->setPlaceholderText(SiteSettings::defaultSlugPattern());
    slug->setToolTip(SiteSettingsFieldsTr::tr(
        "Where an issue's page goes: {number}, {slug}, {year}, {month}, {day}."));
}

SiteSettings SiteSettingsFields::settings(SiteSettings s) const
{
    s.baseUrl = baseUrl->text().trimmed();
    s.title = title->text().trimmed();
    s.description = description->text().trimmed();
    s.issuesPerPage = perPage->value();
    s.slugPattern = slug->text().trimmed();
    s.viewOnlineLinksToSite = viewOnline->isChecked();
    return s;
}

void SiteSettingsFields::show(const SiteSettings &s)
{
    baseUrl->setText(s.baseUrl);
    title->setText(s.title);
    description->setText(s.description);
    perPage->setValue(s.issuesPerPage);
    slug->setText(s.slugPattern);
    viewOnline->setChecked(s.viewOnlineLinksToSite);
}

QList<QWidget *> SiteSettingsFields::widgets() const
{
    return {baseUrl, title, description, perPage, slug, viewOnline};
}

} // namespace galley::gui
