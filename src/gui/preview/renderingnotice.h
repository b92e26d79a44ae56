#pragma once

#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace galley::gui {

// The label floating over the preview that says a render is taking long. cmark-gfm is quadratic
// on some input, so a large issue can take seconds to render; typing and saving go on meanwhile
// (the render runs off the GUI thread), and this says why the preview lags behind the text.
// It shows only after the renderer has been busy for DelayMs, so ordinary renders never flash it,
// and hides as soon as the renderer is idle again.
class RenderingNotice : public QLabel
{
    Q_OBJECT
public:
    static constexpr int DelayMs = 1000;

    // Floats over the top right corner of `over` (a sibling or a child of `parent`).
    RenderingNotice(QWidget *over, QWidget *parent);

    void setBusy(bool busy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QPointer<QWidget> m_over; // deleted before this label in ~PreviewWidget
    QTimer m_delay;
};

} // namespace galley::gui
