#include "export/exportdialog.h"

#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {

const QString formatsKey = u"export/formats"_s;
const QString folderKey = u"export/folder"_s;

struct FormatChoice
{
    ExportFormat format;
    const char *name; // as `galley export --to` spells it, and as QSettings keeps it
};
constexpr FormatChoice choices[] = {
    {ExportFormat::Html, "html"},
    {ExportFormat::Markdown, "markdown"},
    {ExportFormat::Text, "text"},
    {ExportFormat::Eml, "eml"},
};

// The front matter and nothing more, so the default name does not parse a long body.
QString frontMatterOf(const QString &text)
{
    if (!text.startsWith(u"---"_s))
        return {};
    const qsizetype end = text.indexOf(u"\n---"_s, 3);
    if (end < 0)
        return {};
    return text.left(end + 4) + u'\n';
}

QList<ExportFileOutcome> renderAndWrite(const QString &text, const EmailSettings &settings,
                                        const QList<ExportFile> &files)
{
    QList<ExportFileOutcome> outcomes;
    auto doc = IssueDocument::fromText(text);
    if (!doc) {
        Error e = doc.error();
        e.message = ExportDialog::tr("The issue's front matter cannot be read (%1). Fix it in the "
                                     "editor (the preview shows where), then export again.")
                        .arg(doc.error().toString());
        for (const ExportFile &f : files)
            outcomes << ExportFileOutcome {f.path, e};
        return outcomes;
    }
    const QString folder = files.isEmpty() ? QString() : QFileInfo(files.first().path).path();
    if (!folder.isEmpty() && !QDir().mkpath(folder)) {
        const Error e {folder, 0,
                       ExportDialog::tr("The folder cannot be created. Choose a folder you can "
                                        "write to.")};
        for (const ExportFile &f : files)
            outcomes << ExportFileOutcome {f.path, e};
        return outcomes;
    }
    return writeExportFiles(*doc, settings, files);
}

} // namespace

ExportDialog::ExportDialog(const QString &documentText, const EmailSettings &settings,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_text(documentText)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_ui->baseNameEdit->setText(defaultBaseName(documentText));
    loadChoices();

    for (QCheckBox *check : formatChecks())
        connect(check, &QCheckBox::toggled, this, &ExportDialog::updatePlan);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &ExportDialog::updatePlan);
    connect(m_ui->baseNameEdit, &QLineEdit::textChanged, this, &ExportDialog::updatePlan);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::tryExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::onFinished);
    updatePlan();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::defaultBaseName(const QString &documentText)
{
    const auto doc = IssueDocument::fromText(frontMatterOf(documentText));
    return doc ? defaultExportBaseName(*doc) : u"issue"_s;
}

QList<QCheckBox *> ExportDialog::formatChecks() const
{
    return {m_ui->htmlCheck, m_ui->markdownCheck, m_ui->textCheck, m_ui->emlCheck};
}

void ExportDialog::loadChoices()
{
    QSettings settings;
    const QStringList formats
        = settings.value(formatsKey, QStringList {u"html"_s, u"text"_s}).toStringList();
    const QList<QCheckBox *> checks = formatChecks();
    for (qsizetype i = 0; i < checks.size(); ++i)
        checks.at(i)->setChecked(formats.contains(QLatin1StringView(choices[i].name)));
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::saveChoices() const
{
    QStringList formats;
    const QList<QCheckBox *> checks = formatChecks();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (checks.at(i)->isChecked())
            formats << QString::fromLatin1(choices[i].name);
    }
    QSettings settings;
    settings.setValue(formatsKey, formats);
    settings.setValue(folderKey, QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed()));
}

QList<ExportFile> ExportDialog::plannedFiles() const
{
    const QString folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    const QString base = m_ui->baseNameEdit->text().trimmed();
    QList<ExportFile> files;
    if (folder.isEmpty() || base.isEmpty())
        return files;
    const QList<QCheckBox *> checks = formatChecks();
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (checks.at(i)->isChecked())
            files << ExportFile {
                choices[i].format,
                QDir(folder).filePath(base + u'.' + exportFileSuffix(choices[i].format))};
    }
    return files;
}

void ExportDialog::updatePlan()
{
    const QList<ExportFile> files = plannedFiles();
    QStringList names;
    for (const ExportFile &f : files)
        names << QFileInfo(f.path).fileName();
    const QString base = m_ui->baseNameEdit->text().trimmed();
    const bool badName = base.contains(u'/') || base.contains(u'\\');
    if (badName)
        m_ui->filesLabel->setText(
            tr("A file name cannot contain / or \\; choose the folder above."));
    else if (names.isEmpty())
        m_ui->filesLabel->setText(tr("Choose at least one format, a folder and a file name."));
    else if (m_ui->emlCheck->isChecked() && !m_settings.senderNotice().isEmpty())
        m_ui->filesLabel->setText(tr("Writes %1").arg(names.join(u", "_s)) + u"\n"_s
                                  + m_settings.senderNotice());
    else
        m_ui->filesLabel->setText(tr("Writes %1").arg(names.join(u", "_s)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!files.isEmpty() && !badName && !isExporting());
}

void ExportDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export to Folder"), QDir::fromNativeSeparators(m_ui->folderEdit->text()));
    if (!folder.isEmpty())
        m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::tryExport()
{
    const QList<ExportFile> files = plannedFiles();
    if (files.isEmpty() || isExporting())
        return;
    m_ui->errorLabel->hide();
    const QString folder = QFileInfo(files.first().path).path();
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        showError(tr("%1 is a file, not a folder. Choose a folder to export to.")
                      .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    QStringList existing;
    for (const ExportFile &f : files) {
        if (QFileInfo::exists(f.path))
            existing << QDir::toNativeSeparators(f.path);
    }
    if (existing.isEmpty()) {
        startExport(files);
        return;
    }
    // Window-modal and asynchronous, so the dialog stays responsive (and testable).
    m_confirm = new QMessageBox(
        QMessageBox::Question, tr("Replace Files?"),
        existing.size() == 1
            ? tr("%1 already exists. Replace it?").arg(existing.first())
            : tr("These files already exist:\n%1\n\nReplace them?").arg(existing.join(u'\n')),
        QMessageBox::NoButton, this);
    m_confirm->setObjectName(u"overwriteConfirmation"_s);
    m_confirm->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    m_confirm->setDefaultButton(m_confirm->addButton(QMessageBox::Cancel));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, box = m_confirm, files] {
        const bool replace = box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
        m_confirm = nullptr;
        if (replace)
            startExport(files);
    });
    m_confirm->open();
}

void ExportDialog::startExport(const QList<ExportFile> &files)
{
    saveChoices();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->filesLabel->setText(tr("Exporting…"));
    m_watcher.setFuture(QtConcurrent::run(renderAndWrite, m_text, m_settings, files));
}

void ExportDialog::onFinished()
{
    const QList<ExportFileOutcome> outcomes = m_watcher.result();
    updatePlan();
    QStringList written;
    QStringList problems;
    for (const ExportFileOutcome &o : outcomes) {
        if (!o.error) {
            written << o.path;
            continue;
        }
        Error e = *o.error;
        if (e.file.isEmpty())
            e.file = o.path;
        e.file = QDir::toNativeSeparators(e.file);
        problems << e.toString();
    }
    if (problems.isEmpty()) {
        emit exported(written);
        accept();
        return;
    }
    QString text = tr("Not exported:") + u'\n' + problems.join(u'\n');
    if (!written.isEmpty())
        text += u"\n\n"_s + tr("Written: %1").arg(written.join(u", "_s));
    text += u"\n\n"_s
        + tr("Choose another folder or file name, or fix the problem above, and export again.");
    showError(text);
}

void ExportDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

} // namespace galley::gui
