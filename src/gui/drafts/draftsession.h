#pragma once

#include "result.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QPlainTextEdit;

namespace galley::gui {

class StoreClient;

// The open draft and the promise that no word is lost: autosaves about a second after typing
// pauses, one save in flight at a time, saves before switching drafts and before closing, keeps
// both versions on a conflict and retries while the store cannot be written. The text itself
// only lives in the editor's document, so undo/redo spans autosaves.
class DraftSession : public QObject
{
    Q_OBJECT
public:
    enum class State { NoDraft, Saved, Unsaved, Saving, Failing };
    Q_ENUM(State)

    DraftSession(QPlainTextEdit *editor, StoreClient *client, QObject *parent = nullptr);

    static constexpr int AutosaveDelayMs = 1000;
    static constexpr int RetryDelayMs = 5000;

    qint64 issueId() const { return m_id; }
    qint64 version() const { return m_version; }
    State state() const;
    // Why the last save failed (meaningful in State::Failing).
    Error lastError() const { return m_lastError; }
    bool hasUnsavedChanges() const { return m_generation != m_savedGeneration; }

    // Shows a stored issue in the editor (without marking it unsaved), with the caret at
    // `cursorPosition` and `scrollLine` the first visible line.
    void setIssue(const StoredIssue &issue, int cursorPosition = 0, int scrollLine = 0);
    // Saves the current draft first, then loads `id`. False (nothing happens) while the store
    // cannot be written: switching would leave the unsaved text nowhere.
    bool switchTo(qint64 id);
    void saveNow();
    // True when nothing is pending; otherwise starts saving and emits readyToClose() once the
    // last save has landed (or saveFailed stays: then the caller asks the person).
    bool prepareToClose();
    // The version changed without our text changing (status change).
    void setVersion(qint64 version) { m_version = version; }
    // Restores a revision of the open draft once everything typed before it has been saved, over
    // exactly that save. The editor takes no keystrokes until the restored text is shown: they
    // would vanish under it, or a save of them would put the old text back on top. False
    // (nothing happens) while the store cannot be written.
    bool restoreRevision(qint64 revisionId);
    bool isRestoring() const { return m_pendingRestore != 0 || m_restoring; }
    // The first visible line as the person will see it: the one still waiting for the scroll
    // range to reach it, else the scroll bar's. What is remembered for the draft.
    int firstVisibleLine() const;
    // Another window or program changed the store: if the open draft changed there and has
    // nothing unsaved here, it is shown as it now is (emits reloadedFromElsewhere()). With
    // unsaved text here nothing changes: the next save keeps both texts.
    void refreshFromElsewhere();

signals:
    void stateChanged(galley::gui::DraftSession::State state);
    void issueChanged(qint64 id);
    void readyToClose();
    // A save found the draft changed elsewhere; both versions were kept.
    void conflictResolved();
    // The open draft was replaced by its newer text from elsewhere (refreshFromElsewhere()).
    void reloadedFromElsewhere();

private:
    void onContentsChanged();
    void onSaved(qint64 id, qint64 version, int tag, bool conflict);
    void onSaveFailed(qint64 id, int tag, const Error &error);
    void onIssueLoaded(const StoredIssue &issue, int cursorPosition, int scrollLine);
    void onRevisionRestored(const StoredIssue &issue);
    void onRestoreFailed(qint64 id);
    void onChangedElsewhere(const StoredIssue &issue);
    void applyPendingScroll();
    // setIssue() without telling anyone that the open draft is another one.
    void showIssue(const StoredIssue &issue, int cursorPosition, int scrollLine);
    bool isIdle() const;
    void finishIfIdle();

    QPlainTextEdit *m_editor;
    StoreClient *m_client;
    QTimer m_autosave;
    QTimer m_retry;
    qint64 m_id = 0;
    qint64 m_version = 0;
    quint64 m_generation = 0;
    quint64 m_savedGeneration = 0;
    quint64 m_inFlightGeneration = 0;
    bool m_inFlight = false;
    bool m_failing = false;
    bool m_loading = false;
    bool m_closing = false;
    qint64 m_pendingSwitch = 0;
    qint64 m_pendingRestore = 0; // a revision to restore once the last save has landed
    bool m_restoring = false; // asked the store; the editor is read-only until it answers
    int m_tag = 0;
    Error m_lastError;
    static constexpr int PendingScrollMs = 2000;
    int m_pendingScroll = -1; // first visible line to show once the scroll range reaches it
    QElapsedTimer m_pendingScrollUntil;
};

} // namespace galley::gui
