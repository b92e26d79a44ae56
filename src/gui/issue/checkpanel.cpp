#include "issue/checkpanel.h"

#include "drafts/draftsession.h"
#include "drafts/storeclient.h"
#include "editor/markdowneditor.h"
#include "issue/linkcheckcontroller.h"
#include "issuedocument.h"
#include "spelling/issuespelling.h"
#include "storepreflight.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct CheckOutcome
{
    QList<Problem> problems;
    QString failure; // the check could not run
    // The last link check's answers placed on the links' current lines (no request made).
    std::optional<QList<Problem>> linkProblems;
};

CheckOutcome check(Store &store, const QString &text, qint64 issueId,
                   const std::optional<QHash<QString, LinkCheck>> &linkChecks)
{
    CheckOutcome out;
    const auto doc = IssueDocument::fromText(text);
    if (doc && linkChecks)
        out.linkProblems = linkProblems(documentLinks(*doc), *linkChecks);
    if (!doc) {
        // Front matter that cannot be read is itself the problem to fix, on its line.
        out.problems << Problem {doc.error().line, Severity::Error, u"front-matter"_s,
                                 doc.error().message};
        return out;
    }
    // The store's facts only: this runs after every pause in typing, on the thread that also
    // saves (issue 15, finding 6).
    const auto pc = preflightContextFromStore(store, *doc, issueId);
    if (!pc) {
        out.failure = pc.error().toString();
        return out;
    }
    out.problems = runPreflight(*doc, *pc);
    // Unknown words as notes, each a click from its line (issue 19); without a dictionary none
    // (the editor's spelling notice says why).
    out.problems << spellingNotesFor(&store, *doc, nullptr);
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return out;
}
} // namespace

CheckPanel::CheckPanel(MarkdownEditor *editor, StoreClient *client, DraftSession *session,
                       QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_client(client)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_timer(new QTimer(this))
    , m_links(new LinkCheckController(client, this))
    , m_linkBar(new QWidget(this))
    , m_progress(new QProgressBar(m_linkBar))
    , m_cancel(new QPushButton(tr("Cancel"), m_linkBar))
    , m_replace(new QPushButton(tr("Replace with Final URL"), this))
{
    setObjectName(u"checkPanel"_s);
    m_list->setObjectName(u"checkList"_s);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_summary->setObjectName(u"checkSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(6, 6, 6, 6);
    // A wrapped label asks for its height for the panel's width; without this it is squeezed
    // to one line and the summary is cut off.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    m_list->setResizeMode(QListView::Adjust); // re-wrap the messages when the panel is resized
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_linkBar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_replace);

    m_progress->setObjectName(u"linkProgress"_s);
    m_progress->setFormat(tr("Checking links: %v of %m"));
    m_cancel->setObjectName(u"cancelLinkCheck"_s);
    auto *bar = new QHBoxLayout(m_linkBar);
    bar->setContentsMargins(6, 0, 6, 6);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    m_linkBar->hide();
    m_replace->setObjectName(u"replaceFinalUrl"_s);
    m_replace->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, m_links, &LinkCheckController::cancel);
    connect(m_replace, &QPushButton::clicked, this,
            [this] { replaceWithFinalUrl(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_replace->setEnabled(row >= 0 && row < m_problems.size()
                              && !m_problems.at(row).replacement.isEmpty());
    });
    connect(m_links, &LinkCheckController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_links, &LinkCheckController::finished, this, &CheckPanel::onLinksChecked);

    m_timer->setSingleShot(true);
    m_timer->setInterval(RecheckDelayMs);
    connect(m_timer, &QTimer::timeout, this, &CheckPanel::runNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (isVisible())
            m_timer->start();
    });
    connect(m_list, &QListWidget::itemActivated, this, &CheckPanel::onItemActivated);
    connect(m_list, &QListWidget::itemClicked, this, &CheckPanel::onItemActivated);
}

void CheckPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start(0);
}

void CheckPanel::runNow()
{
    m_timer->stop();
    const int generation = ++m_generation;
    if (m_problems.isEmpty() && m_list->count() == 0)
        m_summary->setText(tr("Checking…"));
    // After an edit the links' lines move: the last link check's answers are placed again on the
    // lines where their links are now (a link that was removed drops out), without a request.
    std::optional<QHash<QString, LinkCheck>> linkChecks;
    if (m_links->hasResults() && !m_links->isRunning())
        linkChecks = m_links->checks();
    m_client->run(
        this,
        [text = m_editor->toPlainText(), id = m_session->issueId(), linkChecks](Store &store) {
            return check(store, text, id, linkChecks);
        },
        [this, generation](const CheckOutcome &out) {
            if (generation != m_generation)
                return;
            if (out.linkProblems && m_links->hasResults() && !m_links->isRunning())
                m_linkProblems = *out.linkProblems;
            display(out.problems, out.failure);
        });
}

QString CheckPanel::summary() const
{
    return m_summary->text();
}

void CheckPanel::checkLinks()
{
    m_linkNote.clear();
    m_progress->setRange(0, 0); // busy until the links are counted
    m_linkBar->show();
    m_links->start(m_editor->toPlainText());
}

void CheckPanel::onLinksChecked(const QList<Problem> &problems, bool cancelled)
{
    m_linkBar->hide();
    m_linkProblems = problems;
    m_linkNote = cancelled ? tr("Link check cancelled: only the links checked so far are listed.")
                           : QString();
    redisplay();
    emit linksChecked();
}

bool CheckPanel::replaceWithFinalUrl(int row)
{
    if (row < 0 || row >= m_problems.size() || m_problems.at(row).replacement.isEmpty())
        return false;
    const Problem p = m_problems.at(row);
    QTextDocument *doc = m_editor->document();
    const QTextBlock block = doc->findBlockByNumber(p.line - 1);
    QTextCursor found = doc->find(p.target, block.position(), QTextDocument::FindCaseSensitively);
    if (found.isNull() || found.blockNumber() != p.line - 1)
        return false;
    found.insertText(p.replacement); // one undo step
    m_linkProblems.removeIf([&p](const Problem &q) {
        return q.rule == p.rule && q.target == p.target && q.line == p.line;
    });
    redisplay();
    return true;
}

void CheckPanel::display(const QList<Problem> &problems, const QString &failure)
{
    m_preflight = problems;
    m_failure = failure;
    redisplay();
}

void CheckPanel::redisplay()
{
    const QList<Problem> &problems = m_problems = m_preflight + m_linkProblems;
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    const QString failure = m_failure;
    const int row = m_list->currentRow();
    m_list->clear();
    if (!failure.isEmpty()) {
        m_summary->setText(tr("The check cannot run: %1").arg(failure));
        emit checked();
        return;
    }
    int blocking = 0;
    for (const Problem &p : problems) {
        if (p.severity != Severity::Notice)
            ++blocking;
        QString kind;
        switch (p.severity) {
        case Severity::Error:
            kind = tr("Error");
            break;
        case Severity::Warning:
            kind = tr("Warning");
            break;
        case Severity::Notice:
            kind = tr("Note");
            break;
        }
        const QString where = p.line > 0 ? tr("Line %1").arg(p.line) : tr("Whole issue");
        auto *item = new QListWidgetItem(where + u" · "_s + kind + u'\n' + p.message, m_list);
        item->setData(Qt::UserRole, p.line);
        item->setToolTip(p.rule);
        if (p.severity == Severity::Error)
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    if (problems.isEmpty())
        m_summary->setText(tr("No problems found: this issue is ready to send."));
    else if (blocking == 0)
        m_summary->setText(
            tr("Ready to send; %n note(s) worth a look.", nullptr, int(problems.size())));
    else
        m_summary->setText(tr("%n problem(s) to fix before sending. Click one to go to its line.",
                              nullptr, blocking));
    if (!m_linkNote.isEmpty())
        m_summary->setText(m_summary->text() + u'\n' + m_linkNote);
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    emit checked();
}

void CheckPanel::activate(int row)
{
    if (QListWidgetItem *item = m_list->item(row))
        onItemActivated(item);
}

void CheckPanel::onItemActivated(QListWidgetItem *item)
{
    const int line = item->data(Qt::UserRole).toInt();
    if (line <= 0)
        return;
    m_editor->goToLine(line);
    m_editor->setFocus();
}

} // namespace galley::gui
