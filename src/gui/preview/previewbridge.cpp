#include "previewbridge.h"

namespace galley::gui {

PreviewBridge::PreviewBridge(QObject *parent)
    : QObject(parent)
{ }

void PreviewBridge::pageLoaded()
{
    emit ready();
}

void PreviewBridge::confirmApplied(double seq, int remoteImages)
{
    // JavaScript numbers are doubles; sequence numbers stay far below 2^53.
    if (seq >= 0)
        emit applied(static_cast<quint64>(seq), remoteImages);
}

void PreviewBridge::needFullUpdate()
{
    emit fullUpdateNeeded();
}

void PreviewBridge::clickLine(int line)
{
    if (line > 0)
        emit lineClicked(line);
}

void PreviewBridge::clickLink(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.isValid() && !parsed.isEmpty())
        emit linkClicked(parsed);
}

} // namespace galley::gui
