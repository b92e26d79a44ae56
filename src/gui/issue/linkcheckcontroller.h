#pragma once

#include "linkcheck/linkchecker.h"
#include "preflight.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace galley::gui {

class StoreClient;

// Issue ▸ Check Links for the Check panel: reads the draft's links, answers what the store's
// cache knows on the store's thread, checks the rest on the network in the background (the GUI
// thread only waits for events) and saves each answer as it comes.
class LinkCheckController : public QObject
{
    Q_OBJECT
public:
    explicit LinkCheckController(StoreClient *client, QObject *parent = nullptr);

    // Checks the links of `text`; a run still going is cancelled first.
    void start(const QString &text);
    void cancel();
    bool isRunning() const { return m_running; }
    // The answers of the last run (finished or cancelled), keyed by normalised URL.
    bool hasResults() const { return m_hasResults; }
    const QHash<QString, LinkCheck> &checks() const { return m_checks; }
    // For tests: the options every later run uses (its timeout, whether there is a network).
    void setOptions(const LinkCheckOptions &options) { m_testOptions = options; }

signals:
    void started(int total);
    void progress(int done, int total);
    // The link problems, on their lines; `cancelled` when the run was stopped.
    void finished(const QList<galley::Problem> &problems, bool cancelled);

private:
    void onChecked(const LinkCheck &check);
    void finish(bool cancelled);

    StoreClient *m_client;
    QPointer<LinkChecker> m_checker;
    std::optional<LinkCheckOptions> m_testOptions;
    QList<DocumentLink> m_links;
    QHash<QString, LinkCheck> m_checks;
    int m_total = 0;
    int m_generation = 0;
    bool m_running = false;
    bool m_hasResults = false;
};

} // namespace galley::gui
