#pragma once

#include "store/store.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace galley::gui {

class StoreClient;

// Issue ▸ Link History: "did I already link this?" in one keystroke. A small popup under the
// cursor listing the issues that featured the link (number, title, date, sponsor flag), or saying
// it was never featured; Enter (or a double click) opens that issue, Esc closes.
class LinkHistoryPopup : public QFrame
{
    Q_OBJECT
public:
    explicit LinkHistoryPopup(QWidget *parent = nullptr);

    // The link the person means: the selection when it holds one, else the link under the
    // cursor, else the clipboard's. Empty when there is none.
    static QString urlToLookUp(const QPlainTextEdit *editor);

    // Asks the store (worker thread) and pops up at `globalPos` with the answer. `selfId`, the
    // draft being edited, is not an earlier issue and is left out.
    void lookUp(StoreClient *client, const QString &url, qint64 selfId, const QPoint &globalPos);
    void setUses(const QString &url, const QList<LinkUse> &uses);

    QString url() const { return m_url; }
    QString heading() const;
    QListWidget *list() const { return m_list; }

signals:
    void openRequested(qint64 issueId);
    // The answer is shown.
    void shown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openCurrent();
    void fitToRows();

    QLabel *m_heading;
    QListWidget *m_list;
    QString m_url;
    int m_generation = 0;
};

} // namespace galley::gui
