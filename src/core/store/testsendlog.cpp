// Store's record of the test emails sent (schema step 5, table test_sends): written once the
// server accepted a test, read by the History dialog.
#include "store.h"

#include "storedatabase.h"
#include "storerows.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct TestsendlogTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};
} // namespace

Result<qint64> Store::recordTestSend(const TestSendRecord &record)
{
    if (!m_db)
        return Error {{}, 0, TestsendlogTr::tr("The store is not open."), Error::Failed};
    const QString what = TestsendlogTr::tr("Recording the test email");
    const QDateTime time = record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc();
    auto q = m_db->run(u"INSERT INTO test_sends (issue_id, time, server, recipients, subject, "
                       u"size) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {record.issueId, time.toMSecsSinceEpoch(), record.server,
                        record.recipients.join(u'\n'), record.subject, record.size},
                       what);
    if (!q)
        return q.error();
    const qint64 id = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    StoreDatabase::done(**q);
    return id;
}

Result<QList<TestSendRecord>> Store::testSends(qint64 issueId)
{
    if (!m_db)
        return Error {{}, 0, TestsendlogTr::tr("The store is not open."), Error::Failed};
    auto q = m_db->run(u"SELECT id, time, server, recipients, subject, size FROM test_sends "
                       u"WHERE issue_id = ? ORDER BY id DESC"_s,
                       {issueId}, TestsendlogTr::tr("Reading the test emails sent"));
    if (!q)
        return q.error();
    QList<TestSendRecord> records;
    while ((*q)->next()) {
        TestSendRecord r;
        r.id = (*q)->value(0).toLongLong();
        r.issueId = issueId;
        r.time = storerows::fromMs((*q)->value(1));
        r.server = (*q)->value(2).toString();
        r.recipients = (*q)->value(3).toString().split(u'\n', Qt::SkipEmptyParts);
        r.subject = (*q)->value(4).toString();
        r.size = (*q)->value(5).toLongLong();
        records.append(r);
    }
    StoreDatabase::done(**q);
    return records;
}

} // namespace galley
