#include "drafts/draftsession.h"

#include "drafts/storeclient.h"

#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

Q_LOGGING_CATEGORY(lcDraft, "galley.gui.draft")

namespace galley::gui {

DraftSession::DraftSession(QPlainTextEdit *editor, StoreClient *client, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_client(client)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &DraftSession::saveNow);
    connect(&m_retry, &QTimer::timeout, this, &DraftSession::saveNow);
    // contentsChange, not contentsChanged: re-highlighting reports (pos, 0, 0) and is no edit.
    connect(m_editor->document(), &QTextDocument::contentsChange, this,
            [this](int, int removed, int added) {
                if (removed != 0 || added != 0)
                    onContentsChanged();
            });
    connect(m_editor->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &DraftSession::applyPendingScroll);
    connect(m_client, &StoreClient::saved, this, &DraftSession::onSaved);
    connect(m_client, &StoreClient::saveFailed, this, &DraftSession::onSaveFailed);
    connect(m_client, &StoreClient::issueLoaded, this, &DraftSession::onIssueLoaded);
    connect(m_client, &StoreClient::revisionRestored, this, &DraftSession::onRevisionRestored);
    connect(m_client, &StoreClient::revisionRestoreFailed, this, &DraftSession::onRestoreFailed);
    connect(m_client, &StoreClient::issueChangedElsewhere, this, &DraftSession::onChangedElsewhere);
}

DraftSession::State DraftSession::state() const
{
    if (m_id == 0)
        return State::NoDraft;
    if (m_failing)
        return State::Failing;
    if (m_inFlight)
        return State::Saving;
    return hasUnsavedChanges() ? State::Unsaved : State::Saved;
}

void DraftSession::setIssue(const StoredIssue &issue, int cursorPosition, int scrollLine)
{
    showIssue(issue, cursorPosition, scrollLine);
    emit issueChanged(m_id);
    emit stateChanged(state());
}

void DraftSession::showIssue(const StoredIssue &issue, int cursorPosition, int scrollLine)
{
    m_loading = true;
    m_editor->setPlainText(issue.document);
    m_loading = false;
    m_id = issue.id;
    m_version = issue.version;
    m_savedGeneration = m_generation;
    m_failing = false;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(qBound(0, cursorPosition, int(issue.document.size())));
    m_editor->setTextCursor(cursor);
    // The scroll range grows as the shown widget lays the text out, later than this: the first
    // visible line is set as soon as the range reaches it (until the person types, or a second).
    m_pendingScroll = scrollLine;
    m_pendingScrollUntil.start();
    applyPendingScroll();
}

int DraftSession::firstVisibleLine() const
{
    return m_pendingScroll >= 0 ? m_pendingScroll : m_editor->verticalScrollBar()->value();
}

void DraftSession::applyPendingScroll()
{
    if (m_pendingScroll < 0)
        return;
    QScrollBar *bar = m_editor->verticalScrollBar();
    if (m_pendingScrollUntil.hasExpired(PendingScrollMs)) {
        m_pendingScroll = -1;
        return;
    }
    if (bar->maximum() < m_pendingScroll)
        return;
    bar->setValue(m_pendingScroll);
    m_pendingScroll = -1;
}

void DraftSession::onContentsChanged()
{
    if (m_loading || m_id == 0)
        return;
    m_pendingScroll = -1; // typing shows where the caret is
    ++m_generation;
    m_autosave.start();
    emit stateChanged(state());
}

void DraftSession::saveNow()
{
    m_autosave.stop();
    if (m_id == 0 || m_inFlight || !hasUnsavedChanges())
        return;
    m_inFlight = true;
    m_inFlightGeneration = m_generation;
    const qint64 id = m_id;
    const qint64 version = m_version;
    const QString text = m_editor->toPlainText();
    const int tag = ++m_tag;
    m_client->post([client = m_client, id, text, version, tag] {
        client->saveDocument(id, text, version, tag);
    });
    emit stateChanged(state());
}

void DraftSession::onSaved(qint64 id, qint64 version, int tag, bool conflict)
{
    if (tag != m_tag || id != m_id)
        return;
    m_inFlight = false;
    m_failing = false;
    m_retry.stop();
    m_version = version;
    m_savedGeneration = m_inFlightGeneration;
    if (conflict)
        emit conflictResolved();
    emit stateChanged(state());
    if (hasUnsavedChanges() && !m_autosave.isActive())
        saveNow();
    finishIfIdle();
}

void DraftSession::onSaveFailed(qint64 id, int tag, const Error &error)
{
    if (tag != m_tag || id != m_id)
        return;
    qCWarning(lcDraft) << "save failed:" << error.toString();
    m_inFlight = false;
    m_failing = true;
    m_lastError = error;
    m_pendingSwitch = 0;
    // The text stays in the editor; try again in a while (the disk may get space, the lock may
    // go away).
    m_retry.start();
    emit stateChanged(state());
}

void DraftSession::finishIfIdle()
{
    if (m_inFlight || hasUnsavedChanges())
        return;
    if (m_pendingRestore != 0) {
        // Over the version of our last save: if another window saved since, the store refuses
        // and nothing is overwritten.
        const qint64 id = m_id, revision = m_pendingRestore, version = m_version;
        m_pendingRestore = 0;
        m_restoring = true;
        m_client->post([client = m_client, id, revision, version] {
            client->restoreRevision(id, revision, version);
        });
        return;
    }
    if (m_pendingSwitch != 0) {
        const qint64 next = m_pendingSwitch;
        m_pendingSwitch = 0;
        m_client->post([client = m_client, next] { client->loadIssue(next); });
    }
    if (m_closing) {
        m_closing = false;
        emit readyToClose();
    }
}

bool DraftSession::switchTo(qint64 id)
{
    if (m_failing)
        return false;
    if (id == m_id)
        return true;
    m_pendingSwitch = id;
    saveNow();
    finishIfIdle();
    return true;
}

void DraftSession::onIssueLoaded(const StoredIssue &issue, int cursorPosition, int scrollLine)
{
    // Typed into the old draft while this one was on its way: showing it now would drop those
    // keystrokes. Save them first; finishIfIdle() asks for this draft again once they landed.
    if (m_id != 0 && issue.id != m_id && (hasUnsavedChanges() || m_inFlight)) {
        if (m_failing)
            return; // the text stays here, the person sees the failure and stays on this draft
        m_pendingSwitch = issue.id;
        saveNow();
        finishIfIdle();
        return;
    }
    setIssue(issue, cursorPosition, scrollLine);
}

bool DraftSession::restoreRevision(qint64 revisionId)
{
    if (m_failing || m_id == 0 || isRestoring())
        return false;
    m_pendingRestore = revisionId;
    m_editor->setReadOnly(true);
    saveNow();
    finishIfIdle();
    return true;
}

void DraftSession::onRevisionRestored(const StoredIssue &issue)
{
    if (!m_restoring || issue.id != m_id)
        return;
    m_restoring = false;
    m_editor->setReadOnly(false);
    // The person stays where they were in the text.
    setIssue(issue, m_editor->textCursor().position(), m_editor->verticalScrollBar()->value());
    finishIfIdle();
}

void DraftSession::onRestoreFailed(qint64 id)
{
    if (!m_restoring || id != m_id)
        return;
    m_restoring = false;
    m_editor->setReadOnly(false);
    emit stateChanged(state());
    finishIfIdle();
}

bool DraftSession::isIdle() const
{
    return m_id != 0 && !m_inFlight && !hasUnsavedChanges() && !m_failing && !isRestoring()
        && m_pendingSwitch == 0 && !m_closing;
}

void DraftSession::refreshFromElsewhere()
{
    if (!isIdle())
        return;
    m_client->post(
        [client = m_client, id = m_id, version = m_version] { client->refreshIssue(id, version); });
}

void DraftSession::onChangedElsewhere(const StoredIssue &issue)
{
    // Checked again on arrival: the person may have typed, or switched, while it was on its way.
    if (issue.id != m_id || issue.version <= m_version || !isIdle())
        return;
    // Not a switch (no issueChanged()): the person stays where they were, focus included.
    showIssue(issue, m_editor->textCursor().position(), m_editor->verticalScrollBar()->value());
    emit stateChanged(state());
    emit reloadedFromElsewhere();
}

bool DraftSession::prepareToClose()
{
    if (!m_inFlight && !hasUnsavedChanges())
        return true;
    m_closing = true;
    saveNow();
    return false;
}

} // namespace galley::gui
