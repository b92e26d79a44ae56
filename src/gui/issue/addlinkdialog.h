#pragma once

#include "issue/newslettercontext.h"
#include "issueblocks.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QTimer;

namespace Ui {
class AddLinkDialog;
}

namespace galley::gui {

class StoreClient;

// "Add link": URL(s), commentary and the target section. While the URLs are typed it asks the
// store (on the worker thread, after a pause) whether each was featured before and says where
// and when; a URL already in this issue is refused. OK builds the item with the core's addLink
// on the worker thread and, when that succeeds, closes with the edit to apply to the editor.
class AddLinkDialog : public QDialog
{
    Q_OBJECT
public:
    AddLinkDialog(StoreClient *client, QWidget *parent = nullptr);
    ~AddLinkDialog() override;

    static constexpr int LookupDelayMs = 350;

    // The editor's whole text, the draft's id (left out of "featured before") and how items are
    // written.
    void setDocument(const QString &text, qint64 issueId);
    void setBlocks(const IssueBlocks &blocks, const QString &sponsorLabelPrefix);
    void setSections(const QStringList &sections, const QString &current = {});
    void setUrls(const QString &urls);
    void setCommentary(const QString &commentary);
    // The URLs as typed, one per line.
    QStringList urls() const;

    QString historyText() const;
    QString errorText() const;

    // After accept(): what to apply to the editor's text and the line to move the cursor to.
    TextEdit edit() const { return m_edit; }
    int itemLine() const { return m_itemLine; }

signals:
    // The featured-before lookup for the current URLs has been shown (tests wait for it).
    void lookupShown();
    // OK was refused; errorText() says why (tests wait for it).
    void addRefused();

private:
    void scheduleLookup();
    void lookup();
    void tryAdd();
    void setBusy(bool busy);

    std::unique_ptr<Ui::AddLinkDialog> m_ui;
    StoreClient *m_client;
    QTimer *m_lookupTimer;
    QString m_text;
    qint64 m_issueId = 0;
    std::optional<IssueBlocks> m_blocks;
    QString m_sponsorLabelPrefix;
    int m_lookupGeneration = 0;
    TextEdit m_edit;
    int m_itemLine = 0;
};

} // namespace galley::gui
