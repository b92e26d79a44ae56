#include "renderingnotice.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace galley::gui {

RenderingNotice::RenderingNotice(QWidget *over, QWidget *parent)
    : QLabel(parent)
    , m_over(over)
{
    setObjectName(u"renderingNotice"_s);
    setText(tr("Rendering a large issue…"));
    setToolTip(tr("The preview shows the text as it was when this render began. Typing and "
                  "saving go on meanwhile."));
    setAutoFillBackground(true);
    setMargin(6);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    setPalette(pal);
    setFrameShape(QFrame::StyledPanel);
    hide();

    m_delay.setSingleShot(true);
    m_delay.setInterval(DelayMs);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        place();
        show();
        raise();
    });
    m_over->installEventFilter(this);
}

void RenderingNotice::setBusy(bool busy)
{
    if (!busy) {
        m_delay.stop();
        hide();
    } else if (!m_delay.isActive() && isHidden()) {
        m_delay.start();
    }
}

bool RenderingNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_over && (event->type() == QEvent::Resize || event->type() == QEvent::Move)
        && !isHidden())
        place();
    return QLabel::eventFilter(watched, event);
}

void RenderingNotice::place()
{
    // Top right of the view, clear of the scroll bar.
    if (!m_over)
        return;
    adjustSize();
    constexpr int Inset = 24;
    const QPoint corner = m_over->mapTo(parentWidget(), m_over->rect().topRight());
    move(qMax(0, corner.x() - width() - Inset), corner.y() + 8);
}

} // namespace galley::gui
