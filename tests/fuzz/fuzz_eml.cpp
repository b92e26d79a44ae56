// The .eml builder with arbitrary settings (sender, Reply-To, To, name, footer, merge tags) and an
// arbitrary document. Properties: a refused address is an error with a message; an accepted one
// gives a message whose header block holds exactly the headers Galley writes, each once, so no
// setting or front matter can add a header (the Bcc injection of issue 14), and no bare CR or LF.

#include "email/emailsettings.h"
#include "exporter.h"
#include "fuzzsupport.h"
#include "issuedocument.h"

#include <QSet>

using namespace galley;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = fuzz::splitFields(data, size, 8);
    const Result<IssueDocument> doc = IssueDocument::fromText(QString::fromUtf8(f[0]));
    if (!doc)
        return 0;
    EmailSettings settings;
    settings.from = QString::fromUtf8(f[1]);
    settings.replyTo = QString::fromUtf8(f[2]);
    if (!f[3].isEmpty())
        settings.to = QString::fromUtf8(f[3]);
    settings.newsletterName = QString::fromUtf8(f[4]);
    settings.footerText = QString::fromUtf8(f[5]);
    settings.mergeTags.unsubscribe = QString::fromUtf8(f[6]);
    settings.mergeTags.viewOnline = QString::fromUtf8(f[7]);

    const Result<QByteArray> eml = exportEml(*doc, settings);
    if (!eml) {
        fuzz::require(!eml.error().message.isEmpty(), "a refused .eml without a message");
        return 0;
    }
    const qsizetype end = eml->indexOf("\r\n\r\n");
    fuzz::require(end > 0, "the message has no header block", eml->left(2000));
    const QByteArray headers = eml->left(end + 2);
    static const QSet<QByteArray> written = {
        "date", "from", "subject", "to", "reply-to", "message-id", "mime-version", "content-type"};
    QSet<QByteArray> seen;
    for (const QByteArray &line : headers.split('\n')) {
        if (line.isEmpty())
            continue;
        fuzz::require(line.endsWith('\r') && line.count('\r') == 1,
                      "a header line with a bare CR or LF", headers);
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue; // a folded continuation
        const qsizetype colon = line.indexOf(':');
        fuzz::require(colon > 0, "a header line without a name", headers);
        const QByteArray name = line.left(colon).toLower();
        fuzz::require(written.contains(name), "a header Galley does not write", headers);
        fuzz::require(!seen.contains(name), "a header written twice", headers);
        seen.insert(name);
    }
    for (const char *name : {"date", "from", "subject", "to", "message-id", "mime-version"})
        fuzz::require(seen.contains(name), "a header is missing", headers);
    return 0;
}
