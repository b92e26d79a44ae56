#pragma once

#include "preview/previewwidget.h"

#include <QToolBar>

class QActionGroup;

namespace galley::gui {

class ActionRegistry;

// The strip above the preview that switches what it shows: the email at desktop width, at phone
// width (375 px), in dark mode, or its plain-text part. Uses the registry's PreviewDesktop/Phone/
// Dark/PlainText actions as one exclusive group (so the View menu and the strip agree), and
// remembers the mode in QSettings (`preview/mode`). Switching only restyles the loaded page: the
// editor and its undo history are not touched.
class PreviewModeBar : public QToolBar
{
    Q_OBJECT
public:
    PreviewModeBar(ActionRegistry *actions, PreviewWidget *preview, QWidget *parent = nullptr);

    // Puts a bar above `preview`, in the preview's place in its splitter; the pair shows and
    // hides with the preview (View -> Preview).
    static PreviewModeBar *install(ActionRegistry *actions, PreviewWidget *preview);

    static PreviewWidget::Mode savedMode();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setMode(PreviewWidget::Mode mode);

    ActionRegistry *m_actions;
    PreviewWidget *m_preview;
    QActionGroup *m_group;
    QWidget *m_frame = nullptr; // the bar and the preview, when installed
};

} // namespace galley::gui
