#pragma once

#include "email/emailsettings.h"
#include "previewchunks.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace galley::gui {

// One finished render of the editor text, ready to be pushed into the shell page.
struct PreviewRender
{
    quint64 seq = 0;
    QString html; // the complete email document (exportDocument Html + source positions)
    QString plainText; // the plain-text part, only when it was asked for
    bool hasPlainText = false;
    int lineOffset = 0; // editor line = body line (data-sourcepos) + lineOffset
    QString error; // non-empty when the front matter is malformed; html is then empty

    // The same HTML cut into blocks (null with an error), and the page update that turns the
    // render with sequence number baseSeq into this one (baseSeq 0: a full update).
    std::shared_ptr<const PreviewChunks> chunks;
    quint64 baseSeq = 0;
    QVariantMap update;
};

// Renders off the GUI thread with at most one render running and one pending: a newer text
// replaces the pending one, so a burst of keystrokes costs two renders, not one per key. The
// worker also cuts the result into blocks and works out the page update against the previous
// render, so the GUI thread only forwards a small patch.
class PreviewRenderer : public QObject
{
    Q_OBJECT
public:
    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    // Queues a render and returns its sequence number (increasing from 1).
    quint64 request(const QString &text, bool withPlainText,
                    const EmailSettings &settings = EmailSettings());

    // Works out `render`'s update again against `base` (what the page shows, with sequence
    // number baseSeq; null for a full update), off the GUI thread; answers with rendered().
    void rediff(const PreviewRender &render, std::shared_ptr<const PreviewChunks> base,
                quint64 baseSeq);

    // The render itself, also used by the benchmark's naive path so both measure the same work.
    static PreviewRender render(const QString &text, quint64 seq, bool withPlainText,
                                const EmailSettings &settings = EmailSettings());

    // True from a request until the render of the newest requested text has finished.
    bool isBusy() const { return m_watcher.isRunning() || m_pending.has_value(); }

signals:
    void rendered(const galley::gui::PreviewRender &render);
    // isBusy() changed; false comes after the rendered() of the newest text.
    void busyChanged(bool busy);

private:
    struct Job
    {
        QString text;
        quint64 seq = 0;
        bool withPlainText = false;
        EmailSettings settings;
    };
    void startNext();
    void onFinished();

    QFutureWatcher<PreviewRender> m_watcher;
    QFutureWatcher<PreviewRender> m_rediffWatcher;
    std::optional<Job> m_pending;
    quint64 m_seq = 0;
    // The newest successful render: the base the next one is compared with, as it is usually
    // what the page shows by then (the widget asks for a rediff when it is not).
    std::shared_ptr<const PreviewChunks> m_last;
    quint64 m_lastSeq = 0;
};

} // namespace galley::gui
