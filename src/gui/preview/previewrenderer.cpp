#include "previewrenderer.h"

#include "exporter.h"
#include "issuedocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace galley::gui {

PreviewRenderer::PreviewRenderer(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<PreviewRender>::finished, this,
            &PreviewRenderer::onFinished);
}

PreviewRenderer::~PreviewRenderer()
{
    // The task only reads its own copy of the text; waiting here keeps it from outliving the
    // watcher it reports to.
    m_watcher.waitForFinished();
}

quint64 PreviewRenderer::request(const QString &text, bool withPlainText)
{
    m_pending = Job {text, ++m_seq, withPlainText};
    if (!m_watcher.isRunning())
        startNext();
    return m_seq;
}

PreviewRender PreviewRenderer::render(const QString &text, quint64 seq, bool withPlainText)
{
    PreviewRender out;
    out.seq = seq;
    auto doc = IssueDocument::fromText(text);
    if (!doc.ok()) {
        out.error = doc.error().toString();
        return out;
    }
    out.lineOffset = doc->bodyFirstLine() - 1;
    out.html = QString::fromUtf8(
        exportDocument(*doc, ExportFormat::Html, RenderOptions {.sourcePositions = true}));
    if (withPlainText) {
        out.plainText = QString::fromUtf8(exportDocument(*doc, ExportFormat::Text));
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
    m_watcher.setFuture(QtConcurrent::run(
        [job = std::move(job)] { return render(job.text, job.seq, job.withPlainText); }));
}

void PreviewRenderer::onFinished()
{
    const PreviewRender result = m_watcher.result();
    // Start the newest pending text before handing out the result, so the worker stays busy
    // while the page applies this one.
    startNext();
    emit rendered(result);
}

} // namespace galley::gui
