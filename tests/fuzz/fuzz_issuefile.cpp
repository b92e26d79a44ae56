// An issue file's bytes → decoding (UTF-8, UTF-16 with BOM, Windows-1252 guesses) → front matter
// → document. Properties: whatever is read either fails with a message or gives a document whose
// Markdown export, read back as a file, is the same document: same export bytes, same title,
// number and date, the same fragment and email HTML.

#include "exporter.h"
#include "fuzzsupport.h"
#include "issuedocument.h"

using namespace galley;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList warnings;
    const Result<IssueDocument> doc = issueDocumentFromFileBytes(bytes, u"fuzz.md"_qs, &warnings);
    if (!doc) {
        fuzz::require(!doc.error().message.isEmpty(), "a read error without a message");
        return 0;
    }
    const QByteArray markdown = exportDocument(*doc, ExportFormat::Markdown);
    const Result<IssueDocument> again = issueDocumentFromFileBytes(markdown, u"fuzz.md"_qs);
    fuzz::require(again.ok(), "the Markdown export cannot be read back",
                  again ? QByteArray() : again.error().toString().toUtf8() + "\n" + markdown);
    fuzz::require(exportDocument(*again, ExportFormat::Markdown) == markdown,
                  "the Markdown export read back exports differently", markdown);
    fuzz::require(again->title() == doc->title() && again->issueNumber() == doc->issueNumber()
                      && again->date() == doc->date() && again->subject() == doc->subject(),
                  "the Markdown export read back has other facts", markdown);
    fuzz::require(exportDocument(*again, ExportFormat::Fragment)
                      == exportDocument(*doc, ExportFormat::Fragment),
                  "the Markdown export read back renders another fragment", markdown);
    fuzz::require(exportDocument(*again, ExportFormat::Html)
                      == exportDocument(*doc, ExportFormat::Html),
                  "the Markdown export read back renders another email", markdown);
    return 0;
}
