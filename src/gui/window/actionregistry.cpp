#include "window/actionregistry.h"

#include <QAction>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace galley::gui {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
    using QK = QKeySequence;
    add(NewIssue, tr("&New Issue"), QK::keyBindings(QK::New));
    add(NewDraft, tr("New &Blank Draft"), {QK(tr("Ctrl+Alt+N"))});
    add(DuplicateDraft, tr("&Duplicate Draft"), {QK(tr("Ctrl+Shift+D"))});
    add(Import, tr("&Open/Import…"), QK::keyBindings(QK::Open));
    add(Export, tr("&Export…"), {QK(tr("Ctrl+E"))});
    add(PublishArchive, tr("Publish &Archive…"), {});
    add(CopyEmailHtml, tr("Copy Email &HTML"), {QK(tr("Ctrl+Shift+C"))});
    add(CopyPlainText, tr("Copy Plain &Text"), {QK(tr("Ctrl+Alt+C"))});
    add(Preferences, tr("&Preferences…"),
        QK::keyBindings(QK::Preferences).isEmpty() ? QList<QK> {QK(tr("Ctrl+,"))}
                                                   : QK::keyBindings(QK::Preferences));
    add(Quit, tr("&Quit"), QK::keyBindings(QK::Quit));

    add(Undo, tr("&Undo"), QK::keyBindings(QK::Undo));
    add(Redo, tr("&Redo"), QK::keyBindings(QK::Redo));
    add(Cut, tr("Cu&t"), QK::keyBindings(QK::Cut));
    add(Copy, tr("&Copy"), QK::keyBindings(QK::Copy));
    add(Paste, tr("&Paste"), QK::keyBindings(QK::Paste));
    add(SelectAll, tr("Select &All"), QK::keyBindings(QK::SelectAll));
    add(Find, tr("&Find…"), QK::keyBindings(QK::Find));
    add(FindNext, tr("Find &Next"), QK::keyBindings(QK::FindNext));
    add(FindPrevious, tr("Find Pre&vious"), QK::keyBindings(QK::FindPrevious));
    add(Replace, tr("&Replace…"),
        QK::keyBindings(QK::Replace).isEmpty() ? QList<QK> {QK(tr("Ctrl+H"))}
                                               : QK::keyBindings(QK::Replace));

    add(NextMisspelling, tr("Next &Misspelling"), {QK(tr("Ctrl+;"))});
    add(InsertLink, tr("&Link"), {QK(tr("Ctrl+Alt+K"))});
    add(InsertHeading, tr("&Heading"), {QK(tr("Ctrl+Shift+H"))});
    add(InsertBold, tr("&Bold"), QK::keyBindings(QK::Bold));
    add(InsertItalic, tr("&Italic"), QK::keyBindings(QK::Italic));
    add(InsertCode, tr("&Code"), {QK(tr("Ctrl+Shift+K"))});
    add(InsertList, tr("Bulleted &List"), {QK(tr("Ctrl+Shift+8"))});
    add(InsertQuote, tr("Block &Quote"), {QK(tr("Ctrl+Shift+Q"))});
    add(InsertRule, tr("Horizontal &Rule"), {});
    add(InsertSponsorTop, tr("&Sponsor Block"), {});
    add(InsertSponsorClosing, tr("Closing Sponsor &Repeat"), {});
    add(InsertSection, tr("Sec&tion…"), {});
    add(AddLink, tr("&Add Link to Section…"), {QK(tr("Ctrl+L"))});
    add(CommandPalette, tr("Command &Palette…"), {QK(tr("Ctrl+K")), QK(tr("Ctrl+Shift+P"))});

    add(ToggleDrafts, tr("&Drafts Panel"), {QK(tr("Ctrl+Shift+1"))});
    add(ToggleOutline, tr("&Outline"), {QK(tr("Ctrl+Shift+2"))});
    add(TogglePreview, tr("&Preview"), {QK(tr("Ctrl+Shift+3"))});
    add(ScrollSync, tr("&Scroll Preview with Editor"), {});
    add(ZoomIn, tr("Zoom &In"), QK::keyBindings(QK::ZoomIn));
    add(ZoomOut, tr("Zoom &Out"), QK::keyBindings(QK::ZoomOut));
    add(ZoomReset, tr("&Reset Zoom"), {QK(tr("Ctrl+0"))});
    add(FullScreen, tr("&Full Screen"), QK::keyBindings(QK::FullScreen));
    add(PreviewDesktop, tr("Email at &Desktop Width"), {QK(tr("Ctrl+Alt+1"))});
    add(PreviewPhone, tr("Email at P&hone Width"), {QK(tr("Ctrl+Alt+2"))});
    add(PreviewDark, tr("Email in Dar&k Mode"), {QK(tr("Ctrl+Alt+3"))});
    add(PreviewPlainText, tr("Plain-Te&xt Part"), {QK(tr("Ctrl+Alt+4"))});

    add(CheckSpelling, tr("Check &Spelling"), {});
    action(CheckSpelling)->setCheckable(true);
    action(CheckSpelling)->setChecked(true);
    add(CheckIssue, tr("&Check Issue"), {QK(tr("F7"))});
    add(CheckLinks, tr("Check Lin&ks"), {QK(tr("Shift+F7"))});
    add(LinkHistory, tr("&Link History…"), {QK(tr("Ctrl+Shift+L"))});
    add(ShowInbox, tr("Link &Inbox"), {QK(tr("Ctrl+Shift+4"))});
    add(Sponsors, tr("S&ponsors and Bookings…"), {});
    add(Templates, tr("&Templates…"), {});
    add(History, tr("&History…"), {QK(tr("Ctrl+Shift+Y"))});
    add(SendTestEmail, tr("Send Test E&mail"), {QK(tr("Ctrl+Shift+T"))});
    add(MarkDraft, tr("Mark as &Draft"));
    add(MarkScheduled, tr("Mark as S&cheduled"));
    add(MarkSent, tr("Mark as &Sent"));
    add(MoveToTrash, tr("Move to &Trash"), {});
    add(ShowTrash, tr("Show T&rash…"));
    add(EmptyTrash, tr("&Empty Trash…"));

    add(About, tr("&About Galley"));

    for (Id id : {ToggleDrafts, ToggleOutline, TogglePreview, ScrollSync, FullScreen}) {
        action(id)->setCheckable(true);
        action(id)->setChecked(id != FullScreen);
    }
    for (Id id : {PreviewDesktop, PreviewPhone, PreviewDark, PreviewPlainText})
        action(id)->setCheckable(true);
    action(PreviewDesktop)->setChecked(true);
    action(Quit)->setMenuRole(QAction::QuitRole);
    action(Preferences)->setMenuRole(QAction::PreferencesRole);
    action(About)->setMenuRole(QAction::AboutRole);
}

QAction *ActionRegistry::add(Id id, const QString &text, const QList<QKeySequence> &shortcuts,
                             const QString &objectName)
{
    auto *a = new QAction(text, this);
    a->setShortcuts(shortcuts);
    a->setObjectName(objectName.isEmpty()
                         ? QString::fromLatin1(QMetaEnum::fromType<Id>().valueToKey(id))
                         : objectName);
    m_actions.insert(id, a);
    return a;
}

} // namespace galley::gui
