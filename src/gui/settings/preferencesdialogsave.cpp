// The saving half of PreferencesDialog: the form turned into a NewsletterProfile, checked, and
// written through the store's worker thread.
#include "settings/preferencesdialog.h"

#include "settings/sendingpage.h"
#include "settings/sitepage.h"
#include "settings/storepage.h"

#include "drafts/storeclient.h"
#include "email/utmtagger.h"
#include "mergetag.h"
#include "settings/settingsnotifier.h"
#include "settings/settingssaver.h"
#include "templateengine.h"
#include "ui_preferencesdialog.h"
#include "uilanguage.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
bool looksLikeAddress(const QString &text)
{
    // "editor@example.com" or "Ops Weekly <editor@example.com>".
    static const QRegularExpression address(
        u"^(?:[^<>@]*<[^<>@\\s]+@[^<>@\\s]+>|[^<>@\\s]+@[^<>@\\s]+)$"_s);
    return address.match(text.trimmed()).hasMatch();
}

std::optional<QString> textOrUnset(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}
} // namespace

NewsletterProfile PreferencesDialog::profileFromForm() const
{
    // Start from what was stored, so settings this form does not show survive a save.
    NewsletterProfile p = m_snapshot.profile;
    const auto keep = [this](Field f) {
        return !m_inferred[f];
    };
    const NewsletterProfile &was = m_snapshot.profile;
    // A field is saved when it was set before, or the person accepted or edited it; a value
    // that is only the fallback (nothing set, nothing inferable) stays unset.
    const auto wanted = [&](Field f, bool wasSet) {
        return keep(f) && (wasSet || m_edited[f]);
    };

    p.name
        = wanted(Name, was.name.has_value()) ? textOrUnset(m_ui->nameEdit->text()) : std::nullopt;
    p.titlePattern = wanted(TitlePattern, was.titlePattern.has_value())
        ? textOrUnset(m_ui->titlePatternEdit->text())
        : std::nullopt;
    const int weekday = m_ui->weekdayCombo->currentData().toInt();
    p.weekday = wanted(Weekday, was.weekday.has_value()) && weekday > 0
        ? std::optional<int>(weekday)
        : std::nullopt;
    p.intervalDays = wanted(Interval, was.intervalDays.has_value())
        ? std::optional<int>(m_ui->intervalSpin->value())
        : std::nullopt;
    p.publicationTime = m_ui->timeCheck->isChecked() ? std::optional<QTime>(m_ui->timeEdit->time())
                                                     : std::nullopt;
    p.sectionHeadings.clear();
    if (wanted(Sections, was.sections.has_value())) {
        QStringList names;
        for (const SectionRow &row : m_sections) {
            names << row.name;
            if (row.style != HeadingStyle::Underline)
                p.sectionHeadings.insert(row.name, row.style);
        }
        p.sections = names;
    } else {
        p.sections = std::nullopt;
    }
    p.sponsorLabel = textOrUnset(m_ui->sponsorLabelEdit->text());
    const QString footer = m_ui->footerEdit->toPlainText();
    p.footer = footer.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(footer.trimmed());
    p.sender = textOrUnset(m_ui->senderEdit->text());
    p.replyTo = textOrUnset(m_ui->replyToEdit->text());
    p.to = textOrUnset(m_ui->toEdit->text());
    p.language = textOrUnset(m_ui->newsletterLanguageEdit->text());
    p.spellLanguage = textOrUnset(m_ui->spellLanguageEdit->text());
    const QString preset = m_ui->presetCombo->currentData().toString();
    if (preset != m_snapshot.effective.mergeTagPreset || was.mergeTagPreset)
        p.mergeTagPreset = preset;
    if (preset == customPreset()) {
        p.unsubscribeTag = textOrUnset(m_ui->unsubscribeEdit->text());
        p.viewOnlineTag = textOrUnset(m_ui->viewOnlineEdit->text());
    } else {
        p.unsubscribeTag = std::nullopt;
        p.viewOnlineTag = std::nullopt;
    }
    const bool utm = m_ui->utmCheck->isChecked();
    p.utmEnabled = utm || was.utmEnabled ? std::optional<bool>(utm) : std::nullopt;
    p.utmSource = textOrUnset(m_ui->utmSourceEdit->text());
    p.utmMedium = textOrUnset(m_ui->utmMediumEdit->text());
    p.utmCampaign = textOrUnset(m_ui->utmCampaignEdit->text());
    const QStringList neverTag = parseNeverTagDomains(m_ui->utmNeverTagEdit->text());
    p.utmNeverTag = neverTag.isEmpty() ? std::nullopt : std::optional<QStringList>(neverTag);
    return p;
}

QString PreferencesDialog::validate(bool showField) const
{
    const auto problem = [this, showField](QWidget *page, QWidget *widget, const QString &message) {
        if (showField) {
            m_ui->tabs->setCurrentWidget(page);
            widget->setFocus();
        }
        return message;
    };
    if (m_ui->titlePatternEdit->text().trimmed().isEmpty() && !m_inferred[TitlePattern])
        return problem(m_ui->newsletterPage, m_ui->titlePatternEdit,
                       tr("The title pattern is empty. Write one, e.g. "
                          "\"OPS WEEKLY ISSUE #{number} - {date_long}\"."));
    if (const QString sending = m_sendingPage->problem(); !sending.isEmpty())
        return problem(m_sendingPage, m_sendingPage->hostEdit(), sending);
    if (const QString site = m_sitePage->problem(); !site.isEmpty())
        return problem(m_sitePage, m_sitePage->problemField(), site);
    if (const QString store = m_storePage->problem(); !store.isEmpty())
        return problem(m_storePage, m_storePage->problemField(), store);
    QStringList seen;
    for (const SectionRow &row : m_sections) {
        if (row.name.isEmpty())
            return problem(m_ui->sectionsPage, m_ui->sectionTable,
                           tr("A section has no name. Name it or remove it."));
        if (seen.contains(row.name, Qt::CaseInsensitive))
            return problem(
                m_ui->sectionsPage, m_ui->sectionTable,
                tr("The section \"%1\" is in the list twice. Remove one of them.").arg(row.name));
        seen << row.name;
    }
    const Status item
        = TemplateEngine::validate(m_ui->itemTemplateEdit->toPlainText(), tr("item template"));
    if (!item)
        return problem(m_ui->itemsPage, m_ui->itemTemplateEdit, item.error().toString());
    const QList<std::pair<QLineEdit *, QString>> addresses {{m_ui->senderEdit, tr("sender")},
                                                            {m_ui->replyToEdit, tr("reply-to")},
                                                            {m_ui->toEdit, tr("To")}};
    for (const auto &[edit, what] : addresses) {
        if (!edit->text().trimmed().isEmpty() && !looksLikeAddress(edit->text()))
            return problem(m_ui->emailPage, edit,
                           tr("The %1 address \"%2\" is not an email address. Write it as "
                              "editor@example.com or Name <editor@example.com>.")
                               .arg(what, edit->text().trimmed()));
    }
    if (m_ui->presetCombo->currentData().toString() == customPreset()
        && m_ui->unsubscribeEdit->text().trimmed().isEmpty())
        return problem(m_ui->emailPage, m_ui->unsubscribeEdit,
                       tr("Custom merge tags need an unsubscribe tag: every newsletter email "
                          "must let people unsubscribe."));
    if (m_ui->presetCombo->currentData().toString() == customPreset()) {
        for (QLineEdit *edit : {m_ui->unsubscribeEdit, m_ui->viewOnlineEdit}) {
            const QString tag = edit->text().trimmed();
            if (!tag.isEmpty() && !isAcceptableMergeTagValue(tag))
                return problem(m_ui->emailPage, edit,
                               tr("\"%1\" is neither a merge tag (such as *|UNSUB|*, "
                                  "{{ UnsubscribeURL }}, [unsubscribe] or %unsubscribe%) nor an "
                                  "https or mailto link, so it cannot be a footer link.")
                                   .arg(tag));
        }
    }
    static const QRegularExpression languageTag(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    for (QLineEdit *edit : {m_ui->newsletterLanguageEdit, m_ui->spellLanguageEdit}) {
        const QString language = edit->text().trimmed();
        if (!language.isEmpty() && !languageTag.match(language).hasMatch())
            return problem(
                m_ui->emailPage, edit,
                tr("\"%1\" is not a language tag. Use one like en, de or pt-BR.").arg(language));
    }
    for (QLineEdit *edit : {m_ui->utmSourceEdit, m_ui->utmMediumEdit, m_ui->utmCampaignEdit}) {
        const Status valid = TemplateEngine::validate(edit->text(), tr("UTM parameter"));
        if (!valid)
            return problem(m_ui->emailPage, edit, valid.error().toString());
    }
    static const QRegularExpression domain(u"^[\\w-]+(\\.[\\w-]+)*$"_s);
    for (const QString &d : parseNeverTagDomains(m_ui->utmNeverTagEdit->text())) {
        if (!domain.match(d).hasMatch())
            return problem(m_ui->emailPage, m_ui->utmNeverTagEdit,
                           tr("\"%1\" is not a domain. Write domains like example.com, separated "
                              "by commas.")
                               .arg(d));
    }
    return {};
}

void PreferencesDialog::save()
{
    if (!m_loaded || m_saver->isSaving())
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_refusal = problem;
        m_saver->refuse(problem);
        return;
    }
    m_refusal.clear();
    const NewsletterProfile profile = profileFromForm();
    std::optional<TemplateSet> templates;
    if (m_ui->itemTemplateEdit->toPlainText() != m_snapshot.templates.item) {
        templates = m_snapshot.templates;
        templates->item = m_ui->itemTemplateEdit->toPlainText();
    }
    m_savedUiLanguage = m_ui->uiLanguageCombo->currentData().toString();
    // Its own key in the store, written first on the same store thread.
    m_sendingPage->save();
    m_sitePage->save();
    m_storePage->save(); // this person's own (QSettings, keyring), not the store's
    m_saver->save(profile, std::nullopt, templates);
}

void PreferencesDialog::recheckRefusal()
{
    // Only while the line shows Save's refusal: a refusal the person has since mended must not
    // stay on screen until the next Save, and a different problem is named at once.
    if (m_refusal.isEmpty() || m_saver->isSaving())
        return;
    const QString now = validate(false);
    if (now == m_refusal)
        return;
    m_refusal = now;
    if (now.isEmpty())
        showStatus(QString(), false);
    else
        showStatus(now, true);
}

void PreferencesDialog::applySaved()
{
    QSettings().setValue(QLatin1StringView(UiLanguageSettingsKey), m_savedUiLanguage);
    SettingsNotifier::instance()->notifyNewsletterSettingsChanged();
    emit saved();
}

} // namespace galley::gui
