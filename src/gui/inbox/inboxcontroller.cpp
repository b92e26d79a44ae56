#include "inbox/inboxcontroller.h"

#include "drafts/draftsession.h"
#include "drafts/storeclient.h"
#include "editor/markdowneditor.h"
#include "inbox/inboxpanel.h"
#include "inbox/titlefetcher.h"
#include "issue/issuecommands.h"
#include "issue/newslettercontext.h"
#include "issuestructure.h"
#include "store/urlnormalizer.h"
#include "window/actionregistry.h"

#include <QAction>
#include <QListWidget>
#include <QMainWindow>
#include <QSet>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct Loaded
{
    std::optional<Error> error;
    QList<InboxRow> rows;
};

// Runs on the store's thread: the new items, each with the earlier issues that featured its
// link (the open draft left out) and whether the open draft has it.
Loaded loadRows(Store &store, const QString &draftText, qint64 draftId)
{
    Loaded out;
    auto items = store.inboxItems();
    if (!items) {
        out.error = items.error();
        return out;
    }
    QSet<QString> inDraft;
    if (!draftText.isEmpty()) {
        const auto split = splitDocument(draftText);
        for (const IssueLink &l : analyseIssue(split ? split->body : draftText).links)
            inDraft.insert(normalizeUrl(l.url));
    }
    for (const InboxItem &item : std::as_const(*items)) {
        InboxRow row;
        row.item = item;
        row.inDraft = inDraft.contains(item.normalized);
        if (auto uses = store.linkUses(item.url)) {
            QSet<qint64> seen;
            for (const LinkUse &u : std::as_const(*uses)) {
                if (u.issueId == draftId || seen.contains(u.issueId))
                    continue;
                seen.insert(u.issueId);
                if (u.number)
                    row.featuredIn << *u.number;
                else
                    ++row.featuredUnnumbered;
            }
        }
        out.rows << row;
    }
    return out;
}
} // namespace

InboxController::InboxController(const WindowParts &parts, IssueCommands *issueCommands)
    : QObject(parts.window)
    , m_parts(parts)
    , m_issueCommands(issueCommands)
    , m_panel(new InboxPanel)
    , m_draftTimer(new QTimer(this))
    , m_fetchedTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    setObjectName(u"inboxController"_s);
    if (QTabWidget *side = parts.sidePanel)
        side->addTab(m_panel, tr("Inbox"));
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftRecheckMs);
    connect(m_draftTimer, &QTimer::timeout, this, &InboxController::reload);
    // The "in this draft" marks follow the draft: another draft opened, or links typed.
    connect(parts.session, &DraftSession::issueChanged, this, &InboxController::reload);
    connect(parts.editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_storeReady && m_panel->isVisible())
            m_draftTimer->start();
    });
    connect(parts.storeClient, &StoreClient::changedElsewhere, this, &InboxController::reload);
    connect(m_panel, &InboxPanel::captureRequested, this, &InboxController::capture);
    connect(m_panel, &InboxPanel::dismissRequested, this, &InboxController::dismiss);
    connect(m_panel, &InboxPanel::undoDismissRequested, this, &InboxController::undoDismiss);
    connect(m_panel, &InboxPanel::addToIssueRequested, this, &InboxController::addToIssue);
    connect(m_panel, &InboxPanel::refetchRequested, this, &InboxController::refetch);
    connect(issueCommands, &IssueCommands::linksAdded, this, &InboxController::onLinksAdded);
    connect(parts.actions->action(ActionRegistry::ShowInbox), &QAction::triggered, this,
            &InboxController::show);
    m_fetchedTimer->setSingleShot(true);
    m_fetchedTimer->setInterval(250);
    connect(m_fetchedTimer, &QTimer::timeout, this, &InboxController::reload);
    if (qEnvironmentVariable("GALLEY_INBOX_TITLES") != u"0") {
        m_fetcher = new TitleFetcher(this);
        connect(m_fetcher, &TitleFetcher::fetched, this, &InboxController::onFetched);
        m_retryTimer->setInterval(TitleRetryMs);
        connect(m_retryTimer, &QTimer::timeout, this, &InboxController::retryFailedTitles);
        m_retryTimer->start();
    }
}

void InboxController::setTitleRetryInterval(int ms)
{
    m_retryTimer->setInterval(ms);
    if (m_fetcher)
        m_retryTimer->start();
}

void InboxController::retryFailedTitles()
{
    // Offline an hour ago is not offline now: the items that failed are asked once more (a
    // page that is missing for good costs one request per interval).
    for (const InboxRow &row : m_panel->rows()) {
        if (!row.item.fetchError.isEmpty() && !m_fetcher->isFetching(row.item.id))
            m_fetchRequested.remove(row.item.id);
    }
    fetchTitles(m_panel->rows());
}

void InboxController::fetchTitles(const QList<InboxRow> &rows)
{
    if (!m_fetcher)
        return;
    for (const InboxRow &row : rows) {
        // Once per item and run of the window; one that failed is tried again next time.
        const InboxItem &i = row.item;
        if ((i.fetched && i.fetchError.isEmpty()) || !i.title.isEmpty()
            || m_fetchRequested.contains(i.id))
            continue;
        m_fetchRequested.insert(i.id);
        m_fetcher->fetch(i.id, QUrl(i.url));
    }
}

void InboxController::refetch(const QList<qint64> &ids)
{
    if (!m_fetcher)
        return;
    for (const InboxRow &row : m_panel->rows()) {
        if (ids.contains(row.item.id)) {
            m_fetchRequested.insert(row.item.id);
            m_fetcher->fetch(row.item.id, QUrl(row.item.url));
        }
    }
}

void InboxController::onFetched(qint64 id, const QString &title, const QString &description,
                                const QString &error)
{
    m_parts.storeClient->run(
        this,
        [id, title, description, error](Store &store) {
            return store.setInboxFetched(id, title, description, error);
        },
        [this](const Status &) { m_fetchedTimer->start(); });
}

void InboxController::show()
{
    if (QTabWidget *side = m_parts.sidePanel) {
        m_parts.actions->action(ActionRegistry::ToggleDrafts)->setChecked(true);
        side->show();
        side->setCurrentWidget(m_panel);
    }
    m_panel->list()->setFocus();
}

void InboxController::onStoreReady(bool ok)
{
    m_storeReady = ok;
    if (ok)
        reload();
}

void InboxController::reload()
{
    if (!m_storeReady)
        return;
    const int generation = ++m_generation;
    m_parts.storeClient->run(
        this,
        [text = m_parts.editor->toPlainText(), id = m_parts.session->issueId()](Store &store) {
            return loadRows(store, text, id);
        },
        [this, generation](const Loaded &loaded) {
            if (generation != m_generation)
                return; // a newer read is on its way
            if (loaded.error) {
                m_panel->showStatus(loaded.error->toString());
                return;
            }
            m_panel->setRows(loaded.rows);
            fetchTitles(loaded.rows);
            m_newCount = int(loaded.rows.size());
            updateTabTitle();
            emit reloaded();
        });
}

void InboxController::updateTabTitle()
{
    QTabWidget *side = m_parts.sidePanel;
    if (!side)
        return;
    const int index = side->indexOf(m_panel);
    side->setTabText(index, m_newCount > 0 ? tr("Inbox (%1)").arg(m_newCount) : tr("Inbox"));
}

void InboxController::capture(const QList<InboxCapture> &captures)
{
    m_parts.storeClient->run(
        this, [captures](Store &store) { return store.addToInbox(captures); },
        [this](const Result<QList<InboxAddOutcome>> &outcomes) {
            if (!outcomes) {
                m_panel->showStatus(outcomes.error().toString());
                return;
            }
            int added = 0;
            int merged = 0;
            for (const InboxAddOutcome &o : *outcomes)
                (o.merged ? merged : added)++;
            QString status = tr("Added %n link(s) to the inbox.", nullptr, added);
            if (merged > 0)
                status += u' ' + tr("%n link(s) were in the inbox already.", nullptr, merged);
            m_panel->showStatus(status);
            reload();
        });
}

void InboxController::setState(const QList<qint64> &ids, InboxState state, qint64 issueId)
{
    m_parts.storeClient->run(
        this,
        [ids, state, issueId](Store &store) { return store.setInboxState(ids, state, issueId); },
        [this](const Status &done) {
            if (!done)
                m_panel->showStatus(done.error().toString());
            reload();
        });
}

void InboxController::dismiss(const QList<qint64> &ids)
{
    m_lastDismissed = ids;
    m_panel->offerUndo(int(ids.size()));
    setState(ids, InboxState::Dismissed);
}

void InboxController::undoDismiss()
{
    if (m_lastDismissed.isEmpty())
        return;
    setState(m_lastDismissed, InboxState::New);
    m_lastDismissed.clear();
    m_panel->hideUndo();
}

void InboxController::addToIssue(const QList<qint64> &ids)
{
    QList<IssueCommands::LinkPrefill> items;
    for (const InboxRow &row : m_panel->rows()) {
        if (!ids.contains(row.item.id))
            continue;
        IssueCommands::LinkPrefill item;
        item.urls << row.item.url;
        // The note is the start of the commentary; without one, the page's title is.
        item.commentary = row.item.note.isEmpty() ? row.item.title : row.item.note;
        item.section = row.item.section;
        items << item;
    }
    if (items.isEmpty())
        return;
    // One link: Add Link, to write its commentary. Several: an item each, into one section.
    if (items.size() == 1)
        m_issueCommands->addLink(items.first());
    else
        m_issueCommands->addItems(items);
}

void InboxController::onLinksAdded(const QStringList &urls, qint64 issueId)
{
    QSet<QString> keys;
    for (const QString &url : urls)
        keys.insert(normalizeUrl(url));
    QList<qint64> used;
    for (const InboxRow &row : m_panel->rows()) {
        if (keys.contains(row.item.normalized))
            used << row.item.id;
    }
    if (used.isEmpty())
        return;
    setState(used, InboxState::Used, issueId);
    m_panel->showStatus(tr("%n link(s) added to the issue.", nullptr, int(used.size())));
}

} // namespace galley::gui
