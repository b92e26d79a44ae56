#pragma once

#include "preflight.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace galley::gui {

class DraftSession;
class MarkdownEditor;
class StoreClient;

// Issue ▸ Check: the preflight problems of the draft in the editor, each with its line; a click
// (or Enter) moves the editor's cursor there. The check runs on the store's worker thread against
// the archive, and runs again a moment after typing pauses while the panel is shown.
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

signals:
    // A check's result is shown.
    void checked();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const QList<Problem> &problems, const QString &failure);
    void onItemActivated(QListWidgetItem *item);

    MarkdownEditor *m_editor;
    StoreClient *m_client;
    DraftSession *m_session;
    QLabel *m_summary;
    QListWidget *m_list;
    QTimer *m_timer;
    QList<Problem> m_problems;
    int m_generation = 0;
};

} // namespace galley::gui
