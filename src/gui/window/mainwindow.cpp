#include "window/mainwindow.h"

#include "drafts/changewatcher.h"
#include "drafts/draftspanel.h"
#include "drafts/historydialog.h"
#include "drafts/offlinestatus.h"
#include "drafts/presencelabel.h"
#include "drafts/saveindicator.h"
#include "drafts/storeclient.h"
#include "editor/findreplacebar.h"
#include "editor/markdowneditor.h"
#include "editor/outlinepanel.h"
#include "editor/spellingcontroller.h"
#include "export/exportcontroller.h"
#include "export/testsendcontroller.h"
#include "inbox/inboxcontroller.h"
#include "issue/issuecommands.h"
#include "issuedocument.h"
#include "nextissueplanner.h"
#include "preview/previewwidget.h"
#include "publish/publishcontroller.h"
#include "settings/settingscontroller.h"
#include "window/actionregistry.h"
#include "window/menus.h"
#include "window/messagebar.h"
#include "window/windowparts.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace galley::gui {

MainWindow::MainWindow(const QString &storePath, QWidget *parent)
    : QMainWindow(parent)
    , m_storePath(storePath.isEmpty() ? Store::defaultPath() : storePath)
    , m_actions(new ActionRegistry(this))
    , m_client(new StoreClient)
{
    setObjectName(u"mainWindow"_s);
    m_storeThread.setObjectName(u"galley-store"_s);
    m_client->moveToThread(&m_storeThread);
    m_storeThread.start();

    buildLayout();
    m_session = new DraftSession(m_editor, m_client, this);
    m_changes = new ChangeWatcher(m_client, m_session, this);
    m_saveLabel = new SaveIndicator(m_session, m_client->offlineSaves(), this);
    statusBar()->addPermanentWidget(m_saveLabel);
    statusBar()->insertPermanentWidget(0, new PresenceLabel(m_client, m_session, this));
    buildMenus(menuBar(), *m_actions);
    connectActions();
    connectStore();
    // What the controllers of the other rooms work with: they never see MainWindow.
    const WindowParts parts {.window = this,
                             .actions = m_actions,
                             .storeClient = m_client,
                             .session = m_session,
                             .editor = m_editor,
                             .messageBar = m_messageBar,
                             .preview = m_preview,
                             .sidePanel = m_side};
    static_assert(WindowParts::OpenAfterCreateTag == OpenAfterCreateTag);
    auto *issueCommands = new IssueCommands(parts); // New Issue, Insert, Add Link, Check, palette
    connect(issueCommands, &IssueCommands::openIssueRequested, this, &MainWindow::openIssue);
    auto *inbox = new InboxController(parts, issueCommands); // the Inbox tab
    connect(this, &MainWindow::storeReady, inbox, &InboxController::onStoreReady);
    restoreWindowState();
    // Export, Copy Email HTML/Plain Text, preview modes, email settings
    auto *exporter = new ExportController(parts);
    connect(this, &MainWindow::storeReady, exporter, &ExportController::onStoreReady);
    new SettingsController(parts); // Preferences, Sponsors, Templates dialogs
    new TestSendController(parts); // Issue ▸ Send Test Email
    new SpellingController(parts); // underlines, its context menu, Next Misspelling
    new PublishController(parts, m_storePath); // File ▸ Publish Archive…
    new OfflineStatus(parts); // "Offline: 3 changes waiting" on a PostgreSQL store

    QFile sample(u":/galley/sample-issue.md"_s);
    const QString sampleText
        = sample.open(QIODevice::ReadOnly) ? QString::fromUtf8(sample.readAll()) : QString();
    m_client->post(
        [c = m_client, path = m_storePath, sampleText] { c->openStore(path, sampleText); });
}

MainWindow::~MainWindow()
{
    // Runs after every request already queued (FIFO), so the last save lands before the
    // connection closes and the thread ends.
    m_client->post([client = m_client] {
        client->close();
        QThread::currentThread()->quit();
    });
    m_storeThread.wait();
    delete m_client;
}

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    // First: the web engine starts here and its page starts loading in another process while the
    // rest of the window is built and the store opens (the preview is the slowest part of a start).
    m_preview = new PreviewWidget(m_splitter);
    m_preview->setObjectName(u"preview"_s);

    m_side = new QTabWidget(m_splitter);
    m_side->setObjectName(u"sidePanel"_s);
    m_side->setDocumentMode(true);
    m_drafts = new DraftsPanel(m_side);
    m_side->addTab(m_drafts, tr("Drafts"));

    auto *centre = new QWidget(m_splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_messageBar = new MessageBar(centre);
    m_editor = new MarkdownEditor(centre);
    m_findBar = new FindReplaceBar(m_editor, centre);
    m_findBar->hide();
    centreLayout->addWidget(m_messageBar);
    centreLayout->addWidget(m_editor, 1);
    centreLayout->addWidget(m_findBar);

    m_outline = new OutlinePanel(m_editor, m_side);
    m_side->addTab(m_outline, tr("Outline"));

    m_splitter->addWidget(m_side);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({340, 600, 600});
    setCentralWidget(m_splitter);

    m_wordsLabel = new QLabel(this);
    m_wordsLabel->setObjectName(u"wordCount"_s);
    statusBar()->addPermanentWidget(m_wordsLabel);
    m_wordTimer = new QTimer(this);
    m_wordTimer->setSingleShot(true);
    m_wordTimer->setInterval(300);
    connect(m_wordTimer, &QTimer::timeout, this, &MainWindow::updateWordCount);
    connect(m_editor->document(), &QTextDocument::contentsChanged, m_wordTimer,
            qOverload<>(&QTimer::start));

    // The preview renders off the GUI thread and coalesces, so handing it every change is cheap.
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_preview->setDocumentText(m_editor->toPlainText()); });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { m_preview->scrollToSourceLine(m_editor->cursorLine()); });
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { m_preview->scrollToSourceLine(m_editor->firstVisibleLine()); });
    connect(m_preview, &PreviewWidget::sourceLineClicked, m_editor, &MarkdownEditor::goToLine);

    resize(1400, 860);
    setWindowTitle(tr("Galley"));
}

void MainWindow::connectActions()
{
    using A = ActionRegistry;
    auto on = [this](A::Id id, auto &&slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    addActions(m_actions->all());

    on(A::NewDraft, [this] { newDraft(); });
    on(A::DuplicateDraft, [this] { duplicateDraft(); });
    on(A::Import, [this] { importFile(); });
    on(A::Quit, [this] { close(); });

    on(A::Undo, [this] { m_editor->undo(); });
    on(A::Redo, [this] { m_editor->redo(); });
    on(A::Cut, [this] { m_editor->cut(); });
    on(A::Copy, [this] { m_editor->copy(); });
    on(A::Paste, [this] { m_editor->paste(); });
    on(A::SelectAll, [this] { m_editor->selectAll(); });
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_actions->action(A::Undo),
            &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_actions->action(A::Redo),
            &QAction::setEnabled);
    on(A::Find, [this] { m_findBar->showFind(); });
    on(A::Replace, [this] { m_findBar->showReplace(); });
    on(A::FindNext, [this] { m_findBar->findNext(); });
    on(A::FindPrevious, [this] { m_findBar->findPrevious(); });

    on(A::InsertLink, [this] { m_editor->insertLink(); });
    on(A::InsertHeading, [this] { m_editor->prefixLines(u"## "_s); });
    on(A::InsertBold, [this] { m_editor->wrapSelection(u"**"_s, u"**"_s, tr("bold text")); });
    on(A::InsertItalic, [this] { m_editor->wrapSelection(u"*"_s, u"*"_s, tr("italic text")); });
    on(A::InsertCode, [this] { m_editor->wrapSelection(u"`"_s, u"`"_s, tr("code")); });
    on(A::InsertList, [this] { m_editor->prefixLines(u"- "_s); });
    on(A::InsertQuote, [this] { m_editor->prefixLines(u"> "_s); });
    on(A::InsertRule, [this] { m_editor->textCursor().insertText(u"\n\n---\n\n"_s); });

    connect(m_actions->action(A::ToggleDrafts), &QAction::toggled, m_side, &QWidget::setVisible);
    connect(m_actions->action(A::ToggleOutline), &QAction::toggled, this, [this](bool on) {
        if (on) {
            m_side->show();
            m_actions->action(A::ToggleDrafts)->setChecked(true);
            m_side->setCurrentWidget(m_outline);
            m_outline->refresh();
        } else {
            m_side->setCurrentWidget(m_drafts);
        }
    });
    m_actions->action(A::ToggleOutline)->setChecked(false);
    connect(m_side, &QTabWidget::currentChanged, this, [this](int) {
        const QSignalBlocker blocker(m_actions->action(A::ToggleOutline));
        m_actions->action(A::ToggleOutline)->setChecked(m_side->currentWidget() == m_outline);
    });
    connect(m_actions->action(A::TogglePreview), &QAction::toggled, m_preview,
            &QWidget::setVisible);
    connect(m_actions->action(A::ScrollSync), &QAction::toggled, m_preview,
            &PreviewWidget::setScrollSyncEnabled);
    on(A::ZoomIn, [this] {
        m_editor->zoomIn(1);
        ++m_zoom;
    });
    on(A::ZoomOut, [this] {
        m_editor->zoomOut(1);
        --m_zoom;
    });
    on(A::ZoomReset, [this] {
        m_editor->zoomOut(m_zoom);
        m_zoom = 0;
    });
    connect(m_actions->action(A::FullScreen), &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    on(A::History, [this] { showHistory(); });
    on(A::MarkDraft, [this] { setStatus(IssueStatus::Draft); });
    on(A::MarkScheduled, [this] { setStatus(IssueStatus::Scheduled); });
    on(A::MarkSent, [this] { setStatus(IssueStatus::Sent); });
    on(A::MoveToTrash, [this] { trashDraft(); });
    on(A::EmptyTrash, [this] { confirmEmptyTrash(); });
    on(A::ShowTrash, [this] {
        m_side->show();
        m_side->setCurrentWidget(m_drafts);
        m_drafts->showTrash();
    });
    on(A::About, [this] {
        QMessageBox::about(this, tr("About Galley"),
                           tr("<p><b>Galley</b> %1</p><p>An editor for curated weekly "
                              "newsletters: Markdown on the left, the email on the right.</p>")
                               .arg(QStringLiteral(GALLEY_VERSION)));
    });

    connect(m_drafts, &DraftsPanel::openRequested, this, &MainWindow::openIssue);
    connect(m_drafts, &DraftsPanel::newRequested, this, &MainWindow::newDraft);
    connect(m_drafts, &DraftsPanel::duplicateRequested, this, &MainWindow::duplicateDraft);
    connect(m_drafts, &DraftsPanel::deleteRequested, this, &MainWindow::trashDraft);
    connect(m_outline, &OutlinePanel::headingActivated, this,
            [this](int line) { m_preview->scrollToSourceLine(line); });
}

void MainWindow::connectStore()
{
    connect(m_client, &StoreClient::opened, this, &MainWindow::onOpened);
    connect(m_client, &StoreClient::openFailed, this, [this](const Error &error) {
        m_messageBar->showMessage(
            tr("The store %1 cannot be opened: %2").arg(m_storePath, error.message),
            MessageBar::Level::Error);
        emit storeReady(false);
    });
    connect(m_client, &StoreClient::issuesListed, this, [this](const QList<IssueSummary> &list) {
        m_drafts->setIssues(list);
        if (m_openFirstOtherAfterList) {
            m_openFirstOtherAfterList = false;
            for (const IssueSummary &s : list) {
                if (s.id != m_trashedId) {
                    openIssue(s.id);
                    return;
                }
            }
            newDraft();
        }
    });
    connect(m_client, &StoreClient::trashListed, m_drafts, &DraftsPanel::setTrash);
    connect(m_client, &StoreClient::searchFinished, m_drafts, &DraftsPanel::setSearchResults);
    connect(m_client, &StoreClient::issueCreated, this, [this](qint64 id, int tag) {
        if (tag == OpenAfterCreateTag)
            openIssue(id);
    });
    connect(m_client, &StoreClient::statusChanged, this, [this](qint64 id, qint64 version) {
        if (id == m_session->issueId())
            m_session->setVersion(version);
    });
    // An autosave can change the title: refresh that one row, read on the store's thread (the
    // archive is listed again only when the row may move).
    connect(m_client, &StoreClient::saved, this, [this](qint64 id) {
        m_client->run(
            this,
            [id](Store &s) {
                auto issue = s.issue(id);
                return issue ? std::optional<IssueSummary>(*issue) : std::nullopt;
            },
            [this](const std::optional<IssueSummary> &summary) {
                if (summary && !m_drafts->updateIssue(*summary))
                    m_client->post([client = m_client] { client->listIssues(); });
            });
    });
    connect(m_client, &StoreClient::revisionRestored, this, [this](const StoredIssue &issue) {
        // DraftSession shows the restored text; this only says so.
        if (issue.id != m_session->issueId())
            return;
        m_messageBar->showMessage(tr("The revision was restored. The text before it is kept in "
                                     "History."));
    });
    connect(m_client, &StoreClient::failed, this, [this](const Error &error) {
        m_messageBar->showMessage(error.message, MessageBar::Level::Warning);
    });
    connect(m_drafts, &DraftsPanel::searchRequested, this, [this](const QString &query, int tag) {
        m_client->post([client = m_client, query, tag] { client->search(query, tag); });
    });
    connect(m_drafts, &DraftsPanel::trashRequested, this,
            [this] { m_client->post([client = m_client] { client->listTrash(); }); });
    connect(m_drafts, &DraftsPanel::restoreRequested, this, [this](qint64 id) {
        m_client->post([client = m_client, id] { client->restoreFromTrash(id); });
    });

    connect(m_session, &DraftSession::stateChanged, this, &MainWindow::onSessionState);
    connect(m_session, &DraftSession::issueChanged, this, [this](qint64 id) {
        m_drafts->setCurrentIssue(id);
        m_preview->allowRemoteImages(false);
        m_outline->refresh();
        updateWordCount();
        saveEditorState();
        // The first thing a person does is type: at start and after a switch the keys go into
        // the text, not into the drafts list that was clicked.
        m_editor->setFocus(Qt::OtherFocusReason);
        // A draft never opened here has its caret at 0, inside the front matter, where typing
        // breaks the title: start on the body's first line instead.
        if (m_editor->textCursor().position() == 0) {
            // A new issue's intro placeholder is selected, so that typing replaces it.
            const QString text = m_editor->toPlainText();
            const qsizetype body = bodyStartPosition(text);
            const qsizetype intro = text.indexOf(NextIssuePlanner::introPlaceholder(), body);
            QTextCursor start(m_editor->document());
            start.setPosition(int(intro >= 0 ? intro : body));
            if (intro >= 0)
                start.setPosition(int(intro + NextIssuePlanner::introPlaceholder().size()),
                                  QTextCursor::KeepAnchor);
            m_editor->setTextCursor(start);
        }
    });
    connect(m_session, &DraftSession::conflictResolved, this, [this] {
        m_messageBar->showMessage(
            tr("This draft was also changed elsewhere (another window or program). Both versions "
               "are kept: yours is in the editor, the other one is in History."),
            MessageBar::Level::Warning, tr("Show History"));
    });
    // The only message with an action is the conflict's: History opens on the other text's diff.
    connect(m_messageBar, &MessageBar::actionTriggered, this, [this] {
        if (HistoryDialog *history = showHistory())
            history->selectNewestConflict();
    });
    connect(m_session, &DraftSession::reloadedFromElsewhere, this, [this] {
        m_outline->refresh();
        updateWordCount();
        statusBar()->showMessage(
            tr("This draft was changed in another window or program; it now shows that text."),
            8000);
    });
    connect(m_session, &DraftSession::readyToClose, this, [this] {
        if (m_closeRequested)
            close();
    });
}

void MainWindow::onOpened(const StartupState &state)
{
    m_storeOpen = true;
    m_session->setIssue(state.issue, state.cursorPosition, state.scrollLine);
    m_changes->start();
    if (state.createdSample)
        statusBar()->showMessage(tr("Welcome! This sample issue shows how Galley works."), 10000);
    emit storeReady(true);
}

void MainWindow::onSessionState(DraftSession::State state)
{
    switch (state) {
    case DraftSession::State::Saved:
        if (m_messageBar->property("storeError").toBool()) {
            m_messageBar->setProperty("storeError", false);
            m_messageBar->showMessage(tr("Saving works again; everything is saved."));
        }
        saveEditorState();
        break;
    case DraftSession::State::NoDraft:
    case DraftSession::State::Unsaved:
    case DraftSession::State::Saving:
        break; // SaveIndicator says so
    case DraftSession::State::Failing:
        if (m_closeRequested)
            QTimer::singleShot(0, this, &QWidget::close);
        m_messageBar->setProperty("storeError", true);
        m_messageBar->showMessage(
            tr("Your changes cannot be saved: %1 Your text stays here and Galley tries again "
               "every %n seconds.",
               nullptr, DraftSession::RetryDelayMs / 1000)
                .arg(m_session->lastError().message),
            MessageBar::Level::Error);
        break;
    }
}

void MainWindow::updateWordCount()
{
    constexpr int WordsPerMinute = 230;
    const int words = m_editor->wordCount();
    const int minutes = qMax(1, int(std::ceil(double(words) / WordsPerMinute)));
    m_wordsLabel->setText(tr("%n words", nullptr, words) + u" · "_s
                          + tr("%n min read", nullptr, minutes));
}

void MainWindow::saveEditorState()
{
    const qint64 id = m_session->issueId();
    if (id == 0)
        return;
    const int cursor = m_editor->textCursor().position();
    // Not the scroll bar: right after a draft is shown its range may not reach the line yet.
    const int scroll = m_session->firstVisibleLine();
    m_client->post(
        [client = m_client, id, cursor, scroll] { client->saveEditorState(id, cursor, scroll); });
}

} // namespace galley::gui
