#pragma once

#include "store/store.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

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

    // Where the panel reads the current time for the Edited column ("today" shows the time, the
    // last six days the weekday); QDateTime::currentDateTime unless a test pins it.
    void setClock(std::function<QDateTime()> clock);
    // Re-evaluates the Edited column against the clock. The panel does so itself when the day
    // changes, so a draft edited before midnight shows its weekday afterwards.
    void refreshEditedDates();

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
    // Clears the list, lets addRows fill it and repaints all of it.
    void replaceRows(const std::function<void()> &addRows);
    void addRow(qint64 id, const std::optional<int> &number, const QString &title,
                const QDateTime &date, IssueStatus status, const QDateTime &updated,
                const QDateTime &now, const QString &tooltip = {});
    void setEdited(QTreeWidgetItem *item, const QDateTime &updated, const QDateTime &now);
    void watchForNewDay();
    void startSearch();

    QLineEdit *m_search;
    QComboBox *m_view;
    QTreeWidget *m_tree;
    QPushButton *m_restore;
    QTimer *m_searchTimer;
    QTimer *m_dayTimer;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTime();
    };
    QDate m_shownDay; // the day the Edited column was last evaluated for
    QList<IssueSummary> m_issues;
    qint64 m_current = 0;
    int m_searchTag = 0;
};

QString statusDisplayName(IssueStatus status);

} // namespace galley::gui
