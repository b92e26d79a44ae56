#include "previewrenderer.h"

#include "exporter.h"
#include "issuedocument.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {

void computeUpdate(PreviewRender &render, const PreviewChunks *base, quint64 baseSeq)
{
    if (!render.chunks)
        return;
    render.update = previewUpdate(base, *render.chunks);
    render.baseSeq = render.update.value(u"kind"_s).toString() == u"patch" ? baseSeq : 0;
}

} // namespace

PreviewRenderer::PreviewRenderer(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<PreviewRender>::finished, this,
            &PreviewRenderer::onFinished);
    connect(&m_rediffWatcher, &QFutureWatcher<PreviewRender>::finished, this,
            [this] { emit rendered(m_rediffWatcher.result()); });
}

PreviewRenderer::~PreviewRenderer()
{
    // The tasks only read their own copies; waiting here keeps them from outliving the
    // watchers they report to.
    m_watcher.waitForFinished();
    m_rediffWatcher.waitForFinished();
}

quint64 PreviewRenderer::request(const QString &text, bool withPlainText,
                                 const EmailSettings &settings)
{
    const bool wasBusy = isBusy();
    m_pending = Job {text, ++m_seq, withPlainText, settings};
    if (!m_watcher.isRunning())
        startNext();
    if (!wasBusy)
        emit busyChanged(true);
    return m_seq;
}

void PreviewRenderer::rediff(const PreviewRender &render, std::shared_ptr<const PreviewChunks> base,
                             quint64 baseSeq)
{
    // At most one rediff runs; the widget asks again for the newest render if needed.
    m_rediffWatcher.waitForFinished();
    m_rediffWatcher.setFuture(QtConcurrent::run([render, base = std::move(base), baseSeq] {
        PreviewRender out = render;
        computeUpdate(out, base.get(), baseSeq);
        return out;
    }));
}

PreviewRender PreviewRenderer::render(const QString &text, quint64 seq, bool withPlainText,
                                      const EmailSettings &settings)
{
    PreviewRender out;
    out.seq = seq;
    auto doc = IssueDocument::fromText(text);
    if (!doc.ok()) {
        out.error = doc.error().toString();
        return out;
    }
    out.lineOffset = doc->bodyFirstLine() - 1;
    out.html = QString::fromUtf8(exportDocument(*doc, ExportFormat::Html,
                                                RenderOptions {.sourcePositions = true}, settings));
    // GALLEY_PREVIEW_NO_BLOCKS=1 sends the whole document every time, as before block patches
    // existed: for the benchmark's before/after figures and for ruling the patches out.
    static const bool noBlocks = qEnvironmentVariableIntValue("GALLEY_PREVIEW_NO_BLOCKS") != 0;
    PreviewChunks chunks;
    if (noBlocks)
        chunks.prefix = out.html;
    else
        chunks = splitPreviewHtml(out.html);
    out.chunks = std::make_shared<const PreviewChunks>(std::move(chunks));
    if (withPlainText) {
        out.plainText = QString::fromUtf8(exportDocument(*doc, ExportFormat::Text, {}, settings));
        out.hasPlainText = true;
    }
    return out;
}

void PreviewRenderer::startNext()
{
    if (!m_pending)
        return;
    Job job = std::move(*m_pending);
    m_pending.reset();
    m_watcher.setFuture(
        QtConcurrent::run([job = std::move(job), base = m_last, baseSeq = m_lastSeq] {
            PreviewRender out = render(job.text, job.seq, job.withPlainText, job.settings);
            computeUpdate(out, base.get(), baseSeq);
            return out;
        }));
}

void PreviewRenderer::onFinished()
{
    const PreviewRender result = m_watcher.result();
    if (result.chunks) {
        m_last = result.chunks;
        m_lastSeq = result.seq;
    }
    // Start the newest pending text before handing out the result, so the worker stays busy
    // while the page applies this one.
    startNext();
    emit rendered(result);
    if (!isBusy())
        emit busyChanged(false);
}

} // namespace galley::gui
