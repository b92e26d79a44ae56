#include "settings/templatesdialog.h"

#include "drafts/storeclient.h"
#include "settings/settingssaver.h"
#include "settings/settingssnapshot.h"
#include "templateengine.h"
#include "titlepattern.h"
#include "ui_templatesdialog.h"

#include <QColor>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
constexpr int NameRole = Qt::UserRole;

QString templateTitle(const QString &name)
{
    if (name == u"skeleton")
        return TemplatesDialog::tr("Issue skeleton");
    if (name == u"sponsor-top")
        return TemplatesDialog::tr("Sponsor block (top)");
    if (name == u"sponsor-closing")
        return TemplatesDialog::tr("Sponsor block (closing repeat)");
    if (name == u"section")
        return TemplatesDialog::tr("Section");
    if (name == u"item")
        return TemplatesDialog::tr("Item");
    if (name == u"link")
        return TemplatesDialog::tr("Link line of an item");
    return name;
}

QString templateHelp(const QString &name)
{
    if (name == u"skeleton")
        return TemplatesDialog::tr("The body of a new issue: {{intro}}, {{sponsor_top}}, "
                                   "{{sections}} and {{sponsor_closing}} are the other blocks.");
    if (name == u"sponsor-top")
        return TemplatesDialog::tr("The sponsor block at the top of an issue, with its heading.");
    if (name == u"sponsor-closing")
        return TemplatesDialog::tr("The sponsor's copy repeated at the end of the last section.");
    if (name == u"section")
        return TemplatesDialog::tr("One section of a new issue; {{items}} is empty there.");
    if (name == u"item")
        return TemplatesDialog::tr("One link item, as Add Link writes it: {{commentary}} and "
                                   "{{urls}}.");
    return TemplatesDialog::tr("One link line of an item, for each URL: {{url}}.");
}
} // namespace

TemplatesDialog::TemplatesDialog(StoreClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplatesDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_saver = new SettingsSaver(this, client, m_ui->buttonBox->button(QDialogButtonBox::Save),
                                m_ui->statusLabel);
    connect(m_saver, &SettingsSaver::saved, this, &TemplatesDialog::saved);
    connect(m_saver, &SettingsSaver::failed, this, &TemplatesDialog::saveFailed);
    setObjectName(u"templatesDialog"_s);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->templateEdit->setFont(mono);
    m_ui->previewEdit->setFont(mono);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setStretchFactor(2, 2);
    for (const QString &name : TemplateSet::names()) {
        auto *item = new QListWidgetItem(templateTitle(name), m_ui->templateList);
        item->setData(NameRole, name);
    }
    for (const TemplateEngine::Placeholder &p : TemplateEngine::knownPlaceholders()) {
        auto *item = new QListWidgetItem(u"{{"_s + p.name + u"}}"_s, m_ui->placeholderList);
        item->setToolTip(p.description);
        item->setData(NameRole, p.name);
    }
    m_ui->errorLabel->setStyleSheet(u"color: #b00020;"_s);

    connect(m_ui->templateList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (item)
                    showTemplate(item->data(NameRole).toString());
            });
    connect(m_ui->placeholderList, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) {
                m_ui->templateEdit->insertPlainText(item->text());
                m_ui->templateEdit->setFocus();
            });
    connect(m_ui->templateEdit, &QPlainTextEdit::textChanged, this,
            &TemplatesDialog::onTextChanged);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &TemplatesDialog::resetCurrent);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Template Set"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                + u"/galley-templates.json"_s,
            tr("Galley template sets (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import Template Set"), QString(),
                                           tr("Galley template sets (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TemplatesDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->splitter->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    showStatus(tr("Reading the templates…"), false);
    m_client->run(
        this, [](Store &store) { return loadSettingsSnapshot(store); },
        [this](const SettingsSnapshot &snapshot) {
            if (!snapshot.error.isEmpty()) {
                showStatus(tr("Could not read the templates: %1").arg(snapshot.error), true);
                return;
            }
            // The preview uses the newsletter's own next issue and sponsor where it has them.
            const EffectiveProfile &profile = snapshot.effective;
            TemplateSamples samples = TemplateSamples::example(profile.language);
            samples.sponsorLabel = profile.sponsorLabel;
            if (!profile.sections.value.isEmpty())
                samples.sections = profile.sections.value;
            if (snapshot.nextNumber && snapshot.nextDate.isValid()) {
                samples.number = *snapshot.nextNumber;
                samples.date = snapshot.nextDate;
                samples.newsletter = profile.name.value;
                samples.title = formatTitle(profile.titlePattern.value, samples.number,
                                            samples.date, profile.name.value, profile.language);
            }
            if (!snapshot.sponsors.sponsors.isEmpty())
                samples.sponsor = snapshot.sponsors.sponsors.first();
            m_saver->setBasis(snapshot.basis);
            populate(snapshot.templates, samples);
        });
}

TemplatesDialog::~TemplatesDialog() = default;

QString TemplatesDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

QString TemplatesDialog::previewText() const
{
    return m_ui->previewEdit->toPlainText();
}

QString TemplatesDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void TemplatesDialog::populate(const TemplateSet &set, const TemplateSamples &samples)
{
    m_set = set;
    m_samples = samples;
    m_ui->splitter->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(true);
    showStatus(QString(), false);
    m_loaded = true;
    selectTemplate(m_current.isEmpty() ? TemplateSet::names().constFirst() : m_current);
    showTemplate(m_current.isEmpty() ? TemplateSet::names().constFirst() : m_current);
    emit loaded();
}

void TemplatesDialog::selectTemplate(const QString &name)
{
    for (int i = 0; i < m_ui->templateList->count(); ++i) {
        if (m_ui->templateList->item(i)->data(NameRole).toString() == name)
            m_ui->templateList->setCurrentRow(i);
    }
}

void TemplatesDialog::showTemplate(const QString &name)
{
    m_current = name;
    m_ui->templateHelp->setText(templateHelp(name));
    m_filling = true;
    m_ui->templateEdit->setPlainText(m_set.byName(name));
    m_filling = false;
    refresh();
}

void TemplatesDialog::onTextChanged()
{
    if (m_filling || m_current.isEmpty())
        return;
    m_set.setByName(m_current, m_ui->templateEdit->toPlainText());
    showStatus(QString(), false); // an earlier "not saved" or import message no longer applies
    refresh();
}

void TemplatesDialog::refresh()
{
    // Templates are a few lines each: expanding them all per keystroke costs microseconds.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_ui->templateList->count(); ++i) {
        QListWidgetItem *item = m_ui->templateList->item(i);
        const Status valid
            = TemplateEngine::validate(m_set.byName(item->data(NameRole).toString()));
        item->setIcon(valid ? QIcon() : warning);
    }

    const QString text = m_set.byName(m_current);
    const Status valid = TemplateEngine::validate(text, templateTitle(m_current));
    QList<QTextEdit::ExtraSelection> marks;
    if (!valid) {
        const TextPosition at = firstTemplateError(text);
        m_ui->errorLabel->setText(at.column > 0 ? tr("Line %1, column %2: %3")
                                                      .arg(at.line)
                                                      .arg(at.column)
                                                      .arg(valid.error().message)
                                                : valid.error().toString());
        const QTextBlock block = m_ui->templateEdit->document()->findBlockByLineNumber(
            std::max(0, (at.line > 0 ? at.line : valid.error().line) - 1));
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                 std::max(0, at.column - 1));
        mark.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor,
                                 std::max(1, at.length));
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xb0, 0x00, 0x20));
        mark.format.setBackground(QColor(0xff, 0xe4, 0xe4));
        marks << mark;
    } else {
        m_ui->errorLabel->clear();
    }
    m_ui->errorLabel->setVisible(!valid);
    m_ui->templateEdit->setExtraSelections(marks);

    const auto expanded = expandWithSamples(m_set, m_current, m_samples);
    if (expanded) {
        m_ui->previewEdit->setPlainText(*expanded);
        m_ui->previewEdit->setEnabled(true);
    } else {
        m_ui->previewEdit->setPlainText(
            tr("No preview until this is fixed:\n%1").arg(expanded.error().toString()));
        m_ui->previewEdit->setEnabled(false);
    }
}

void TemplatesDialog::resetCurrent()
{
    if (m_current.isEmpty())
        return;
    // Through the cursor rather than setPlainText, so Undo brings the edited text back.
    QTextCursor cursor(m_ui->templateEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(TemplateSet::defaults().byName(m_current));
}

bool TemplatesDialog::exportTo(const QString &path)
{
    if (const Status valid = m_set.validate(); !valid) {
        showStatus(tr("Fix the templates before exporting them: %1").arg(valid.error().toString()),
                   true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_set.toJson()) < 0 || !file.commit()) {
        showStatus(tr("Could not write %1: %2. Choose another folder or free some space.")
                       .arg(path, file.errorString()),
                   true);
        return false;
    }
    showStatus(tr("Exported the template set to %1.").arg(path), false);
    return true;
}

bool TemplatesDialog::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Could not read %1: %2. Nothing was changed.").arg(path, file.errorString()),
                   true);
        return false;
    }
    const auto set = TemplateSet::fromJson(file.readAll(), path);
    if (!set) {
        showStatus(tr("Could not import %1. Nothing was changed.").arg(set.error().toString()),
                   true);
        return false;
    }
    m_set = *set;
    showTemplate(m_current);
    showStatus(tr("Imported the template set from %1. Save to keep it.").arg(path), false);
    return true;
}

void TemplatesDialog::save()
{
    if (!m_loaded || m_saver->isSaving())
        return;
    for (const QString &name : TemplateSet::names()) {
        const Status valid = TemplateEngine::validate(m_set.byName(name), templateTitle(name));
        if (!valid) {
            selectTemplate(name);
            m_saver->refuse(tr("Nothing was saved: %1").arg(valid.error().toString()));
            return;
        }
    }
    m_saver->save(std::nullopt, std::nullopt, m_set);
}

void TemplatesDialog::showStatus(const QString &text, bool error)
{
    showStatusLine(m_ui->statusLabel, text, error);
}

} // namespace galley::gui
