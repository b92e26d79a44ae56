#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace galley::gui {

// Reads the titles of the inbox's pages in the background: QNetworkAccessManager's replies
// arrive as events, and each page (at most maxBytes) is parsed on a worker thread, so the GUI
// thread only ever copies bytes.
// Bounded, so that a paste of 200 links cannot flood anything: at most `maxActive` requests at
// once and `perHost` per host, each given up after `timeoutMs`, read up to `maxBytes`, with at
// most `maxRedirects` redirects and only to http(s). Every answer comes back through fetched():
// the title and description, or why there are none (the item keeps its URL).
class TitleFetcher : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxActive = 4;
        int perHost = 2;
        int timeoutMs = 10000;
        qint64 maxBytes = 1024 * 1024;
        int maxRedirects = 5;
    };

    explicit TitleFetcher(QObject *parent = nullptr);
    ~TitleFetcher() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Queues `url` for item `id`; a second request for the same id while one is pending is
    // ignored.
    void fetch(qint64 id, const QUrl &url);
    // Whether `id` is queued, being read or parsed.
    bool isFetching(qint64 id) const;
    bool isBusy() const
    {
        return !m_queue.isEmpty() || !m_active.isEmpty() || !m_parsing.isEmpty();
    }
    int activeCount() const { return int(m_active.size()); }

signals:
    // `error` is empty when the page was read (its title may still be empty); else a sentence.
    void fetched(qint64 id, const QString &title, const QString &description, const QString &error);
    void idle();

private:
    struct Job
    {
        qint64 id = 0;
        QUrl url;
        QString host;
        QByteArray body;
        QString error; // set when we stopped it ourselves (timeout, not a page)
        bool full = false; // MaxBytes read: the rest is not needed
        int redirects = 0;
        qint64 startedMs = 0; // when the first request of the chain was sent
    };
    void startNext();
    void start(Job job);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void stop(QNetworkReply *reply, const QString &error);
    void parse(qint64 id, const QByteArray &body, const QByteArray &charset);

    QNetworkAccessManager *m_network;
    Limits m_limits;
    QList<Job> m_queue;
    QHash<QNetworkReply *, Job> m_active;
    QHash<QString, int> m_perHost;
    QSet<qint64> m_parsing; // pages read, their titles being parsed on a worker
};

} // namespace galley::gui
