#pragma once

#include "linkcheck/linkcheck.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace galley {

struct LinkCheckOptions
{
    int timeoutMs = 10000; // per request; the store's setting "linkcheck.timeoutMs"
    int maxParallel = 8;
    int maxPerHost = 2;
    int maxRedirects = 10;
    qint64 maxRetryAfterMs = 30000; // a longer Retry-After is not waited for
    // Whether there is a network to check on; default: an interface other than loopback is up.
    // Loopback hosts (localhost, 127.0.0.1, ::1) and names that never resolve (RFC 6761's
    // .invalid) are checked either way.
    std::function<bool()> networkUp;
    // Certificates trusted besides the system's (a test's own server).
    QList<QSslCertificate> trustedCertificates;
};

// True when an interface other than loopback is up and has an address.
bool networkInterfaceUp();

// Checks web links with HEAD requests (GET when HEAD is refused), following redirects one by one,
// at most `maxParallel` at once and `maxPerHost` per host, in the calling thread's event loop.
class LinkChecker : public QObject
{
    Q_OBJECT
public:
    explicit LinkChecker(LinkCheckOptions options = {}, QObject *parent = nullptr);
    ~LinkChecker() override;

    // Checks each URL (the caller has made them distinct); finished() follows, also for none.
    void start(const QStringList &urls);
    // Stops: the links not finished are left out of results(); finished() follows.
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }

    QList<LinkCheck> results() const { return m_results; }
    static QString userAgent();

signals:
    void checked(const galley::LinkCheck &check);
    void progress(int done, int total);
    void finished();

private:
    struct Job;
    void pump();
    void send(Job *job);
    void onReply(Job *job);
    void complete(Job *job, LinkCheck check);
    QString hostOf(const Job *job) const;

    LinkCheckOptions m_options;
    QNetworkAccessManager *m_nam;
    QList<Job *> m_waiting;
    QList<Job *> m_active;
    QList<Job *> m_delayed; // waiting out a Retry-After
    QHash<QString, int> m_perHost;
    QList<LinkCheck> m_results;
    int m_total = 0;
    bool m_online = true;
    bool m_cancelled = false;
    bool m_finished = true;
};

} // namespace galley
