#pragma once

#include "inbox/inboxrow.h"
#include "window/windowparts.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace galley::gui {

class InboxPanel;
class IssueCommands;
class TitleFetcher;

// The Inbox tab's store side: puts the panel beside Drafts, Outline and Check with the count of
// new links in its title, reads the items with what the archive and the open draft know of
// each link (on the store's thread), stores what the panel captures, dismisses and brings back,
// and sends items into the issue through Add Link (IssueCommands), marking them used once the
// dialog has added them.
class InboxController : public QObject
{
    Q_OBJECT
public:
    InboxController(const WindowParts &parts, IssueCommands *issueCommands);

    InboxPanel *panel() const { return m_panel; }
    // Reads the new items' page titles in the background; off when the environment variable
    // GALLEY_INBOX_TITLES is 0 (tests that must not reach for the network).
    TitleFetcher *titleFetcher() const { return m_fetcher; }
    int newCount() const { return m_newCount; }
    // Reads the inbox again (the window calls it when the store is open; changes made
    // elsewhere, such as `galley inbox add`, also do).
    void reload();
    void onStoreReady(bool ok);
    // Issue ▸ Link Inbox: the tab, with the keyboard in its list.
    void show();

    // How long typing in the draft waits before the "in this draft" marks are read again.
    static constexpr int DraftRecheckMs = 1000;
    // Pages whose title could not be read (offline, a server error) are asked again this often
    // while the window is open; tests shorten it.
    static constexpr int TitleRetryMs = 15 * 60 * 1000;
    void setTitleRetryInterval(int ms);

signals:
    // The rows shown have been read again (tests wait for it).
    void reloaded();

private:
    void capture(const QList<InboxCapture> &captures);
    void setState(const QList<qint64> &ids, InboxState state, qint64 issueId = 0);
    void dismiss(const QList<qint64> &ids);
    void undoDismiss();
    void addToIssue(const QList<qint64> &ids);
    void onLinksAdded(const QStringList &urls, qint64 issueId);
    void updateTabTitle();
    void fetchTitles(const QList<InboxRow> &rows);
    void refetch(const QList<qint64> &ids);
    void retryFailedTitles();
    void onFetched(qint64 id, const QString &title, const QString &description,
                   const QString &error);

    WindowParts m_parts;
    IssueCommands *m_issueCommands;
    InboxPanel *m_panel;
    QTimer *m_draftTimer;
    QTimer *m_fetchedTimer; // one reload for a burst of titles
    QTimer *m_retryTimer; // failed titles asked again
    TitleFetcher *m_fetcher = nullptr;
    QSet<qint64> m_fetchRequested;
    bool m_storeReady = false;
    int m_newCount = 0;
    int m_generation = 0;
    QList<qint64> m_lastDismissed;
};

} // namespace galley::gui
