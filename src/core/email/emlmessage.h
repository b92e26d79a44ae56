#pragma once

#include "emailsettings.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace galley {

// The parts of one email, already rendered.
struct EmailContent
{
    QString subject;
    QString text; // the text/plain part
    QByteArray html; // the text/html part, UTF-8
};

// Builds the message a mail client opens as the finished email (how people send themselves a
// test copy): multipart/alternative with text/plain first and text/html last (clients show the
// last part they understand), UTF-8, quoted-printable, an RFC 2047 subject, Date, Message-ID,
// MIME-Version and From/To/Reply-To from the settings. Lines end in CRLF as RFC 5322 asks.
// An address in the settings that does not parse is an Error naming the field.
Result<QByteArray> buildEmlMessage(const EmailContent &content, const EmailSettings &settings,
                                   const QDateTime &date = QDateTime::currentDateTime());

} // namespace galley
