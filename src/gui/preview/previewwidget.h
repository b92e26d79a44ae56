#pragma once

#include "email/emailsettings.h"
#include "previewrenderer.h"

#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QWebEngineView;

namespace galley::gui {

class PreviewPage;
class PreviewBridge;
class RemoteImageNotice;
class RemoteImageInterceptor;
class RenderingNotice;

// The live email preview: the exact bytes of `galley export --to html` (plus source positions),
// rendered off the GUI thread and patched into a shell page that is loaded once.
//
// Typical use: connect the editor's textChanged to setDocumentText(editor->toPlainText()), the
// cursor line to scrollToSourceLine(), and sourceLineClicked() back to the editor's cursor.
// Line numbers are 1-based lines of the editor text (front matter included).
class PreviewWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Mode {
        Desktop, // the email at full width
        Phone, // a 375 px wide viewport, centred
        Dark, // an approximation of what dark-mode mail clients do
        PlainText, // the plain-text part of the email
    };
    Q_ENUM(Mode)

    explicit PreviewWidget(QWidget *parent = nullptr);
    ~PreviewWidget() override;

    // The raw editor text (front matter + Markdown). Cheap to call per keystroke: rendering runs
    // off the GUI thread, at most one render is pending and the newest text wins.
    void setDocumentText(const QString &markdownWithFrontMatter);

    // Brings the block rendered from this editor line into view (smoothly; no jump when it is
    // already visible). Ignored while scroll sync is off.
    void scrollToSourceLine(int line);
    void setScrollSyncEnabled(bool enabled);
    bool isScrollSyncEnabled() const { return m_scrollSync; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // The newsletter's email settings (from the store) the email is rendered with; re-renders
    // the current text when they differ from the ones in use.
    void setEmailSettings(const EmailSettings &settings);
    const EmailSettings &emailSettings() const { return m_settings; }

    // Remote (http/https) images are blocked until allowed, per draft: call
    // allowRemoteImages(false) when another draft is opened.
    void allowRemoteImages(bool allow);
    bool remoteImagesAllowed() const;

    // When true (the default) activated links open in the system browser; tests turn it off and
    // watch linkActivated().
    void setOpenLinksExternally(bool open) { m_openLinksExternally = open; }

    // The sequence number of the newest text handed to setDocumentText(), and of the newest
    // render the page confirmed (updateApplied).
    quint64 requestedSequence() const { return m_requestedSeq; }
    quint64 appliedSequence() const { return m_appliedSeq; }

    // True once the shell page has loaded and the bridge is connected.
    bool isReady() const { return m_pageReady; }

    // For tests and the benchmark: the view that shows the page.
    QWebEngineView *view() const { return m_view; }
    // For tests: the "Rendering a large issue…" label, shown while a render takes over a second.
    RenderingNotice *renderingNotice() const { return m_renderingNotice; }

signals:
    void sourceLineClicked(int line);
    void linkActivated(const QUrl &url);
    // The page confirmed it applied the render of the text with this sequence number.
    void updateApplied(quint64 seq);
    // Emitted with the number of remote images blocked since the last render (0 hides the notice).
    void remoteImagesBlocked(int count);
    // The shell page finished loading and the bridge is live.
    void ready();

private:
    void requestRender();
    void onRendered(const PreviewRender &render);
    void pushToPage();
    void onPageNeedsFull();
    void onPageReady();
    void onPageApplied(quint64 seq, int remoteImages);
    void updateNotice();
    void openLink(const QUrl &url);

    QWebEngineView *m_view = nullptr;
    PreviewPage *m_page = nullptr;
    PreviewRenderer *m_renderer = nullptr;
    PreviewBridge *m_bridge = nullptr;
    RemoteImageInterceptor *m_interceptor = nullptr;
    RemoteImageNotice *m_notice = nullptr;
    RenderingNotice *m_renderingNotice = nullptr;

    Mode m_mode = Mode::Desktop;
    bool m_scrollSync = true;
    bool m_openLinksExternally = true;
    bool m_pageReady = false;
    quint64 m_requestedSeq = 0;
    quint64 m_appliedSeq = 0;
    quint64 m_inFlightSeq = 0; // pushed to the page, not yet confirmed
    // The render whose blocks the page holds (0: none; the next update must be a full one).
    quint64 m_pageSeq = 0;
    std::shared_ptr<const PreviewChunks> m_pageChunks;
    bool m_rediffPending = false; // a render is being compared with the page's blocks again
    quint64 m_rediffSeq = 0;
    int m_remoteImages = 0; // remote images in the page's current content
    int m_pendingScrollLine = 0;
    QString m_text;
    EmailSettings m_settings;
    std::optional<PreviewRender> m_toPush; // the newest render not yet pushed
    std::optional<PreviewRender> m_lastPushed; // pushed again if the page reloads
};

} // namespace galley::gui
