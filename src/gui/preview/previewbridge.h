#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace galley::gui {

// The one object the shell page sees through QWebChannel (as `bridge`). Signals named push*
// travel to the page; the invokable methods are the page's calls back, re-emitted as the
// plain C++ signals below so the widget never deals with QWebChannel details.
class PreviewBridge : public QObject
{
    Q_OBJECT
public:
    explicit PreviewBridge(QObject *parent = nullptr);

    // Called by the page once its handlers are connected.
    Q_INVOKABLE void pageLoaded();
    // The page applied the update with this sequence number; it holds this many remote images.
    Q_INVOKABLE void confirmApplied(double seq, int remoteImages);
    Q_INVOKABLE void clickLine(int line);
    Q_INVOKABLE void clickLink(const QString &url);
    // The page got a patch for blocks it does not hold; it needs a full update.
    Q_INVOKABLE void needFullUpdate();

signals:
    // To the page. `update` holds seq, base, lineOffset, error, hasText, text and the block
    // update (see previewUpdate in previewchunks.h).
    void pushUpdate(const QVariantMap &update);
    void pushMode(const QString &mode);
    void pushScrollToLine(int line);
    void pushReloadImages();

    // From the page.
    void ready();
    void applied(quint64 seq, int remoteImages);
    void lineClicked(int line);
    void linkClicked(const QUrl &url);
    void fullUpdateNeeded();
};

} // namespace galley::gui
