#include "linkcheck/linkchecker.h"

#include "hostnames.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSet>
#include <QSignalBlocker>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace galley {

Q_LOGGING_CATEGORY(lcLinks, "galley.links", QtWarningMsg)

namespace {
constexpr qint64 GetReadLimit = 64 * 1024; // a GET only needs the status; never a whole page

// Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
qint64 retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds * 1000);
    const QDateTime when
        = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date).toUTC();
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
} // namespace

bool networkInterfaceUp()
{
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        const auto flags = i.flags();
        if (flags.testFlag(QNetworkInterface::IsLoopBack)
            || !flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning))
            continue;
        if (!i.addressEntries().isEmpty())
            return true;
    }
    return false;
}

struct LinkChecker::Job
{
    QString original;
    QUrl current;
    QSet<QUrl> visited;
    QNetworkReply *reply = nullptr;
    QTimer timer; // the request's timeout, then the Retry-After wait
    bool head = true;
    bool retried = false;
    bool allPermanent = true;
    int redirects = 0;
    bool timedOut = false;
    bool enoughRead = false;
    qint64 read = 0;
    QStringList tlsErrors;
    // The https twin of an http link that answered: `answer` is that link's result.
    bool twin = false;
    LinkCheck answer;
};

LinkChecker::LinkChecker(LinkCheckOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
{
    if (!m_options.networkUp)
        m_options.networkUp = networkInterfaceUp;
}

LinkChecker::~LinkChecker()
{
    const QSignalBlocker quiet(this);
    cancel();
}

QString LinkChecker::userAgent()
{
    return u"Galley/"_s + QStringLiteral(GALLEY_VERSION)
        + u" (newsletter link checker; one request per link)"_s;
}

bool LinkChecker::isRunning() const
{
    return !m_finished;
}

void LinkChecker::start(const QStringList &urls)
{
    cancel();
    m_cancelled = false;
    m_finished = false;
    m_results.clear();
    m_total = int(urls.size());
    m_online = m_options.networkUp();
    QList<LinkCheck> known; // answered without a request
    for (const QString &url : urls) {
        auto *job = new Job;
        job->original = url;
        job->current = QUrl(url);
        const QString host = job->current.host();
        LinkCheck c;
        c.url = url;
        if (!isCheckableUrl(url))
            c.status = LinkStatus::Skipped;
        else if (isInvalidHostName(host))
            c.status = LinkStatus::DnsFailure;
        else if (!m_online && !isLoopbackHost(host))
            c.status = LinkStatus::Offline;
        else {
            m_waiting << job;
            continue;
        }
        delete job;
        c.checked = QDateTime::currentDateTimeUtc();
        known << c;
    }
    // Reported from the event loop, so that a caller connected after start() hears everything.
    QTimer::singleShot(0, this, [this, known] {
        for (const LinkCheck &c : known) {
            m_results << c;
            emit checked(c);
            emit progress(int(m_results.size()), m_total);
        }
        pump();
    });
}

void LinkChecker::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    const QList<Job *> all = m_waiting + m_active + m_delayed;
    m_waiting.clear();
    m_active.clear();
    m_delayed.clear();
    m_perHost.clear();
    for (Job *job : all) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            job->reply->deleteLater();
        }
        delete job;
    }
    m_finished = true;
    emit finished();
}

QString LinkChecker::hostOf(const Job *job) const
{
    return job->current.host().toLower();
}

void LinkChecker::pump()
{
    if (m_finished)
        return;
    for (qsizetype i = 0; i < m_waiting.size() && m_active.size() < m_options.maxParallel;) {
        Job *job = m_waiting.at(i);
        const QString host = hostOf(job);
        if (m_perHost.value(host) >= m_options.maxPerHost) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        m_active << job;
        ++m_perHost[host];
        send(job);
    }
    if (m_waiting.isEmpty() && m_active.isEmpty() && m_delayed.isEmpty()
        && m_results.size() == qsizetype(m_total)) {
        m_finished = true;
        emit finished();
    }
}

void LinkChecker::send(Job *job)
{
    QNetworkRequest request(job->current);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "*/*");
    if (!m_options.trustedCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.trustedCertificates);
        request.setSslConfiguration(tls);
    }
    job->timedOut = false;
    job->enoughRead = false;
    job->read = 0;
    job->tlsErrors.clear();
    QNetworkReply *reply = job->head ? m_nam->head(request) : m_nam->get(request);
    job->reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [job](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            job->tlsErrors << e.errorString();
    });
    if (!job->head) {
        connect(reply, &QIODevice::readyRead, this, [job] {
            job->read += job->reply->skip(job->reply->bytesAvailable());
            if (job->read >= GetReadLimit && !job->enoughRead) {
                job->enoughRead = true;
                job->reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, job] { onReply(job); });
    job->timer.disconnect();
    job->timer.setSingleShot(true);
    connect(&job->timer, &QTimer::timeout, this, [job] {
        job->timedOut = true;
        if (job->reply)
            job->reply->abort();
    });
    job->timer.start(m_options.timeoutMs);
}

void LinkChecker::onReply(Job *job)
{
    job->timer.stop();
    QNetworkReply *reply = job->reply;
    job->reply = nullptr;
    reply->deleteLater();
    m_active.removeOne(job);
    if (--m_perHost[hostOf(job)] <= 0)
        m_perHost.remove(hostOf(job));

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    LinkCheck c;
    c.httpStatus = status;
    c.redirects = job->redirects;
    if (job->redirects > 0)
        c.finalUrl = job->current.toString();
    auto again = [this, job] {
        m_waiting.prepend(job);
        pump();
    };

    if (job->timedOut) {
        c.status = LinkStatus::Timeout;
    } else if (status == 0 || (error != QNetworkReply::NoError && status == 0)) {
        switch (error) {
        case QNetworkReply::HostNotFoundError:
            c.status = LinkStatus::DnsFailure;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            c.status = LinkStatus::TlsError;
            c.detail
                = job->tlsErrors.isEmpty() ? reply->errorString() : job->tlsErrors.join(u"; "_s);
            break;
        case QNetworkReply::ConnectionRefusedError:
            c.status = LinkStatus::Refused;
            break;
        case QNetworkReply::TimeoutError:
            c.status = LinkStatus::Timeout;
            break;
        default:
            c.status = LinkStatus::NetworkError;
            c.detail = reply->errorString();
        }
    } else if (job->head && status >= 400 && status != 429 && status != 503) {
        // HEAD refused (405, 403, 501) or unreliable: many servers answer HEAD with a 404, 400
        // or 500 and the same page's GET with 200. Only a GET, reading at most GetReadLimit,
        // may call a link broken. 429 and 503 are asked again after Retry-After instead.
        job->head = false;
        return again();
    } else if (isRedirect(status)) {
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location").trimmed());
        if (location.isEmpty()) {
            c.status = LinkStatus::HttpError;
        } else {
            job->allPermanent = job->allPermanent && (status == 301 || status == 308);
            job->visited.insert(job->current);
            const QUrl next = job->current.resolved(location);
            ++job->redirects;
            c.redirects = job->redirects;
            c.finalUrl = next.toString();
            if (job->visited.contains(next))
                c.status = LinkStatus::RedirectLoop;
            else if (job->redirects > m_options.maxRedirects)
                c.status = LinkStatus::TooManyRedirects;
            else {
                job->current = next;
                return again();
            }
        }
    } else if ((status == 429 || status == 503) && !job->retried) {
        const qint64 wait = retryAfterMs(reply);
        if (wait >= 0 && wait <= m_options.maxRetryAfterMs) {
            job->retried = true;
            m_delayed << job;
            job->timer.disconnect();
            connect(&job->timer, &QTimer::timeout, this, [this, job, again] {
                m_delayed.removeOne(job);
                again();
            });
            job->timer.start(int(wait));
            return;
        }
        c.status = LinkStatus::HttpError;
    } else if (status >= 400) {
        c.status = LinkStatus::HttpError;
    } else if (job->redirects == 0) {
        c.status = LinkStatus::Ok;
    } else {
        c.status = job->allPermanent ? LinkStatus::MovedPermanently : LinkStatus::Redirected;
    }

    if (job->twin) {
        LinkCheck answer = job->answer;
        answer.httpsTwin = c.status == LinkStatus::Ok && c.httpStatus == answer.httpStatus;
        return complete(job, answer);
    }
    // An http link that answers directly: does its https twin answer the same? Not for a link
    // with its own port, where one port cannot speak both.
    if (c.status == LinkStatus::Ok && job->current.scheme() == u"http"
        && job->current.port() == -1) {
        job->twin = true;
        job->answer = c;
        job->current.setScheme(u"https"_s);
        job->head = true;
        job->retried = false;
        return again();
    }
    complete(job, c);
}

void LinkChecker::complete(Job *job, LinkCheck check)
{
    check.url = job->original;
    check.checked = QDateTime::currentDateTimeUtc();
    delete job;
    qCDebug(lcLinks) << check.url << linkStatusName(check.status) << check.httpStatus;
    m_results << check;
    emit checked(check);
    emit progress(int(m_results.size()), m_total);
    pump();
}

} // namespace galley
