#include "issue/linkcheckcontroller.h"

#include "drafts/storeclient.h"
#include "issuedocument.h"
#include "linkcheck/linkcheckrun.h"
#include "store/store.h"
#include "store/urlnormalizer.h"

namespace galley::gui {

namespace {
struct Prepared
{
    QList<DocumentLink> links;
    QStringList missing; // to ask the network
    QHash<QString, LinkCheck> cached;
    LinkCheckSettings settings;
    int total = 0;
};
} // namespace

LinkCheckController::LinkCheckController(StoreClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void LinkCheckController::start(const QString &text)
{
    cancel();
    const int generation = ++m_generation;
    m_running = true;
    m_checks.clear();
    m_client->run(
        this,
        [text](Store &store) {
            Prepared p;
            const auto doc = IssueDocument::fromText(text);
            if (!doc)
                return p; // the preflight reports the front matter
            p.links = documentLinks(*doc);
            const QStringList urls = distinctCheckableUrls(p.links);
            p.total = int(urls.size());
            p.settings = linkCheckSettings(&store);
            p.missing = urlsToCheck(store, urls, p.settings.freshHours, &p.cached);
            return p;
        },
        [this, generation](Prepared p) {
            if (generation != m_generation)
                return;
            m_links = p.links;
            m_checks = p.cached;
            m_total = p.total;
            emit started(m_total);
            emit progress(int(m_checks.size()), m_total);
            if (p.missing.isEmpty())
                return finish(false);
            auto *checker = new LinkChecker(m_testOptions.value_or(p.settings.options), this);
            m_checker = checker;
            connect(checker, &LinkChecker::checked, this, &LinkCheckController::onChecked);
            connect(checker, &LinkChecker::finished, this, [this, checker] {
                checker->deleteLater();
                if (checker == m_checker && !checker->wasCancelled())
                    finish(false);
            });
            checker->start(p.missing);
        });
}

void LinkCheckController::onChecked(const LinkCheck &check)
{
    m_checks.insert(normalizeUrl(check.url), check);
    // Saved as it comes: a run that is stopped keeps what it learnt.
    m_client->run(
        this, [check](Store &store) { return bool(store.saveLinkCheck(check)); }, [](bool) {});
    emit progress(int(m_checks.size()), m_total);
}

void LinkCheckController::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // a preparation still on the store's thread is dropped on arrival
    if (m_checker)
        m_checker->cancel();
    finish(true);
}

void LinkCheckController::finish(bool cancelled)
{
    m_running = false;
    m_hasResults = true;
    m_checker = nullptr;
    emit finished(linkProblems(m_links, m_checks), cancelled);
}

} // namespace galley::gui
