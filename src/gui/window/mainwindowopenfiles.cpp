// Files handed to the window from outside (`galley FILE.md`, a file manager's "Open with"): each
// becomes a new draft in the store, and the last one is opened.
#include "window/mainwindow.h"

#include "drafts/storeclient.h"
#include "issuedocument.h"
#include "window/messagebar.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct Imported
{
    QList<qint64> ids;
    QStringList errors; // one line per file that could not be imported
};
} // namespace

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QFileInfo(path).absoluteFilePath();
    // Reading and decoding grows with the file, so it happens on the store's thread, in order
    // after the store was opened.
    m_client->run(
        this,
        [absolute](Store &store) {
            Imported result;
            for (const QString &path : absolute) {
                auto doc = readIssueFile(path);
                if (!doc) {
                    result.errors << doc.error().toString();
                    continue;
                }
                auto id = store.createIssue(doc->toMarkdown());
                if (id) {
                    result.ids << *id;
                } else {
                    Error error = id.error();
                    if (error.file.isEmpty())
                        error.file = path;
                    result.errors << error.toString();
                }
            }
            return result;
        },
        [this](const Imported &result) {
            if (!result.ids.isEmpty()) {
                m_client->post([client = m_client] { client->listIssues(); });
                openIssue(result.ids.last());
            }
            if (!result.errors.isEmpty()) {
                m_messageBar->showMessage(
                    tr("Galley could not open this: %1").arg(result.errors.join(u"; "_s)),
                    MessageBar::Level::Error);
            }
            emit filesOpened(int(result.ids.size()), int(result.errors.size()));
        });
}

} // namespace galley::gui
