#include "settings/sitepage.h"

#include "drafts/storeclient.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    return label;
}

// The field with its problem under it, as one row of the form.
QWidget *withProblem(QWidget *parent, QWidget *field, QLabel *problem)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}
} // namespace

SitePage::SitePage(StoreClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlProblem(problemLabel(this, u"siteBaseUrlProblem"_s))
    , m_title(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_perPage(new QSpinBox(this))
    , m_slug(new QLineEdit(this))
    , m_slugProblem(problemLabel(this, u"siteSlugProblem"_s))
    , m_viewOnline(new QCheckBox(tr("The email's \"View online\" link opens the issue's page on "
                                    "the published site"),
                                 this))
    , m_status(new QLabel(this))
{
    setObjectName(u"sitePage"_s);
    m_baseUrl->setObjectName(u"siteBaseUrlEdit"_s);
    m_baseUrl->setPlaceholderText(u"https://news.example.com/"_s);
    m_title->setObjectName(u"siteTitleEdit"_s);
    m_title->setPlaceholderText(tr("The newsletter's name"));
    m_description->setObjectName(u"siteDescriptionEdit"_s);
    m_perPage->setObjectName(u"siteIssuesPerPageSpin"_s);
    m_perPage->setRange(1, SiteSettings::maxIssuesPerPage);
    m_slug->setObjectName(u"siteSlugEdit"_s);
    m_slug->setPlaceholderText(SiteSettings::defaultSlugPattern());
    m_slug->setToolTip(tr("Where an issue's page goes: {number}, {slug}, {year}, {month}, {day}."));
    m_viewOnline->setObjectName(u"siteViewOnlineCheck"_s);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(tr("File ▸ Publish Archive… and galley publish make a static website "
                               "of the sent issues with these settings."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    const auto row = [&](const QString &label, QWidget *field, QWidget *shown) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, shown);
    };
    row(tr("&Base URL:"), m_baseUrl, withProblem(this, m_baseUrl, m_baseUrlProblem));
    row(tr("Site &title:"), m_title, m_title);
    row(tr("&Description:"), m_description, m_description);
    row(tr("Issues per index &page:"), m_perPage, m_perPage);
    row(tr("Page &address:"), m_slug, withProblem(this, m_slug, m_slugProblem));
    form->addRow(m_viewOnline);
    form->addRow(m_status);

    connect(m_baseUrl, &QLineEdit::textChanged, this, &SitePage::showProblems);
    connect(m_slug, &QLineEdit::textChanged, this, &SitePage::showProblems);
    connect(m_viewOnline, &QCheckBox::toggled, this, &SitePage::showProblems);

    setEnabled(false);
    m_client->run(
        this, [](Store &store) { return loadSiteSettings(store); },
        [this](const Result<SiteSettings> &result) {
            if (!result) {
                m_status->setText(result.error().toString());
                return;
            }
            populate(*result);
        });
}

void SitePage::populate(const SiteSettings &settings)
{
    m_stored = settings;
    m_baseUrl->setText(settings.baseUrl);
    m_title->setText(settings.title);
    m_description->setText(settings.description);
    m_perPage->setValue(settings.issuesPerPage);
    m_slug->setText(settings.slugPattern);
    m_viewOnline->setChecked(settings.viewOnlineLinksToSite);
    showProblems();
    setEnabled(true);
    m_loaded = true;
    emit loaded();
}

SiteSettings SitePage::settingsFromForm() const
{
    SiteSettings s = m_stored;
    s.baseUrl = m_baseUrl->text().trimmed();
    s.title = m_title->text().trimmed();
    s.description = m_description->text().trimmed();
    s.issuesPerPage = m_perPage->value();
    s.slugPattern = m_slug->text().trimmed();
    s.viewOnlineLinksToSite = m_viewOnline->isChecked();
    return s;
}

QString SitePage::baseUrlProblemText() const
{
    // No base URL yet is fine (nothing is published), unless View online is to point there.
    const QString url = m_baseUrl->text().trimmed();
    if (url.isEmpty() && !m_viewOnline->isChecked())
        return {};
    return baseUrlProblem(url);
}

QString SitePage::slugProblemText() const
{
    const QString pattern = m_slug->text().trimmed();
    return pattern.isEmpty() ? QString() : slugPatternProblem(pattern);
}

void SitePage::showProblems()
{
    const auto show = [](QLabel *label, const QString &text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    };
    show(m_baseUrlProblem, baseUrlProblemText());
    show(m_slugProblem, slugProblemText());
}

QString SitePage::problem() const
{
    if (const QString url = baseUrlProblemText(); !url.isEmpty())
        return url;
    return slugProblemText();
}

QWidget *SitePage::problemField() const
{
    return baseUrlProblemText().isEmpty() ? static_cast<QWidget *>(m_slug)
                                          : static_cast<QWidget *>(m_baseUrl);
}

void SitePage::save()
{
    if (!m_loaded || !problem().isEmpty())
        return;
    const SiteSettings settings = settingsFromForm();
    if (settings == m_stored)
        return;
    m_client->run(
        this, [settings](Store &store) { return saveSiteSettings(store, settings); },
        [this, settings](const Status &saved) {
            if (saved)
                m_stored = settings;
            else
                m_status->setText(saved.error().toString());
        });
}

} // namespace galley::gui
