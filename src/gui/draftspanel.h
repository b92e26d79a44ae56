#pragma once

#include "store/store.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace galley::gui {

// Drafts and the archive in one list (number, title, date, status, last edited), newest first,
// filtered through the store's full-text search, plus the trash. It only shows what it is given
// and asks for things with signals: all store work happens on the StoreClient's thread.
class DraftsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DraftsPanel(QWidget *parent = nullptr);

    void setIssues(const QList<IssueSummary> &issues);
    // One issue changed (an autosave changed its title, say): updates its row in place. False
    // when the change can move it in the list (date or number changed); then list again.
    bool updateIssue(const IssueSummary &issue);
    void setTrash(const QList<IssueSummary> &issues);
    void setSearchResults(const QList<SearchHit> &hits, int tag);
    void setCurrentIssue(qint64 id);
    qint64 selectedIssueId() const;
    bool showingTrash() const;
    void showTrash();
    // Issue ids in the order shown.
    QList<qint64> shownIds() const;

    void setSearchText(const QString &text);
    static constexpr int SearchDelayMs = 250;

signals:
    void openRequested(qint64 id);
    void searchRequested(const QString &query, int tag);
    void trashRequested();
    void restoreRequested(qint64 id);
    void newRequested();
    void duplicateRequested();
    void deleteRequested();

private:
    void showList();
    void addRow(qint64 id, const std::optional<int> &number, const QString &title,
                const QDateTime &date, IssueStatus status, const QDateTime &updated,
                const QString &tooltip = {});
    void startSearch();

    QLineEdit *m_search;
    QComboBox *m_view;
    QTreeWidget *m_tree;
    QPushButton *m_restore;
    QTimer *m_searchTimer;
    QList<IssueSummary> m_issues;
    qint64 m_current = 0;
    int m_searchTag = 0;
};

QString statusDisplayName(IssueStatus status);

} // namespace galley::gui
