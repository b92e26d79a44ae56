#pragma once

#include "store/store.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace galley::gui {

class StoreClient;

// The open draft's revisions, newest first, each with a line diff against the text in the
// editor; Restore makes the chosen revision the draft's text again (itself a new revision, so
// restoring can be undone the same way). Non-modal: the person can keep writing.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(StoreClient *client, qint64 issueId, QWidget *parent = nullptr);

    // The text the diffs compare against (the editor's, which may be ahead of the store).
    void setCurrentText(const QString &text) { m_currentText = text; }
    int revisionCount() const;
    void selectRevision(int row);
    // Once the revisions are listed, selects the newest text kept from a conflict ("changed
    // elsewhere, kept") so that its diff is on screen: what the conflict message's Show History
    // opens.
    void selectNewestConflict() { m_selectConflict = true; }
    QString diffHtml() const;
    qint64 selectedRevisionId() const;
    // The test emails sent of this draft, newest first, as listed under the revisions.
    QStringList testSendLines() const;

signals:
    void restoreRequested(qint64 revisionId);
    // The diff for the selected revision is on screen.
    void diffShown();
    void testSendsListed();

private:
    void onRevisionsListed(qint64 issueId, const QList<RevisionInfo> &revisions);
    void onRevisionLoaded(qint64 revisionId, const QString &document);

    StoreClient *m_client;
    qint64 m_issueId;
    QString m_currentText;
    QList<RevisionInfo> m_revisions;
    bool m_selectConflict = false;
    QListWidget *m_list;
    QListWidget *m_testSends;
    QTextBrowser *m_diff;
    QLabel *m_summary;
    QPushButton *m_restore;
    QFutureWatcher<QString> m_diffWatcher;
};

} // namespace galley::gui
