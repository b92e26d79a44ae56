#include "menus.h"

#include "actionregistry.h"

#include <QMenu>
#include <QMenuBar>

namespace galley::gui {

void buildMenus(QMenuBar *bar, const ActionRegistry &actions)
{
    using A = ActionRegistry;
    auto fill = [&](const QString &title, std::initializer_list<int> ids) {
        QMenu *menu = bar->addMenu(title);
        for (int id : ids) {
            if (id < 0)
                menu->addSeparator();
            else
                menu->addAction(actions.action(A::Id(id)));
        }
        return menu;
    };
    fill(A::tr("&File"), {A::NewDraft, A::DuplicateDraft, -1, A::Import, A::Export, -1, A::Quit});
    fill(A::tr("&Edit"),
         {A::Undo, A::Redo, -1, A::Cut, A::Copy, A::Paste, A::SelectAll, -1, A::Find, A::FindNext,
          A::FindPrevious, A::Replace});
    fill(A::tr("&Insert"),
         {A::InsertLink, A::InsertHeading, A::InsertBold, A::InsertItalic, A::InsertCode,
          A::InsertList, A::InsertQuote, A::InsertRule});
    fill(A::tr("&View"),
         {A::ToggleDrafts, A::ToggleOutline, A::TogglePreview, A::ScrollSync, -1, A::ZoomIn,
          A::ZoomOut, A::ZoomReset, -1, A::FullScreen});
    fill(A::tr("I&ssue"),
         {A::History, -1, A::MarkDraft, A::MarkScheduled, A::MarkSent, -1, A::MoveToTrash,
          A::ShowTrash});
    fill(A::tr("&Help"), {A::About});
}

} // namespace galley::gui
