#include "publish/publishdialog.h"

#include "store/store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
// The worker's side: its own store connection, the base URL kept, then the site.
Result<PublishReport> publishOnWorker(const QString &storePath, const QString &folder,
                                      const SiteSettings &wanted, bool force,
                                      std::function<void(int, int)> progress)
{
    Store store;
    if (const Status opened = store.open(storePath); !opened)
        return opened.error();
    auto settings = loadSiteSettings(store);
    if (!settings)
        return settings.error();
    if (*settings != wanted) {
        if (const Status saved = saveSiteSettings(store, wanted); !saved)
            return saved.error();
    }
    PublishOptions options;
    options.force = force;
    options.progress = std::move(progress);
    return SitePublisher(store).publish(folder, options);
}
} // namespace

PublishDialog::PublishDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_fields(this)
{
    setWindowTitle(tr("Publish Archive"));
    auto *intro = new QLabel(tr("Every sent issue as a static website with an Atom feed. Only "
                                "pages that changed are written; it works from the folder and "
                                "from any web server."),
                             this);
    intro->setWordWrap(true);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"folderEdit"_s);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &PublishDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton);
    m_fields.baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_force = new QCheckBox(tr("Publish into a folder that holds other files"), this);
    m_fields.viewOnline->setText(
        tr("The email's \"View online\" link opens the issue's page here"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Base URL:"), m_fields.baseUrl);
    form->addRow(QString(), m_force);
    form->addRow(tr("Site &title:"), m_fields.title);
    form->addRow(tr("&Description:"), m_fields.description);
    form->addRow(tr("Issues per &page:"), m_fields.perPage);
    form->addRow(tr("Page &address:"), m_fields.slug);
    form->addRow(QString(), m_fields.viewOnline);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishDialog::startPublishing);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PublishDialog::onFinished);
    // The settings kept from the last publish, read off the GUI thread.
    connect(&m_loader, &QFutureWatcherBase::finished, this,
            [this] { showSettings(m_loader.result()); });
    m_loader.setFuture(QtConcurrent::run([path = storePath] {
        Store store;
        if (!store.open(path))
            return SiteSettings();
        const auto settings = loadSiteSettings(store);
        return settings ? *settings : SiteSettings();
    }));
}

PublishDialog::~PublishDialog()
{
    // The worker reports to this dialog: it ends first.
    m_loader.waitForFinished();
    m_watcher.waitForFinished();
}

void PublishDialog::showSettings(const SiteSettings &settings)
{
    // What was typed before the store answered stays; a publish under way has its settings.
    if (isPublishing())
        return;
    const auto fill = [](QLineEdit *edit, const QString &text) {
        if (edit->text().isEmpty())
            edit->setText(text);
    };
    fill(m_fields.baseUrl, settings.baseUrl);
    fill(m_fields.title, settings.title);
    fill(m_fields.description, settings.description);
    fill(m_fields.slug, settings.slugPattern);
    m_fields.perPage->setValue(settings.issuesPerPage);
    m_fields.viewOnline->setChecked(settings.viewOnlineLinksToSite);
}

SiteSettings PublishDialog::siteSettings() const
{
    return m_fields.settings();
}

void PublishDialog::browse()
{
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Publish Into"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

void PublishDialog::startPublishing()
{
    if (m_watcher.isRunning())
        return;
    const QString folder = m_folder->text().trimmed();
    const SiteSettings wanted = siteSettings();
    if (folder.isEmpty()) {
        m_status->setText(tr("Choose the folder to publish into."));
        return;
    }
    if (const QString problem = baseUrlProblem(wanted.baseUrl); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    if (!wanted.slugPattern.isEmpty()) {
        if (const QString problem = slugPatternProblem(wanted.slugPattern); !problem.isEmpty()) {
            m_status->setText(problem);
            return;
        }
    }
    setBusy(true);
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_status->setText(tr("Publishing…"));
    QPointer<PublishDialog> self(this);
    auto progress = [self](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    self->onProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(publishOnWorker, m_storePath, folder, wanted,
                                          m_force->isChecked(), progress));
}

void PublishDialog::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_status->setText(tr("Rendering issues: %1 of %2").arg(done).arg(total));
}

void PublishDialog::onFinished()
{
    setBusy(false);
    const Result<PublishReport> report = m_watcher.result();
    m_progress->setRange(0, 1);
    m_progress->setValue(report ? 1 : 0);
    if (!report) {
        m_status->setText(report.error().toString());
        emit finished(false);
        return;
    }
    m_status->setText(tr("Published %n issue(s): ", nullptr, report->issues)
                      + tr("%n file(s) written, ", nullptr, int(report->written.size()))
                      + tr("%n removed.", nullptr, int(report->removed.size())));
    emit finished(true);
}

void PublishDialog::setBusy(bool busy)
{
    m_publish->setEnabled(!busy);
    m_folder->setEnabled(!busy);
    m_force->setEnabled(!busy);
    for (QWidget *field : m_fields.widgets())
        field->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
}

void PublishDialog::reject()
{
    if (!m_watcher.isRunning()) // a publish under way ends before the dialog closes
        QDialog::reject();
}

} // namespace galley::gui
