#include "inbox/titlefetcher.h"

#include "inbox/pagemeta.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
bool isWeb(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

bool isPage(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type.isEmpty() || type == "text/html" || type == "application/xhtml+xml";
}
} // namespace

TitleFetcher::TitleFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Nothing the inbox reads is worth a cookie or a cache entry.
    m_network->setCookieJar(nullptr);
}

TitleFetcher::~TitleFetcher()
{
    for (QNetworkReply *reply : m_active.keys()) {
        reply->disconnect(this);
        reply->abort();
    }
}

bool TitleFetcher::isFetching(qint64 id) const
{
    for (const Job &j : std::as_const(m_queue)) {
        if (j.id == id)
            return true;
    }
    for (const Job &j : std::as_const(m_active)) {
        if (j.id == id)
            return true;
    }
    return m_parsing.contains(id);
}

void TitleFetcher::fetch(qint64 id, const QUrl &url)
{
    if (isFetching(id))
        return;
    if (!isWeb(url)) {
        emit fetched(id, {}, {}, tr("Only http and https pages are read."));
        return;
    }
    Job job;
    job.id = id;
    job.url = url;
    job.host = url.host().toLower();
    m_queue.append(job);
    startNext();
}

void TitleFetcher::startNext()
{
    for (qsizetype i = 0; i < m_queue.size() && m_active.size() < m_limits.maxActive;) {
        if (m_perHost.value(m_queue.at(i).host) >= m_limits.perHost) {
            ++i;
            continue;
        }
        start(m_queue.takeAt(i));
    }
    if (!isBusy())
        emit idle();
}

void TitleFetcher::start(Job job)
{
    if (job.startedMs == 0)
        job.startedMs = QDateTime::currentMSecsSinceEpoch();
    QNetworkRequest request(job.url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Galley/" GALLEY_VERSION " (newsletter editor; link inbox)"));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
    // Redirects are followed here (onFinished), so that each is looked at: http(s) only, and at
    // most maxRedirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    // QNAM would otherwise buffer all a server sends, however much that is.
    reply->setReadBufferSize(m_limits.maxBytes);
    m_active.insert(reply, job);
    ++m_perHost[job.host];
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    // The whole request, not only the silence between packets: a page that trickles is slow too.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, reply] {
        stop(reply,
             tr("No answer within %n second(s).", nullptr, (m_limits.timeoutMs + 999) / 1000));
    });
    // The time allowed is for the whole chain of redirects.
    const qint64 spent = QDateTime::currentMSecsSinceEpoch() - job.startedMs;
    timer->start(int(std::max<qint64>(1, m_limits.timeoutMs - spent)));
}

void TitleFetcher::stop(QNetworkReply *reply, const QString &error)
{
    auto it = m_active.find(reply);
    if (it == m_active.end() || !it->error.isEmpty() || it->full)
        return;
    it->error = error;
    reply->abort(); // finished() follows, synchronously
}

void TitleFetcher::onReadyRead(QNetworkReply *reply)
{
    auto it = m_active.find(reply);
    if (it == m_active.end() || it->full || !it->error.isEmpty())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300
        && !isPage(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray())) {
        stop(reply,
             tr("Not a web page (%1).")
                 .arg(QString::fromLatin1(
                     reply->header(QNetworkRequest::ContentTypeHeader).toByteArray())));
        return;
    }
    it->body += reply->read(m_limits.maxBytes - it->body.size());
    if (it->body.size() >= m_limits.maxBytes) {
        // The head of a page is at its start: stop reading, and read what came.
        it->full = true;
        reply->abort();
    }
}

void TitleFetcher::onFinished(QNetworkReply *reply)
{
    auto it = m_active.find(reply);
    if (it == m_active.end())
        return;
    if (!it->full && it->error.isEmpty())
        it->body += reply->read(m_limits.maxBytes - it->body.size());
    const Job job = *it;
    m_active.erase(it);
    if (--m_perHost[job.host] <= 0)
        m_perHost.remove(job.host);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error = job.error;
    if (error.isEmpty() && !job.full && status >= 300 && status < 400) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isValid()) {
            const QUrl to = job.url.resolved(location);
            if (!isWeb(to)) {
                error = tr("The page redirects to %1, which is no web page.").arg(to.scheme());
            } else if (job.redirects >= m_limits.maxRedirects) {
                error = tr("More than %n redirect(s).", nullptr, m_limits.maxRedirects);
            } else {
                Job next = job;
                next.url = to;
                next.host = to.host().toLower();
                next.body.clear();
                ++next.redirects;
                m_queue.prepend(next);
                QMetaObject::invokeMethod(this, &TitleFetcher::startNext, Qt::QueuedConnection);
                return;
            }
        }
    }
    if (error.isEmpty() && !job.full) {
        if (status >= 300 || (status > 0 && status < 200))
            error = tr("The server answered %1.").arg(status);
        else if (reply->error() != QNetworkReply::NoError)
            error = reply->errorString();
    }
    if (error.isEmpty()) {
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        parse(job.id, job.body, charsetOfContentType(type));
    } else {
        emit fetched(job.id, {}, {}, error);
    }
    // Not from inside the reply's own signal: QNAM may start the next request at once.
    QMetaObject::invokeMethod(this, &TitleFetcher::startNext, Qt::QueuedConnection);
}

void TitleFetcher::parse(qint64 id, const QByteArray &body, const QByteArray &charset)
{
    // Up to maxBytes of HTML through a real parser: on a worker, never on the GUI thread's
    // time. The watcher belongs to this fetcher: when it is gone, the answer is dropped.
    auto *watcher = new QFutureWatcher<PageMeta>(this);
    m_parsing.insert(id);
    connect(watcher, &QFutureWatcher<PageMeta>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        m_parsing.remove(id);
        const PageMeta meta = watcher->result();
        emit fetched(id, meta.title, meta.description, QString());
        if (!isBusy())
            emit idle();
    });
    watcher->setFuture(QtConcurrent::run([body, charset] {
        QThread::currentThread()->setPriority(QThread::LowPriority);
        return readPageMeta(body, charset);
    }));
}

} // namespace galley::gui
