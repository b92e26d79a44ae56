#pragma once

#include "email/emailsettings.h"
#include "issuedocument.h"
#include "markdowntree.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

enum class ExportFormat {
    Fragment, // the body's HTML only: the cmark-gfm contract
    Html, // the email HTML: a complete document built for mail clients
    Markdown, // the normalised document with its front matter
    Text, // the email's plain-text part
    Eml, // the whole email as a MIME message (multipart/alternative: text, then HTML)
};

std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();

// The one rendering pipeline: the CLI, the exports and the preview all call this, so they produce
// the same bytes. The preview asks for source positions and nothing else differs. `settings`
// shape the email formats (Html, Text, Eml) only. An Eml export whose settings hold an invalid
// address is empty; exportEml says why.
QByteArray exportDocument(const IssueDocument &doc, ExportFormat format,
                          const RenderOptions &options = {},
                          const EmailSettings &settings = EmailSettings());

// `galley export FILE --to fragment` straight from the file's bytes, without the round trip
// through QString: when readIssueFile would give a document whose body is exactly these bytes
// (decodesToItself, and no front matter), the fragment exportDocument gives for it; nullopt
// otherwise (decode the bytes and call exportDocument).
std::optional<QByteArray> exportFragmentFromFileBytes(QByteArrayView bytes,
                                                      const RenderOptions &options = {},
                                                      TreeMemory memory = TreeMemory::WithTree);

// The .eml with its error: an address in the settings that does not parse. A test send puts
// `subjectPrefix` ("[TEST] ") before the subject; nothing else differs.
Result<QByteArray> exportEml(const IssueDocument &doc, const EmailSettings &settings,
                             const QString &subjectPrefix = {});

} // namespace galley
