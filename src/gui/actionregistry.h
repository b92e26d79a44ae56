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
        NewDraft,
        DuplicateDraft,
        Import,
        Export,
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
        // Insert
        InsertLink,
        InsertHeading,
        InsertBold,
        InsertItalic,
        InsertCode,
        InsertList,
        InsertQuote,
        InsertRule,
        // View
        ToggleDrafts,
        ToggleOutline,
        TogglePreview,
        ScrollSync,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        FullScreen,
        // Issue
        History,
        MarkDraft,
        MarkScheduled,
        MarkSent,
        MoveToTrash,
        ShowTrash,
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
