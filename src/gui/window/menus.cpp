#include "window/menus.h"

#include "window/actionregistry.h"

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
    fill(ActionRegistry::tr("&File"),
         {A::NewIssue, A::NewDraft, A::DuplicateDraft, -1, A::Import, A::Export, A::PublishArchive,
          A::CopyEmailHtml, A::CopyPlainText, -1, A::Preferences, -1, A::Quit});
    fill(ActionRegistry::tr("&Edit"),
         {A::Undo, A::Redo, -1, A::Cut, A::Copy, A::Paste, A::SelectAll, -1, A::Find, A::FindNext,
          A::FindPrevious, A::Replace, -1, A::NextMisspelling});
    fill(ActionRegistry::tr("&Insert"),
         {A::AddLink, A::InsertSponsorTop, A::InsertSponsorClosing, A::InsertSection, -1,
          A::InsertLink, A::InsertHeading, A::InsertBold, A::InsertItalic, A::InsertCode,
          A::InsertList, A::InsertQuote, A::InsertRule, -1, A::CommandPalette});
    fill(ActionRegistry::tr("&View"),
         {A::ToggleDrafts, A::ToggleOutline, A::TogglePreview, A::ScrollSync, -1, A::ZoomIn,
          A::ZoomOut, A::ZoomReset, -1, A::PreviewDesktop, A::PreviewPhone, A::PreviewDark,
          A::PreviewPlainText, -1, A::CheckSpelling, -1, A::FullScreen});
    fill(ActionRegistry::tr("I&ssue"),
         {A::CheckIssue, A::CheckLinks, A::LinkHistory, A::ShowInbox, A::SendTestEmail, -1,
          A::Sponsors, A::Templates, -1, A::History, -1, A::MarkDraft, A::MarkScheduled,
          A::MarkSent, -1, A::MoveToTrash, A::ShowTrash, A::EmptyTrash});
    fill(ActionRegistry::tr("&Help"), {A::About});
}

} // namespace galley::gui
