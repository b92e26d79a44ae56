#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace galley::gui {

// Enforces that the preview fetches nothing from the network except remote images the person
// allowed for this draft (tracking pixels otherwise report that the draft was opened).
class RemoteImageInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit RemoteImageInterceptor(QObject *parent = nullptr);

    void setImagesAllowed(bool allowed) { m_imagesAllowed = allowed; }
    bool imagesAllowed() const { return m_imagesAllowed; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

signals:
    // Emitted for each refused request (possibly from another thread; connect queued).
    void imageBlocked(const QUrl &url);
    void requestBlocked(const QUrl &url);

private:
    std::atomic<bool> m_imagesAllowed = false;
};

} // namespace galley::gui
