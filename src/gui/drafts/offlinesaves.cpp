#include "drafts/offlinesaves.h"

#include "store/storelocation.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcOffline, "galley.gui.offline")

namespace galley::gui {

OfflineSaves::OfflineSaves(QObject *parent)
    : QObject(parent)
{ }

OfflineSaves::~OfflineSaves() = default;

int OfflineSaves::reconnectIntervalMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("GALLEY_STORE_RECONNECT_MS", &ok);
    return ok ? qBound(100, fromEnvironment, 60000) : 3000;
}

void OfflineSaves::attach(Store *store, const QString &location)
{
    detach();
    auto where = StoreLocation::parse(location);
    if (!where || !where->isPostgres())
        return;
    m_store = store;
    auto journal = std::make_unique<OfflineJournal>(location);
    if (Status s = journal->open(); !s) {
        // The store works without it; only a lost connection would then fail the save.
        qCWarning(lcOffline) << "no offline journal:" << s.error().toString();
        return;
    }
    m_journal = std::move(journal);
    if (auto waiting = m_journal->count(); waiting && *waiting > 0) {
        qCInfo(lcOffline) << *waiting << "saves left in the offline journal; writing them";
        replay();
    }
}

void OfflineSaves::detach()
{
    m_journal.reset();
    m_store = nullptr;
    m_offline = false;
    m_rebase.clear(); // versions of the store just closed
}

qint64 OfflineSaves::rebased(qint64 id, qint64 expectedVersion) const
{
    const auto it = m_rebase.constFind(id);
    return it != m_rebase.cend() && it->first == expectedVersion ? it->second : expectedVersion;
}

bool OfflineSaves::reconnectNow()
{
    return m_journal && !m_offline && m_store->reconnect().ok();
}

bool OfflineSaves::keep(qint64 id, const QString &document, qint64 expectedVersion, int tag)
{
    if (!m_journal)
        return false;
    if (Status s = m_journal->add(id, expectedVersion, document); !s) {
        qCWarning(lcOffline) << s.error().toString();
        return false;
    }
    m_lastTag.insert(id, tag);
    if (!m_base.contains(id))
        m_base.insert(id, expectedVersion);
    goOffline();
    const auto waiting = m_journal->count();
    emit offline(waiting ? *waiting : 1);
    return true;
}

void OfflineSaves::noticeFailure(const galley::Error &error)
{
    if (error.code == Error::Offline && m_journal) {
        goOffline();
        const auto waiting = m_journal->count();
        emit offline(waiting ? *waiting : 0);
    }
}

void OfflineSaves::goOffline()
{
    m_offline = true;
    if (m_attemptQueued)
        return;
    m_attemptQueued = true;
    QTimer::singleShot(reconnectIntervalMs(), this, &OfflineSaves::attempt);
}

void OfflineSaves::attempt()
{
    m_attemptQueued = false;
    if (!m_store || !m_journal)
        return;
    if (Status s = m_store->reconnect(); !s) {
        goOffline(); // still away: try again later
        return;
    }
    replay();
}

void OfflineSaves::replay()
{
    const JournalReplay done = m_journal->replay(*m_store);
    for (auto it = done.versions.cbegin(); it != done.versions.cend(); ++it) {
        const qint64 id = it.key();
        if (m_base.contains(id))
            m_rebase.insert(id, {m_base.value(id), it.value()});
        emit replayedSave(id, it.value(), m_lastTag.value(id, 0), done.conflicted.contains(id));
    }
    if (done.error) {
        qCInfo(lcOffline) << "the offline journal waits:" << done.error->toString();
        goOffline();
        emit offline(done.waiting);
        return;
    }
    m_offline = false;
    m_base.clear();
    m_lastTag.clear();
    emit online(done.written, done.conflicts);
}

} // namespace galley::gui
