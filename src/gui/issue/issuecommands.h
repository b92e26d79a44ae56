#pragma once

#include "issue/newslettercontext.h"
#include "window/windowparts.h"

#include <QObject>
#include <QPointer>

class QInputDialog;

namespace galley::gui {

class AddLinkDialog;
class CheckPanel;
class CommandPalette;
class LinkHistoryPopup;

// The issue-building commands of the window: File ▸ New Issue, the Insert menu's sponsor,
// section and Add Link commands, Issue ▸ Link History and Check, and the command palette. Every
// store read and every pass over the document runs on the store's worker thread
// (StoreClient::run); the GUI thread only applies the resulting edit, as one undo step.
class IssueCommands : public QObject
{
    Q_OBJECT
public:
    explicit IssueCommands(const WindowParts &parts);

    void newIssue();
    void insertSponsor(SponsorSlot slot);
    void insertSection();
    // Add Link, its fields filled (the inbox's items): URLs, commentary, and the section when the
    // draft has it (else the one at the cursor).
    struct LinkPrefill
    {
        QStringList urls;
        QString commentary;
        QString section;
    };
    void addLink(const LinkPrefill &prefill = {});
    // Several links, each an item of its own with its commentary, into one section chosen in
    // sectionChooser() (the first item's section preselected when the issue has it).
    void addItems(const QList<LinkPrefill> &items);
    void showLinkHistory();
    void showCheck();

    CheckPanel *checkPanel() const { return m_check; }
    CommandPalette *commandPalette() const { return m_palette; }
    LinkHistoryPopup *linkHistory() const { return m_history; }
    // The dialog of the last Add Link / Insert Section command while it is open.
    AddLinkDialog *addLinkDialog() const;
    QInputDialog *sectionChooser() const;

signals:
    // For tests and the status bar: a command has finished (its edit is in the editor, its
    // dialog is up, or its message is shown).
    void addLinkDialogShown();
    void sectionChooserShown();
    void editApplied(int line);
    // Add Link put `urls` into the draft `issueId` (the inbox marks its items used).
    void linksAdded(const QStringList &urls, qint64 issueId);
    void commandFailed(const QString &message);
    // Link History asks to open the issue `id` (the window does: MainWindow::openIssue).
    void openIssueRequested(qint64 id);

private:
    // What every Insert command starts from, read on the worker thread.
    struct Prepared
    {
        std::optional<Error> error;
        NewsletterContext context;
        SplitDocument document;
        QStringList documentSections;
        QString cursorSection;
    };
    template<typename Done> void prepare(Done done);
    // Applies an edit computed for the text at `revision`; refused when the text has changed.
    bool applyEdit(const TextEdit &edit, int cursorLine, const QString &before, qint64 issueId);
    // The section chooser of Insert Section and of several inbox links (one at a time).
    QInputDialog *newSectionChooser(const QString &title, const QString &label,
                                    const QStringList &sections);
    void fail(const QString &message);
    void info(const QString &message);

    WindowParts m_parts;
    CheckPanel *m_check = nullptr;
    CommandPalette *m_palette = nullptr;
    LinkHistoryPopup *m_history = nullptr;
    QPointer<AddLinkDialog> m_addLink;
    QPointer<QInputDialog> m_sectionChooser;
};

} // namespace galley::gui
