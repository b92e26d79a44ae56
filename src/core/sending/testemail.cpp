#include "testemail.h"

#include "exporter.h"

using namespace Qt::StringLiterals;

namespace galley {

QString testSubjectPrefix()
{
    return u"[TEST] "_s;
}

Result<TestEmail> prepareTestEmail(const IssueDocument &doc, const EmailSettings &email,
                                   const SendingSettings &sending)
{
    if (const QString problem = sending.problem(); !problem.isEmpty())
        return Error {{}, 0, problem, Error::Failed};
    const QString prefix = sending.testPrefix ? testSubjectPrefix() : QString();
    Result<QByteArray> eml = exportEml(doc, email, prefix);
    if (!eml)
        return eml.error();
    TestEmail test;
    test.message = std::move(eml).value();
    test.subject = prefix + doc.subject();
    test.request.server = sending;
    test.request.envelopeFrom = envelopeAddress(email.from);
    for (const QString &r : sending.recipients)
        test.request.recipients << r.trimmed();
    test.request.message = test.message;
    return test;
}

TestSendRecord testSendRecord(const TestEmail &email, qint64 issueId)
{
    TestSendRecord r;
    r.issueId = issueId;
    r.time = QDateTime::currentDateTimeUtc();
    r.server = email.request.server.serverName();
    r.recipients = email.request.recipients;
    r.subject = email.subject;
    r.size = email.message.size();
    return r;
}

} // namespace galley
