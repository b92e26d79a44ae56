#include "previewview.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QWebEngineContextMenuRequest>

namespace galley::gui {

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{ }

QList<QAction *> PreviewView::contextMenuActions() const
{
    QWebEnginePage *p = page();
    QList<QAction *> actions {p->action(QWebEnginePage::Copy)};
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    if (request && request->linkUrl().isValid())
        actions << p->action(QWebEnginePage::CopyLinkToClipboard);
    actions << p->action(QWebEnginePage::SelectAll);
    return actions;
}

void PreviewView::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(contextMenuActions());
    menu->popup(event->globalPos());
}

} // namespace galley::gui
