#include "remoteimageinterceptor.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPreviewNet, "galley.preview.network")

namespace galley::gui {

RemoteImageInterceptor::RemoteImageInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{ }

void RemoteImageInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    // The shell page, its script and style, and qwebchannel.js all come from resources.
    if (scheme == u"qrc" || scheme == u"data")
        return;
    const bool remote = scheme == u"http" || scheme == u"https";
    const bool image = info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage;
    if (remote && image && m_imagesAllowed)
        return;
    info.block(true);
    qCDebug(lcPreviewNet) << "blocked" << url << "type" << info.resourceType();
    if (remote && image)
        emit imageBlocked(url);
    else
        emit requestBlocked(url);
}

} // namespace galley::gui
