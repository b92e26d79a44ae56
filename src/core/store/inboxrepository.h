#pragma once

#include "inboxitem.h"
#include "result.h"

namespace galley {

class StoreDatabase;

// The inbox table (schema step 6): links captured during the week, one row per normalised link.
// See the Store's inbox calls for what each does.
class InboxRepository
{
public:
    explicit InboxRepository(StoreDatabase &db)
        : m_db(db)
    { }

    Result<QList<InboxAddOutcome>> add(const QList<InboxCapture> &captures);
    Result<QList<InboxItem>> list(bool all);
    Result<int> newCount();
    Result<InboxWaiting> waitingSince(qint64 beforeMs, int oldest);
    Result<std::optional<InboxItem>> forUrl(const QString &url);
    Status remove(const QList<qint64> &ids);
    Status setState(const QList<qint64> &ids, InboxState state, qint64 issueId);
    Status setFetched(qint64 id, const QString &title, const QString &description,
                      const QString &error);

private:
    Result<InboxAddOutcome> addOne(const InboxCapture &capture, qint64 now);
    StoreDatabase &m_db;
};

} // namespace galley
