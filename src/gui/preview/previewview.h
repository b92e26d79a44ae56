#pragma once

#include <QWebEngineView>

namespace galley::gui {

// The web view of the preview. Its only difference from QWebEngineView is the context menu:
// Copy, Copy link address and Select all, and nothing that reloads, navigates or inspects.
class PreviewView : public QWebEngineView
{
    Q_OBJECT
public:
    explicit PreviewView(QWidget *parent = nullptr);

    // The actions the context menu offers at the current request, for tests.
    QList<QAction *> contextMenuActions() const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace galley::gui
