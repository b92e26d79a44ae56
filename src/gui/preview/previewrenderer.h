#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

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
};

// Renders off the GUI thread with at most one render running and one pending: a newer text
// replaces the pending one, so a burst of keystrokes costs two renders, not one per key.
class PreviewRenderer : public QObject
{
    Q_OBJECT
public:
    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    // Queues a render and returns its sequence number (increasing from 1).
    quint64 request(const QString &text, bool withPlainText);

    // The render itself, also used by the benchmark's naive path so both measure the same work.
    static PreviewRender render(const QString &text, quint64 seq, bool withPlainText);

signals:
    void rendered(const galley::gui::PreviewRender &render);

private:
    struct Job
    {
        QString text;
        quint64 seq = 0;
        bool withPlainText = false;
    };
    void startNext();
    void onFinished();

    QFutureWatcher<PreviewRender> m_watcher;
    std::optional<Job> m_pending;
    quint64 m_seq = 0;
};

} // namespace galley::gui
