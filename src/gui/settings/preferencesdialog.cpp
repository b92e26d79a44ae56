#include "settings/preferencesdialog.h"

#include "drafts/storeclient.h"
#include "email/emailsettings.h"
#include "email/utmtagger.h"
#include "settings/sendingpage.h"
#include "settings/settingssaver.h"
#include "settings/sitepage.h"
#include "settings/spellingpage.h"
#include "settings/storepage.h"
#include "titlepattern.h"
#include "ui_preferencesdialog.h"
#include "uilanguage.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
QString presetTitle(const QString &name)
{
    if (name == u"mailchimp")
        return u"Mailchimp"_s;
    if (name == u"listmonk")
        return u"listmonk"_s;
    if (name == u"buttondown")
        return u"Buttondown"_s;
    if (name == u"sendy")
        return u"Sendy"_s;
    return name;
}
} // namespace

PreferencesDialog::PreferencesDialog(StoreClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_saver = new SettingsSaver(this, client, m_ui->buttonBox->button(QDialogButtonBox::Save),
                                m_ui->statusLabel);
    connect(m_saver, &SettingsSaver::saved, this, &PreferencesDialog::applySaved);
    connect(m_saver, &SettingsSaver::failed, this, &PreferencesDialog::saveFailed);
    setObjectName(u"preferencesDialog"_s);
    m_sendingPage = new SendingPage(client, this);
    m_ui->tabs->addTab(m_sendingPage, tr("Sen&ding"));
    m_sitePage = new SitePage(client, this);
    m_ui->tabs->addTab(m_sitePage, tr("&Website"));
    m_ui->tabs->addTab(new SpellingPage(client, this), tr("S&pelling"));
    m_storePage = new StorePage(this);
    m_ui->tabs->addTab(m_storePage, tr("St&ore"));

    m_ui->weekdayCombo->addItem(tr("Not set"), 0);
    for (int day = 1; day <= 7; ++day)
        m_ui->weekdayCombo->addItem(QLocale().standaloneDayName(day), day);
    m_ui->intervalSpin->setSuffix(tr(" days"));
    m_ui->sponsorLabelEdit->setPlaceholderText(defaultSponsorLabel());
    m_ui->sponsorLabelEdit->setToolTip(tr("{name} becomes the sponsor's name."));
    m_ui->titlePatternEdit->setToolTip(
        tr("{number}, {date} (2025-01-26), {date_long} (26th January 2025) and {newsletter} "
           "are filled in for each issue."));
    for (const QString &name : EmailSettings::mergeTagPresetNames())
        m_ui->presetCombo->addItem(presetTitle(name), name);
    m_ui->presetCombo->addItem(tr("Custom tags"), customPreset());
    m_ui->uiLanguageCombo->addItem(tr("System language"), QString());
    // Language names in their own language, so a person can find theirs in any UI language.
    m_ui->uiLanguageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->uiLanguageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->uiLanguageCombo->addItem(u"Français"_s, u"fr"_s);
    m_ui->sectionTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->sectionTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->addSection->setEnabled(false);
    for (QLineEdit *edit :
         {m_ui->utmSourceEdit, m_ui->utmMediumEdit, m_ui->utmCampaignEdit, m_ui->utmNeverTagEdit})
        connect(m_ui->utmCheck, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    m_ui->utmCampaignEdit->setToolTip(
        tr("{{number}}, {{date}}, {{newsletter}} and {{title}} are filled in for each issue."));
    m_ui->utmNeverTagEdit->setToolTip(
        tr("Links to these domains and their subdomains are never tagged. Separate them with "
           "commas."));
    m_ui->itemTemplateEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    for (int f = 0; f < FieldCount; ++f) {
        inferredMarker(Field(f))->setStyleSheet(u"color: #9a6700; font-style: italic;"_s);
        inferredMarker(Field(f))->setToolTip(
            tr("Nobody set this yet; this is what the latest issues suggest. Accept keeps it, "
               "editing replaces it."));
        connect(acceptButton(Field(f)), &QPushButton::clicked, this, [this, f] {
            setInferred(Field(f), false);
            m_edited[f] = true; // accepted: saved as a set value from now on
        });
        setInferred(Field(f), false);
    }
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { markEdited(Name); });
    connect(m_ui->titlePatternEdit, &QLineEdit::textEdited, this, [this] {
        markEdited(TitlePattern);
        updateTitlePreview();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &PreferencesDialog::updateTitlePreview);
    connect(m_ui->weekdayCombo, &QComboBox::activated, this, [this] { markEdited(Weekday); });
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            markEdited(Interval);
    });
    connect(m_ui->timeCheck, &QCheckBox::toggled, m_ui->timeEdit, &QWidget::setEnabled);
    connect(m_ui->newSectionEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->addSection->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_ui->newSectionEdit, &QLineEdit::returnPressed, this, &PreferencesDialog::addSection);
    connect(m_ui->addSection, &QPushButton::clicked, this, &PreferencesDialog::addSection);
    connect(m_ui->removeSection, &QPushButton::clicked, this, &PreferencesDialog::removeSection);
    connect(m_ui->moveSectionUp, &QPushButton::clicked, this, [this] { moveSection(-1); });
    connect(m_ui->moveSectionDown, &QPushButton::clicked, this, [this] { moveSection(1); });
    connect(m_ui->sectionTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != 0 || item->row() >= m_sections.size())
            return;
        m_sections[item->row()].name = item->text().trimmed();
        markEdited(Sections);
    });
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateEmailFields);
    connect(m_ui->editTemplates, &QPushButton::clicked, this,
            &PreferencesDialog::editTemplatesRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Any edit may mend, or change, a problem Save refused (connected after the handlers above,
    // so the form's state is already updated).
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &PreferencesDialog::recheckRefusal);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, &PreferencesDialog::recheckRefusal);
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::recheckRefusal);
    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &PreferencesDialog::recheckRefusal);
    connect(m_ui->sectionTable, &QTableWidget::itemChanged, this,
            &PreferencesDialog::recheckRefusal);

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_ui->tabs->setEnabled(false);
    showStatus(tr("Reading the settings and the archive…"), false);
    m_client->run(
        this, [](Store &store) { return loadSettingsSnapshot(store); },
        [this](const SettingsSnapshot &snapshot) {
            if (!snapshot.error.isEmpty()) {
                // Nothing to edit safely: saving now would overwrite settings we could not read.
                showStatus(tr("Could not read the settings: %1").arg(snapshot.error), true);
                return;
            }
            m_saver->setBasis(snapshot.basis);
            populate(snapshot);
        });
}

PreferencesDialog::~PreferencesDialog() = default;

QLabel *PreferencesDialog::inferredMarker(Field field) const
{
    switch (field) {
    case Name:
        return m_ui->nameInferred;
    case TitlePattern:
        return m_ui->titlePatternInferred;
    case Weekday:
        return m_ui->weekdayInferred;
    case Interval:
        return m_ui->intervalInferred;
    case Sections:
    case FieldCount:
        break;
    }
    return m_ui->sectionsInferred;
}

QPushButton *PreferencesDialog::acceptButton(Field field) const
{
    switch (field) {
    case Name:
        return m_ui->nameAccept;
    case TitlePattern:
        return m_ui->titlePatternAccept;
    case Weekday:
        return m_ui->weekdayAccept;
    case Interval:
        return m_ui->intervalAccept;
    case Sections:
    case FieldCount:
        break;
    }
    return m_ui->sectionsAccept;
}

QString PreferencesDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void PreferencesDialog::populate(const SettingsSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const NewsletterProfile &set = snapshot.profile;
    const EffectiveProfile &eff = snapshot.effective;
    m_filling = true;
    m_ui->nameEdit->setText(eff.name.value);
    m_ui->titlePatternEdit->setText(eff.titlePattern.value);
    m_ui->weekdayCombo->setCurrentIndex(m_ui->weekdayCombo->findData(eff.weekday.value));
    m_ui->timeCheck->setChecked(set.publicationTime.has_value());
    m_ui->timeEdit->setTime(set.publicationTime.value_or(QTime(8, 0)));
    m_ui->timeEdit->setEnabled(set.publicationTime.has_value());
    m_ui->intervalSpin->setValue(eff.intervalDays.value);
    m_sections.clear();
    for (const QString &name : eff.sections.value)
        m_sections << SectionRow {name, eff.headingStyle(name)};
    fillSections();
    m_ui->sponsorLabelEdit->setText(set.sponsorLabel.value_or(QString()));
    m_ui->footerEdit->setPlainText(set.footer.value_or(QString()));
    m_ui->itemTemplateEdit->setPlainText(snapshot.templates.item);
    m_ui->senderEdit->setText(set.sender.value_or(QString()));
    m_ui->replyToEdit->setText(set.replyTo.value_or(QString()));
    m_ui->toEdit->setText(set.to.value_or(QString()));
    m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(eff.mergeTagPreset));
    m_ui->unsubscribeEdit->setText(eff.unsubscribeTag);
    m_ui->viewOnlineEdit->setText(eff.viewOnlineTag);
    m_ui->newsletterLanguageEdit->setText(set.language.value_or(QString()));
    m_ui->spellLanguageEdit->setText(set.spellLanguage.value_or(QString()));
    m_ui->spellLanguageEdit->setPlaceholderText(eff.language);
    m_ui->utmCheck->setChecked(eff.utm.enabled);
    m_ui->utmSourceEdit->setText(set.utmSource.value_or(QString()));
    m_ui->utmSourceEdit->setPlaceholderText(utmSlug(eff.name.value));
    m_ui->utmMediumEdit->setText(set.utmMedium.value_or(QString()));
    m_ui->utmCampaignEdit->setText(set.utmCampaign.value_or(QString()));
    m_ui->utmNeverTagEdit->setText(eff.utm.neverTagDomains.join(u", "_s));
    for (QLineEdit *edit :
         {m_ui->utmSourceEdit, m_ui->utmMediumEdit, m_ui->utmCampaignEdit, m_ui->utmNeverTagEdit})
        edit->setEnabled(eff.utm.enabled);
    const QString uiLanguage
        = QSettings().value(QLatin1StringView(UiLanguageSettingsKey)).toString();
    m_ui->uiLanguageCombo->setCurrentIndex(
        std::max(0, m_ui->uiLanguageCombo->findData(uiLanguage)));

    setInferred(Name, eff.name.inferred);
    setInferred(TitlePattern, eff.titlePattern.inferred);
    setInferred(Weekday, eff.weekday.inferred);
    setInferred(Interval, eff.intervalDays.inferred);
    setInferred(Sections, eff.sections.inferred);
    m_filling = false;
    updateEmailFields();
    updateTitlePreview();

    m_ui->tabs->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    showStatus(QString(), false);
    m_loaded = true;
    emit loaded();
}

void PreferencesDialog::setInferred(Field field, bool inferred)
{
    m_inferred[field] = inferred;
    inferredMarker(field)->setVisible(inferred);
    acceptButton(field)->setVisible(inferred);
    QWidget *widget = nullptr;
    switch (field) {
    case Name:
        widget = m_ui->nameEdit;
        break;
    case TitlePattern:
        widget = m_ui->titlePatternEdit;
        break;
    case Weekday:
        widget = m_ui->weekdayCombo;
        break;
    case Interval:
        widget = m_ui->intervalSpin;
        break;
    case Sections:
    case FieldCount:
        widget = m_ui->sectionTable;
        break;
    }
    QFont font = widget->font();
    font.setItalic(inferred);
    widget->setFont(font);
}

void PreferencesDialog::markEdited(Field field)
{
    if (m_filling)
        return;
    if (m_inferred[field])
        setInferred(field, false);
    m_edited[field] = true;
}

void PreferencesDialog::fillSections()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    QTableWidget *table = m_ui->sectionTable;
    table->setRowCount(int(m_sections.size()));
    for (int row = 0; row < m_sections.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(m_sections.at(row).name));
        auto *style = new QComboBox(table);
        style->setObjectName(u"headingStyle%1"_s.arg(row));
        style->addItem(tr("Underlined (====)"), int(HeadingStyle::Underline));
        style->addItem(tr("## Level 2"), int(HeadingStyle::Atx2));
        // No "###" choice: the issue's structure (Check, Add Link) takes only level 1-2 headings
        // as sections, so a level-3 section would fold into the one before it. A stored Atx3
        // (from a settings file written elsewhere) is shown as its nearest choice, "##".
        const HeadingStyle current = m_sections.at(row).style == HeadingStyle::Atx3
            ? HeadingStyle::Atx2
            : m_sections.at(row).style;
        style->setCurrentIndex(style->findData(int(current)));
        connect(style, &QComboBox::activated, this, [this, row, style] {
            m_sections[row].style = HeadingStyle(style->currentData().toInt());
            markEdited(Sections);
        });
        table->setCellWidget(row, 1, style);
    }
    m_filling = wasFilling;
}

void PreferencesDialog::addSection()
{
    const QString name = m_ui->newSectionEdit->text().trimmed();
    if (name.isEmpty())
        return;
    m_sections << SectionRow {name, HeadingStyle::Underline};
    m_ui->newSectionEdit->clear();
    fillSections();
    m_ui->sectionTable->selectRow(int(m_sections.size()) - 1);
    markEdited(Sections);
}

void PreferencesDialog::removeSection()
{
    const int row = m_ui->sectionTable->currentRow();
    if (row < 0 || row >= m_sections.size())
        return;
    m_sections.removeAt(row);
    fillSections();
    if (!m_sections.isEmpty())
        m_ui->sectionTable->selectRow(std::min(row, int(m_sections.size()) - 1));
    markEdited(Sections);
}

void PreferencesDialog::moveSection(int delta)
{
    const int row = m_ui->sectionTable->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_sections.size())
        return;
    m_sections.swapItemsAt(row, to);
    fillSections();
    m_ui->sectionTable->selectRow(to);
    markEdited(Sections);
}

void PreferencesDialog::updateTitlePreview()
{
    if (!m_snapshot.nextNumber || !m_snapshot.nextDate.isValid()) {
        m_ui->titlePreview->clear();
        return;
    }
    m_ui->titlePreview->setText(
        tr("Next issue: %1")
            .arg(formatTitle(m_ui->titlePatternEdit->text(), *m_snapshot.nextNumber,
                             m_snapshot.nextDate, m_ui->nameEdit->text().trimmed())));
}

void PreferencesDialog::updateEmailFields()
{
    const QString preset = m_ui->presetCombo->currentData().toString();
    const bool custom = preset == customPreset();
    m_ui->unsubscribeEdit->setReadOnly(!custom);
    m_ui->viewOnlineEdit->setReadOnly(!custom);
    if (!custom && !m_filling) {
        if (const auto tags = EmailSettings::mergeTagPreset(preset)) {
            m_ui->unsubscribeEdit->setText(tags->unsubscribe);
            m_ui->viewOnlineEdit->setText(tags->viewOnline);
        }
    }
}

void PreferencesDialog::showStatus(const QString &text, bool error)
{
    showStatusLine(m_ui->statusLabel, text, error);
}

} // namespace galley::gui
