#pragma once

#include "preflight.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTimer;

namespace galley::gui {

class DraftSession;
class LinkCheckController;
class MarkdownEditor;
class StoreClient;

// Issue ▸ Check: the preflight problems of the draft in the editor, each with its line; a click
// (or Enter) moves the editor's cursor there. The check runs on the store's worker thread against
// the archive, and runs again a moment after typing pauses while the panel is shown. Check Links
// (Shift+F7) adds the links' problems in the background, with a progress bar and Cancel; a link
// that has moved for good is replaced by its final URL in one click (one undo step).
class CheckPanel : public QWidget
{
    Q_OBJECT
public:
    CheckPanel(MarkdownEditor *editor, StoreClient *client, DraftSession *session,
               QWidget *parent = nullptr);

    static constexpr int RecheckDelayMs = 800;

    void runNow();
    QList<Problem> problems() const { return m_problems; }
    QListWidget *list() const { return m_list; }
    QString summary() const;
    // Moves the editor to the problem in row `row`.
    void activate(int row);

    // Checks the draft's links (Issue ▸ Check Links); their problems join the list.
    void checkLinks();
    LinkCheckController *linkChecker() const { return m_links; }
    QProgressBar *linkProgress() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *replaceButton() const { return m_replace; }
    // Replaces the moved link of row `row` by its final URL; false when the text has changed.
    bool replaceWithFinalUrl(int row);

signals:
    // A check's result is shown.
    void checked();
    // A link check has ended (done or cancelled) and its problems are shown.
    void linksChecked();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const QList<Problem> &problems, const QString &failure);
    void redisplay();
    void onItemActivated(QListWidgetItem *item);
    void onLinksChecked(const QList<Problem> &problems, bool cancelled);

    MarkdownEditor *m_editor;
    StoreClient *m_client;
    DraftSession *m_session;
    QLabel *m_summary;
    QListWidget *m_list;
    QTimer *m_timer;
    LinkCheckController *m_links;
    QWidget *m_linkBar;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_replace;
    QList<Problem> m_problems; // as listed: the preflight's and the links', by line
    QList<Problem> m_preflight;
    QList<Problem> m_linkProblems;
    QString m_failure;
    QString m_linkNote; // "Link check cancelled", shown under the summary
    int m_generation = 0;
};

} // namespace galley::gui
