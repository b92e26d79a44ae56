#include "drafts/historydialog.h"

#include "drafts/linediff.h"
#include "drafts/storeclient.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
QString reasonText(RevisionReason reason)
{
    switch (reason) {
    case RevisionReason::Autosave:
        return HistoryDialog::tr("autosave");
    case RevisionReason::Manual:
        return HistoryDialog::tr("saved");
    case RevisionReason::Import:
        return HistoryDialog::tr("imported");
    case RevisionReason::Restore:
        return HistoryDialog::tr("restored");
    case RevisionReason::Conflict:
        return HistoryDialog::tr("changed elsewhere, kept");
    }
    return {};
}
} // namespace

HistoryDialog::HistoryDialog(StoreClient *client, qint64 issueId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_issueId(issueId)
    , m_list(new QListWidget(this))
    , m_testSends(new QListWidget(this))
    , m_diff(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore This Revision"), this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("History"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_list->setObjectName(u"revisionList"_s);
    m_diff->setObjectName(u"revisionDiff"_s);
    m_restore->setEnabled(false);
    m_summary->setText(tr("Loading revisions…"));

    auto *splitter = new QSplitter(this);
    // The revisions, and under them the test emails sent (Issue ▸ Send Test Email).
    auto *left = new QSplitter(Qt::Vertical, splitter);
    left->addWidget(m_list);
    auto *sends = new QWidget(left);
    auto *sendsLayout = new QVBoxLayout(sends);
    sendsLayout->setContentsMargins(0, 0, 0, 0);
    sendsLayout->addWidget(new QLabel(tr("Test emails sent:"), sends));
    sendsLayout->addWidget(m_testSends, 1);
    m_testSends->setObjectName(u"testSendList"_s);
    left->setStretchFactor(0, 3);
    splitter->addWidget(left);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(
        tr("Lines marked + are in the editor but not in this revision; − the other way round."),
        right));
    rightLayout->addWidget(m_diff, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRevisionId()) {
            emit restoreRequested(id);
            accept();
        }
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_restore->setEnabled(row >= 0);
        if (row < 0 || row >= m_revisions.size())
            return;
        const qint64 revisionId = m_revisions.at(row).id;
        m_client->post([client = m_client, revisionId] { client->loadRevision(revisionId); });
    });
    connect(client, &StoreClient::revisionsListed, this, &HistoryDialog::onRevisionsListed);
    connect(client, &StoreClient::revisionLoaded, this, &HistoryDialog::onRevisionLoaded);
    connect(&m_diffWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_diff->setHtml(m_diffWatcher.result());
        emit diffShown();
    });
    m_client->post([client = m_client, issueId] { client->listRevisions(issueId); });
    m_client->run(
        this, [issueId](Store &store) { return store.testSends(issueId); },
        [this](const Result<QList<TestSendRecord>> &sent) {
            m_testSends->clear();
            const QLocale locale;
            for (const TestSendRecord &r : sent ? *sent : QList<TestSendRecord>())
                m_testSends->addItem(
                    tr("%1 — \"%2\" to %3 through %4")
                        .arg(locale.toString(r.time.toLocalTime(), QLocale::ShortFormat), r.subject,
                             r.recipients.join(u", "_s), r.server));
            if (sent && sent->isEmpty())
                m_testSends->addItem(tr("None yet: Issue ▸ Send Test Email sends one."));
            emit testSendsListed();
        });
}

QStringList HistoryDialog::testSendLines() const
{
    QStringList lines;
    for (int row = 0; row < m_testSends->count(); ++row)
        lines << m_testSends->item(row)->text();
    return lines;
}

int HistoryDialog::revisionCount() const
{
    return int(m_revisions.size());
}

void HistoryDialog::selectRevision(int row)
{
    m_list->setCurrentRow(row);
}

QString HistoryDialog::diffHtml() const
{
    return m_diff->toHtml();
}

qint64 HistoryDialog::selectedRevisionId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_revisions.size() ? m_revisions.at(row).id : 0;
}

void HistoryDialog::onRevisionsListed(qint64 issueId, const QList<RevisionInfo> &revisions)
{
    if (issueId != m_issueId)
        return;
    m_revisions = revisions;
    m_list->clear();
    const QLocale locale;
    for (const RevisionInfo &r : revisions)
        m_list->addItem(tr("%1 — %2, %3 bytes")
                            .arg(locale.toString(r.time.toLocalTime(), QLocale::ShortFormat),
                                 reasonText(r.reason), locale.toString(r.size)));
    m_summary->setText(tr("%n revisions of this draft.", nullptr, int(revisions.size())));
    if (m_selectConflict) {
        m_selectConflict = false;
        for (int row = 0; row < revisions.size(); ++row) {
            if (revisions.at(row).reason == RevisionReason::Conflict) {
                m_list->setCurrentRow(row);
                break;
            }
        }
    }
}

void HistoryDialog::onRevisionLoaded(qint64 revisionId, const QString &document)
{
    if (revisionId != selectedRevisionId())
        return;
    // A diff of a long issue takes a moment; the window stays responsive meanwhile.
    const QString current = m_currentText;
    m_diffWatcher.setFuture(
        QtConcurrent::run([document, current] { return diffToHtml(lineDiff(document, current)); }));
}

} // namespace galley::gui
