// The draft commands of the window (File and Issue menus): they ask the store client and let
// its answers (wired in MainWindow::connectStore) update the window.
#include "window/mainwindow.h"

#include "drafts/historydialog.h"
#include "drafts/storeclient.h"
#include "editor/markdowneditor.h"
#include "window/messagebar.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace galley::gui {

void MainWindow::openIssue(qint64 id)
{
    if (id == m_session->issueId())
        return;
    saveEditorState();
    if (!m_session->switchTo(id))
        m_messageBar->showMessage(tr("This draft cannot be saved right now, so Galley stays on "
                                     "it until saving works again."),
                                  MessageBar::Level::Error);
}

void MainWindow::newDraft()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString document = u"---\ntitle: \""_s + tr("New issue") + u"\"\ndate: "_s + today
        + u"\n---\n\n"_s + tr("A few words to open the issue.") + u"\n"_s;
    m_client->post(
        [client = m_client, document] { client->createIssue(document, OpenAfterCreateTag); });
}

void MainWindow::duplicateDraft()
{
    const qint64 id = m_session->issueId();
    if (id == 0)
        return;
    m_session->saveNow();
    // Queued after the save, so the copy has the latest words.
    m_client->post([client = m_client, id] { client->duplicateIssue(id, OpenAfterCreateTag); });
}

void MainWindow::trashDraft()
{
    const qint64 id = m_session->issueId();
    if (id == 0)
        return;
    m_session->saveNow();
    m_trashedId = id;
    m_openFirstOtherAfterList = true;
    m_client->post([client = m_client, id] { client->moveToTrash(id); });
    statusBar()->showMessage(tr("Moved to the trash. Restore it from View ▸ Trash in the drafts "
                                "panel."),
                             8000);
}

// Deleting for good cannot be undone, so the window asks first (window-modal and asynchronous,
// like the Export dialog's question, so the window stays responsive).
void MainWindow::confirmEmptyTrash()
{
    auto *confirm = new QMessageBox(
        QMessageBox::Warning, tr("Empty Trash?"),
        tr("Delete every issue in the trash for good, with its history? This cannot be undone."),
        QMessageBox::NoButton, this);
    confirm->setObjectName(u"emptyTrashConfirmation"_s);
    confirm->addButton(tr("&Empty Trash"), QMessageBox::DestructiveRole);
    confirm->setDefaultButton(confirm->addButton(QMessageBox::Cancel));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm] {
        if (confirm->buttonRole(confirm->clickedButton()) != QMessageBox::DestructiveRole)
            return;
        m_client->post([client = m_client] { client->emptyTrash(); });
    });
    confirm->open();
}

void MainWindow::setStatus(IssueStatus status)
{
    const qint64 id = m_session->issueId();
    if (id == 0)
        return;
    m_session->saveNow();
    m_client->post([client = m_client, id, status] { client->setStatus(id, status); });
}

void MainWindow::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open or Import an Issue"), {},
                                                      tr("Markdown (*.md *.markdown *.txt)"));
    // Read on the store's thread like any file handed to the window: reading grows with the
    // file, and the message for a file that cannot be read is the same.
    if (!path.isEmpty())
        openFiles({path});
}

HistoryDialog *MainWindow::showHistory()
{
    const qint64 id = m_session->issueId();
    if (id == 0)
        return nullptr;
    if (m_history)
        m_history->close();
    m_session->saveNow();
    m_history = new HistoryDialog(m_client, id, this);
    m_history->setCurrentText(m_editor->toPlainText());
    connect(m_history, &HistoryDialog::restoreRequested, this, [this, id](qint64 revisionId) {
        if (m_session->issueId() != id || !m_session->restoreRevision(revisionId))
            m_messageBar->showMessage(tr("The revision was not restored: the draft cannot be "
                                         "saved right now. Try again once it is saved."),
                                      MessageBar::Level::Warning);
    });
    m_history->show();
    return m_history;
}

} // namespace galley::gui
