#include "previewwidget.h"

#include "previewbridge.h"
#include "previewpage.h"
#include "previewview.h"
#include "remoteimageinterceptor.h"
#include "remoteimagenotice.h"
#include "renderingnotice.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPreview, "galley.preview.widget")

namespace galley::gui {

namespace {

QString modeName(PreviewWidget::Mode mode)
{
    switch (mode) {
    case PreviewWidget::Mode::Desktop:
        return u"desktop"_s;
    case PreviewWidget::Mode::Phone:
        return u"phone"_s;
    case PreviewWidget::Mode::Dark:
        return u"dark"_s;
    case PreviewWidget::Mode::PlainText:
        return u"plain"_s;
    }
    return u"desktop"_s;
}

// The message to the page: the block update (see previewUpdate) plus what every update carries.
// `base` is the render the page must hold for a patch to apply.
QVariantMap toVariant(const PreviewRender &render, quint64 base)
{
    QVariantMap map = render.update;
    map.insert(u"seq"_s, static_cast<double>(render.seq));
    map.insert(u"base"_s, static_cast<double>(base));
    map.insert(u"lineOffset"_s, render.lineOffset);
    map.insert(u"error"_s, render.error);
    map.insert(u"hasText"_s, render.hasPlainText);
    if (render.hasPlainText)
        map.insert(u"text"_s, render.plainText);
    return map;
}

void lockDown(QWebEngineSettings *settings)
{
    // The page script is ours; everything else a document could ask for is off.
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
}

} // namespace

PreviewWidget::PreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new PreviewRenderer(this))
    , m_bridge(new PreviewBridge(this))
    , m_interceptor(new RemoteImageInterceptor(this))
    , m_notice(new RemoteImageNotice(this))
{
    // A private, off-the-record profile: nothing of the preview is written to disk, and the
    // interceptor applies to this page only.
    auto *profile = new QWebEngineProfile(this);
    profile->setUrlRequestInterceptor(m_interceptor);
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);

    m_page = new PreviewPage(profile, this);
    lockDown(m_page->settings());
    auto *channel = new QWebChannel(m_page);
    channel->registerObject(u"bridge"_s, m_bridge);
    m_page->setWebChannel(channel);

    auto *view = new PreviewView(this);
    view->setPage(m_page);
    m_view = view;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    m_renderingNotice = new RenderingNotice(m_view, this);

    connect(m_renderer, &PreviewRenderer::rendered, this, &PreviewWidget::onRendered);
    connect(m_renderer, &PreviewRenderer::busyChanged, m_renderingNotice,
            &RenderingNotice::setBusy);
    connect(m_bridge, &PreviewBridge::ready, this, &PreviewWidget::onPageReady);
    connect(m_bridge, &PreviewBridge::fullUpdateNeeded, this, &PreviewWidget::onPageNeedsFull);
    connect(m_bridge, &PreviewBridge::applied, this, &PreviewWidget::onPageApplied);
    connect(m_bridge, &PreviewBridge::lineClicked, this, &PreviewWidget::sourceLineClicked);
    connect(m_bridge, &PreviewBridge::linkClicked, this, &PreviewWidget::openLink);
    connect(m_page, &PreviewPage::linkActivated, this, &PreviewWidget::openLink);
    connect(m_notice, &RemoteImageNotice::showImagesRequested, this,
            [this] { allowRemoteImages(true); });
    connect(m_page, &QWebEnginePage::loadFinished, this, [](bool ok) {
        if (!ok)
            qCWarning(lcPreview) << "the preview shell page failed to load";
    });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status) {
                // A crashed renderer takes the page with it: load the shell again and push the
                // last render once the bridge is back (onPageReady).
                qCWarning(lcPreview) << "preview renderer terminated" << status;
                m_pageReady = false;
                m_inFlightSeq = 0;
                m_pageSeq = 0;
                m_pageChunks.reset();
                m_page->load(PreviewPage::shellUrl());
            });

    m_page->load(PreviewPage::shellUrl());
}

PreviewWidget::~PreviewWidget()
{
    // The page must go before its profile (a child of this widget, deleted after this body).
    delete m_view;
    delete m_page;
}

void PreviewWidget::setDocumentText(const QString &markdownWithFrontMatter)
{
    m_text = markdownWithFrontMatter;
    requestRender();
}

void PreviewWidget::requestRender()
{
    m_requestedSeq = m_renderer->request(m_text, m_mode == Mode::PlainText, m_settings);
}

void PreviewWidget::onRendered(const PreviewRender &render)
{
    // Renders and rediffs both arrive here. A newer render may already be waiting or pushed if
    // an older one finishes late; never go back.
    const bool isRediff = m_rediffPending && render.seq == m_rediffSeq;
    if (isRediff)
        m_rediffPending = false;
    if (m_toPush && m_toPush->seq > render.seq) {
        pushToPage();
        return;
    }
    if (m_lastPushed && m_lastPushed->seq >= render.seq && !isRediff)
        return;
    m_toPush = render;
    pushToPage();
}

void PreviewWidget::pushToPage()
{
    // One update in flight at a time: while the page applies one, newer renders replace each
    // other in m_toPush, so a slow page sees only the newest text.
    if (!m_pageReady || m_inFlightSeq != 0 || !m_toPush || m_rediffPending)
        return;
    const bool isPatch = m_toPush->update.value(u"kind"_s).toString() == u"patch";
    if (m_toPush->error.isEmpty() && isPatch && m_toPush->baseSeq != m_pageSeq) {
        // Worked out against a render the page never got (it was skipped, or the page
        // reloaded): compare with what the page holds, off this thread.
        m_rediffPending = true;
        m_rediffSeq = m_toPush->seq;
        m_renderer->rediff(*m_toPush, m_pageChunks, m_pageSeq);
        return;
    }
    m_inFlightSeq = m_toPush->seq;
    emit m_bridge->pushUpdate(toVariant(*m_toPush, m_pageSeq));
    if (m_toPush->error.isEmpty()) {
        m_pageSeq = m_toPush->seq;
        m_pageChunks = m_toPush->chunks;
        m_lastPushed = std::move(m_toPush);
    }
    m_toPush.reset();
}

void PreviewWidget::onPageNeedsFull()
{
    // The page could not apply a patch (it does not hold the blocks it was based on): start
    // again from a full update of the newest render.
    m_pageSeq = 0;
    m_pageChunks.reset();
    m_inFlightSeq = 0;
    if (!m_toPush && m_lastPushed)
        m_toPush = m_lastPushed;
    pushToPage();
}

void PreviewWidget::onPageReady()
{
    m_pageReady = true;
    m_inFlightSeq = 0;
    m_pageSeq = 0;
    m_pageChunks.reset();
    emit m_bridge->pushMode(modeName(m_mode));
    if (!m_toPush && m_lastPushed)
        m_toPush = m_lastPushed;
    pushToPage();
    if (m_pendingScrollLine > 0) {
        emit m_bridge->pushScrollToLine(m_pendingScrollLine);
        m_pendingScrollLine = 0;
    }
    emit ready();
}

void PreviewWidget::onPageApplied(quint64 seq, int remoteImages)
{
    if (seq == m_inFlightSeq)
        m_inFlightSeq = 0;
    m_appliedSeq = qMax(m_appliedSeq, seq);
    if (remoteImages != m_remoteImages) {
        m_remoteImages = remoteImages;
        updateNotice();
    }
    emit updateApplied(seq);
    pushToPage();
}

void PreviewWidget::updateNotice()
{
    const int blocked = m_interceptor->imagesAllowed() ? 0 : m_remoteImages;
    m_notice->setBlockedCount(blocked);
    emit remoteImagesBlocked(blocked);
}

void PreviewWidget::scrollToSourceLine(int line)
{
    if (!m_scrollSync || line <= 0)
        return;
    if (!m_pageReady) {
        m_pendingScrollLine = line;
        return;
    }
    emit m_bridge->pushScrollToLine(line);
}

void PreviewWidget::setScrollSyncEnabled(bool enabled)
{
    m_scrollSync = enabled;
}

void PreviewWidget::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const bool needsText = mode == Mode::PlainText && !(m_lastPushed && m_lastPushed->hasPlainText);
    m_mode = mode;
    if (m_pageReady)
        emit m_bridge->pushMode(modeName(mode));
    // The plain-text part is rendered only while it is shown.
    if (needsText && m_requestedSeq > 0)
        requestRender();
}

void PreviewWidget::setEmailSettings(const EmailSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    if (m_requestedSeq > 0)
        requestRender();
}

void PreviewWidget::allowRemoteImages(bool allow)
{
    if (allow == m_interceptor->imagesAllowed())
        return;
    m_interceptor->setImagesAllowed(allow);
    updateNotice();
    if (allow && m_pageReady)
        emit m_bridge->pushReloadImages();
}

bool PreviewWidget::remoteImagesAllowed() const
{
    return m_interceptor->imagesAllowed();
}

void PreviewWidget::openLink(const QUrl &url)
{
    emit linkActivated(url);
    if (!m_openLinksExternally)
        return;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
        QDesktopServices::openUrl(url);
    else
        qCInfo(lcPreview) << "not opening link with scheme" << scheme;
}

} // namespace galley::gui
