#pragma once

#include "drafts/draftsession.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>

class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace galley::gui {

class ActionRegistry;
class ChangeWatcher;
class DraftsPanel;
class FindReplaceBar;
class HistoryDialog;
class MarkdownEditor;
class MessageBar;
class OutlinePanel;
class PreviewWidget;
class StoreClient;
struct StartupState;

// The editor window: drafts and outline | Markdown editor | email preview. It wires the parts
// together; the parts do the work (DraftSession keeps words safe, StoreClient talks to the store
// on its own thread, PreviewWidget renders off the GUI thread).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `storePath` empty: the default store (Store::defaultPath()).
    explicit MainWindow(const QString &storePath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    MarkdownEditor *editor() const { return m_editor; }
    DraftSession *session() const { return m_session; }
    DraftsPanel *draftsPanel() const { return m_drafts; }
    OutlinePanel *outline() const { return m_outline; }
    FindReplaceBar *findBar() const { return m_findBar; }
    MessageBar *messageBar() const { return m_messageBar; }
    PreviewWidget *preview() const { return m_preview; }
    ActionRegistry *actions() const { return m_actions; }
    StoreClient *storeClient() const { return m_client; }
    QLabel *saveIndicator() const { return m_saveLabel; }
    QLabel *wordCountLabel() const { return m_wordsLabel; }
    bool isStoreOpen() const { return m_storeOpen; }
    HistoryDialog *showHistory();
    // Saves the open draft, then shows issue `id` (the drafts panel, Link History, New Issue).
    void openIssue(qint64 id);
    // issueCreated answers with this tag open the new issue.
    static constexpr int OpenAfterCreateTag = 1;
    // Imports each Markdown file as a new draft (read and stored off the GUI thread) and opens the
    // last one; a file that cannot be read is named in the message bar. `galley FILE.md` and the
    // file manager's "Open with" use this (mainwindowopenfiles.cpp).
    void openFiles(const QStringList &paths);
    // Answers each openFiles() call once its files are in the store (or were refused).
    Q_SIGNAL void filesOpened(int imported, int failed);

signals:
    // The store is open and the first draft is in the editor (or the store failed: see the bar).
    void storeReady(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void connectActions();
    void connectStore();
    void restoreWindowState();
    void saveWindowState();
    void onOpened(const StartupState &state);
    void onSessionState(DraftSession::State state);
    void updateWordCount();
    void saveEditorState();
    void newDraft();
    void duplicateDraft();
    void trashDraft();
    void confirmEmptyTrash();
    void setStatus(IssueStatus status);
    void importFile();

    QString m_storePath;
    ActionRegistry *m_actions = nullptr;
    QThread m_storeThread;
    StoreClient *m_client = nullptr;
    DraftSession *m_session = nullptr;
    ChangeWatcher *m_changes = nullptr;

    QSplitter *m_splitter = nullptr;
    QTabWidget *m_side = nullptr;
    DraftsPanel *m_drafts = nullptr;
    OutlinePanel *m_outline = nullptr;
    MarkdownEditor *m_editor = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    MessageBar *m_messageBar = nullptr;
    PreviewWidget *m_preview = nullptr;
    QLabel *m_saveLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QTimer *m_wordTimer = nullptr;
    QPointer<HistoryDialog> m_history;

    bool m_storeOpen = false;
    bool m_closeRequested = false;
    bool m_discardConfirmed = false;
    bool m_openFirstOtherAfterList = false;
    qint64 m_trashedId = 0;
    int m_zoom = 0;
};

} // namespace galley::gui
