#include "previewpage.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPreviewPage, "galley.preview")

namespace galley::gui {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{ }

QUrl PreviewPage::shellUrl()
{
    return QUrl(u"qrc:/galley/preview/shell.html"_s);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        emit linkActivated(url);
        return false;
    }
    // Only the shell page itself (its first load, or a reload) may be shown; anything else a
    // page could start (a form, a redirect, script) is refused.
    if (isMainFrame && url.adjusted(QUrl::RemoveFragment) == shellUrl())
        return true;
    qCDebug(lcPreviewPage) << "refused navigation to" << url << "type" << type;
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    // No pop-ups or new tabs: links with a target are caught by the page script and
    // handed out like any other link.
    return nullptr;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                           const QString &message, int lineNumber,
                                           const QString &sourceID)
{
    // CSP reports for blocked content land here too, which is what makes them useful to log.
    if (level == ErrorMessageLevel)
        qCWarning(lcPreviewPage).noquote() << sourceID << lineNumber << message;
    else
        qCDebug(lcPreviewPage).noquote() << sourceID << lineNumber << message;
}

} // namespace galley::gui
