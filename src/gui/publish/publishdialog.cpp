#include "publish/publishdialog.h"

#include "publish/sitesettings.h"
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
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
// The worker's side: its own store connection, the base URL kept, then the site.
Result<PublishReport> publishOnWorker(const QString &storePath, const QString &folder,
                                      const QString &baseUrl, bool force,
                                      std::function<void(int, int)> progress)
{
    Store store;
    if (const Status opened = store.open(storePath); !opened)
        return opened.error();
    auto settings = loadSiteSettings(store);
    if (!settings)
        return settings.error();
    if (settings->baseUrl != baseUrl) {
        settings->baseUrl = baseUrl;
        if (const Status saved = saveSiteSettings(store, *settings); !saved)
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
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrl->setPlaceholderText(u"https://news.example.com/"_s);
    m_force = new QCheckBox(tr("Publish into a folder that holds other files"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(QString(), m_force);
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
    // The base URL kept from the last publish, read off the GUI thread.
    connect(&m_loader, &QFutureWatcherBase::finished, this, [this] {
        if (m_baseUrl->text().isEmpty())
            m_baseUrl->setText(m_loader.result());
    });
    m_loader.setFuture(QtConcurrent::run([path = storePath] {
        Store store;
        if (!store.open(path))
            return QString();
        const auto settings = loadSiteSettings(store);
        return settings ? settings->baseUrl : QString();
    }));
}

PublishDialog::~PublishDialog()
{
    // The worker reports to this dialog: it ends first.
    m_loader.waitForFinished();
    m_watcher.waitForFinished();
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
    const QString baseUrl = m_baseUrl->text().trimmed();
    if (folder.isEmpty()) {
        m_status->setText(tr("Choose the folder to publish into."));
        return;
    }
    if (const QString problem = baseUrlProblem(baseUrl); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
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
    m_watcher.setFuture(QtConcurrent::run(publishOnWorker, m_storePath, folder, baseUrl,
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
    m_baseUrl->setEnabled(!busy);
    m_force->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
}

void PublishDialog::reject()
{
    if (!m_watcher.isRunning()) // a publish under way ends before the dialog closes
        QDialog::reject();
}

} // namespace galley::gui
