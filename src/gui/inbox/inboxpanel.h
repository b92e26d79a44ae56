#pragma once

#include "inbox/inboxrow.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMimeData;
class QPushButton;
class QSortFilterProxyModel;

namespace galley::gui {

// The Inbox tab: an "Add link…" field, a filter field, the new links (title or URL, domain,
// age, marks, note) and a line that offers to undo a dismissal. It captures what is typed, pasted
// (Ctrl+V: every link of the clipboard's text) and dropped (text/uri-list), and asks for the rest
// by signals: the controller talks to the store. Enter or a double-click asks to add the selected
// items to the issue; Delete dismisses them; Ctrl+Z (or Undo) brings the last dismissed back.
class InboxModel;

class InboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPanel(QWidget *parent = nullptr);

    void setRows(const QList<InboxRow> &rows);
    // Every new item, shown or filtered out.
    const QList<InboxRow> &rows() const;
    QListView *list() const { return m_list; }
    QLineEdit *addField() const { return m_addField; }
    // Shows only the items whose title, address, note, section or description holds the text.
    QLineEdit *filterField() const { return m_filterField; }
    // The rows shown (after the filter), in order: their text, tooltip and place.
    int rowCount() const;
    QString rowText(int row) const;
    QString rowToolTip(int row) const;
    QRect rowRect(int row) const;
    // Selects these shown rows (the first becomes the current one).
    void selectRows(const QList<int> &rows);
    QPushButton *undoButton() const { return m_undoButton; }
    // The list's context menu: Add to Issue…, Dismiss, Read Titles Again.
    QAction *refetchAction() const { return m_refetch; }
    // The last message (what was added, why nothing was); empty when none.
    QString statusText() const;
    void showStatus(const QString &text);
    void offerUndo(int dismissed);
    void hideUndo();

    // What Ctrl+V and a drop do, for the window's Edit menu and for tests.
    void pasteText(const QString &text);
    bool dropMimeData(const QMimeData *mime);
    // The selected items (in list order).
    QList<qint64> selectedIds() const;
    void activateSelected();
    void dismissSelected();

signals:
    void captureRequested(const QList<galley::InboxCapture> &captures);
    void addToIssueRequested(const QList<qint64> &ids);
    void dismissRequested(const QList<qint64> &ids);
    void undoDismissRequested();
    // Read the selected items' pages again (their titles failed, or the page has changed).
    void refetchRequested(const QList<qint64> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addTyped();
    void capture(const QStringList &urls, InboxSource source);

    QLineEdit *m_addField;
    QLineEdit *m_filterField;
    InboxModel *m_model;
    QSortFilterProxyModel *m_filter;
    QListView *m_list;
    QLabel *m_status;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undoButton;
    QAction *m_refetch;
};

} // namespace galley::gui
