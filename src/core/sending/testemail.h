#pragma once

#include "email/emailsettings.h"
#include "issuedocument.h"
#include "result.h"
#include "sendingsettings.h"
#include "smtpsender.h"
#include "store/store.h"

#include <functional>

namespace galley {

// A test email of an issue: the bytes `galley export --to eml` writes for it (exportEml, the one
// pipeline), with "[TEST] " before the subject when the settings ask for it, sent to the test
// recipients. Shared by Issue ▸ Send Test Email and `galley send-test`.
struct TestEmail
{
    QByteArray message;
    QString subject; // as sent
    SmtpRequest request; // everything but the password and the time limit
};

QString testSubjectPrefix();

// The message and its envelope; an Error when the email settings hold an invalid address or the
// sending settings cannot send (no server, no recipient, plain text to a remote host...).
Result<TestEmail> prepareTestEmail(const IssueDocument &doc, const EmailSettings &email,
                                   const SendingSettings &sending);

// What the store records of a sent test.
TestSendRecord testSendRecord(const TestEmail &email, qint64 issueId);

} // namespace galley
