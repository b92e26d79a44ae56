#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>

class QAction;

namespace galley::gui {

// Every QAction of the window, created in one place with the platform's standard shortcuts, so
// menus, toolbars and tests all find the same action by its id (ghostwriter's AppActions).
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    enum Id {
        // File
        NewIssue, // the next issue of the archive (number, date, skeleton, sponsor)
        NewDraft, // a blank draft
        DuplicateDraft,
        Import,
        Export,
        PublishArchive, // the sent issues as a static website (publish/)
        CopyEmailHtml,
        CopyPlainText,
        Preferences,
        Quit,
        // Edit
        Undo,
        Redo,
        Cut,
        Copy,
        Paste,
        SelectAll,
        Find,
        FindNext,
        FindPrevious,
        Replace,
        NextMisspelling, // selects the next word the spell checker does not know
        // Insert
        InsertLink,
        InsertHeading,
        InsertBold,
        InsertItalic,
        InsertCode,
        InsertList,
        InsertQuote,
        InsertRule,
        InsertSponsorTop,
        InsertSponsorClosing,
        InsertSection,
        AddLink, // URL + commentary into a section, formatted with the item template
        CommandPalette,
        // View
        ToggleDrafts,
        ToggleOutline,
        TogglePreview,
        ScrollSync,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        FullScreen,
        PreviewDesktop,
        PreviewPhone,
        PreviewDark,
        PreviewPlainText,
        CheckSpelling, // underline unknown words in the editor (on by default)
        // Issue
        CheckIssue,
        CheckLinks, // the Check panel's link check, in the background
        ShowInbox,
        LinkHistory, // "did I already link this?" for the URL at the cursor or in the clipboard
        Sponsors,
        Templates,
        History,
        SendTestEmail, // the issue as a test email to the Preferences' test recipients
        MarkDraft,
        MarkScheduled,
        MarkSent,
        MoveToTrash,
        ShowTrash,
        EmptyTrash, // asks first: deletes everything in the trash for good
        // Help
        About,
        IdCount
    };
    Q_ENUM(Id)

    explicit ActionRegistry(QObject *parent = nullptr);

    QAction *action(Id id) const { return m_actions.value(id); }
    QList<QAction *> all() const { return m_actions.values(); }

private:
    QAction *add(Id id, const QString &text, const QList<QKeySequence> &shortcuts = {},
                 const QString &objectName = {});
    QHash<Id, QAction *> m_actions;
};

} // namespace galley::gui
