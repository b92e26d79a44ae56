#pragma once

class QMainWindow;
class QTabWidget;

namespace galley::gui {

class ActionRegistry;
class DraftSession;
class MarkdownEditor;
class MessageBar;
class PreviewWidget;
class StoreClient;

// What the main window lends the controllers of the other rooms (issue/, export/, settings/):
// the parts they work with. They take this, never MainWindow, so the arrows run one way: the
// window includes the rooms, the rooms include this header. What goes back up is a signal the
// window connects (IssueCommands::openIssueRequested) or a call the window makes on them
// (ExportController::onStoreReady).
struct WindowParts
{
    QMainWindow *window = nullptr; // the dialogs' parent; its status bar takes short notes
    ActionRegistry *actions = nullptr;
    StoreClient *storeClient = nullptr;
    DraftSession *session = nullptr;
    MarkdownEditor *editor = nullptr;
    MessageBar *messageBar = nullptr;
    PreviewWidget *preview = nullptr;
    QTabWidget *sidePanel = nullptr; // Drafts | Outline | Check | Inbox

    // StoreClient::issueCreated answers with this tag are opened by the window.
    static constexpr int OpenAfterCreateTag = 1;
};

} // namespace galley::gui
