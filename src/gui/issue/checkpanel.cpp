#include "issue/checkpanel.h"

#include "drafts/draftsession.h"
#include "drafts/storeclient.h"
#include "editor/markdowneditor.h"
#include "issuedocument.h"
#include "storepreflight.h"

#include <QColor>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct CheckOutcome
{
    QList<Problem> problems;
    QString failure; // the check could not run
};

CheckOutcome check(Store &store, const QString &text, qint64 issueId)
{
    CheckOutcome out;
    const auto doc = IssueDocument::fromText(text);
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
    layout->addWidget(m_list, 1);

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
    m_client->run(
        this,
        [text = m_editor->toPlainText(), id = m_session->issueId()](Store &store) {
            return check(store, text, id);
        },
        [this, generation](const CheckOutcome &out) {
            if (generation == m_generation)
                display(out.problems, out.failure);
        });
}

QString CheckPanel::summary() const
{
    return m_summary->text();
}

void CheckPanel::display(const QList<Problem> &problems, const QString &failure)
{
    m_problems = problems;
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
