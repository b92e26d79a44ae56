#include "remoteimagenotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace galley::gui {

RemoteImageNotice::RemoteImageNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(tr("Show images"), this))
{
    setObjectName(QStringLiteral("remoteImageNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    setPalette(pal);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &RemoteImageNotice::showImagesRequested);
    hide();
}

void RemoteImageNotice::setBlockedCount(int count)
{
    m_label->setText(tr("Remote images are blocked (%n)", nullptr, count));
    setVisible(count > 0);
}

QString RemoteImageNotice::text() const
{
    return m_label->text();
}

} // namespace galley::gui
