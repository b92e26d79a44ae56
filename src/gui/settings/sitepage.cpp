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
    , m_fields(this)
    , m_baseUrlProblem(problemLabel(this, u"siteBaseUrlProblem"_s))
    , m_slugProblem(problemLabel(this, u"siteSlugProblem"_s))
    , m_status(new QLabel(this))
{
    setObjectName(u"sitePage"_s);
    m_fields.baseUrl->setObjectName(u"siteBaseUrlEdit"_s);
    m_fields.title->setObjectName(u"siteTitleEdit"_s);
    m_fields.description->setObjectName(u"siteDescriptionEdit"_s);
    m_fields.perPage->setObjectName(u"siteIssuesPerPageSpin"_s);
    m_fields.slug->setObjectName(u"siteSlugEdit"_s);
    m_fields.viewOnline->setObjectName(u"siteViewOnlineCheck"_s);
    m_fields.viewOnline->setText(
        tr("The email's \"View online\" link opens the issue's page on the published site"));
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
    row(tr("&Base URL:"), m_fields.baseUrl, withProblem(this, m_fields.baseUrl, m_baseUrlProblem));
    row(tr("Site &title:"), m_fields.title, m_fields.title);
    row(tr("&Description:"), m_fields.description, m_fields.description);
    row(tr("Issues per index &page:"), m_fields.perPage, m_fields.perPage);
    row(tr("Page &address:"), m_fields.slug, withProblem(this, m_fields.slug, m_slugProblem));
    form->addRow(m_fields.viewOnline);
    form->addRow(m_status);

    connect(m_fields.baseUrl, &QLineEdit::textChanged, this, &SitePage::showProblems);
    connect(m_fields.slug, &QLineEdit::textChanged, this, &SitePage::showProblems);
    connect(m_fields.viewOnline, &QCheckBox::toggled, this, &SitePage::showProblems);

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
    m_fields.show(settings);
    showProblems();
    setEnabled(true);
    m_loaded = true;
    emit loaded();
}

SiteSettings SitePage::settingsFromForm() const
{
    return m_fields.settings(m_stored);
}

QString SitePage::baseUrlProblemText() const
{
    // No base URL yet is fine (nothing is published), unless View online is to point there.
    const QString url = m_fields.baseUrl->text().trimmed();
    if (url.isEmpty() && !m_fields.viewOnline->isChecked())
        return {};
    return baseUrlProblem(url);
}

QString SitePage::slugProblemText() const
{
    const QString pattern = m_fields.slug->text().trimmed();
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
    return baseUrlProblemText().isEmpty() ? static_cast<QWidget *>(m_fields.slug)
                                          : static_cast<QWidget *>(m_fields.baseUrl);
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
