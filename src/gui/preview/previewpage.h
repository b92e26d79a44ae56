#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace galley::gui {

// The page behind the preview: it may load the shell page and nothing else. Every link the
// person follows is refused here and handed out through linkActivated (the widget opens it in
// the system browser), so the preview can never navigate away from the shell.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    static QUrl shellUrl();

signals:
    void linkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;
};

} // namespace galley::gui
