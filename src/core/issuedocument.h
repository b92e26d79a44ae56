#pragma once

#include "frontmatter.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

// One issue as the editor writes it: optional YAML front matter and a Markdown body.
class IssueDocument
{
public:
    // Reads an issue from text that has already been decoded (see decodeText), exactly as written:
    // a draft's text is never changed. Malformed front matter is an Error naming file and line.
    static Result<IssueDocument> fromText(const QString &text, const QString &fileName = {});
    // The same for the text of a file brought in from outside (import, open, export FILE): a back
    // issue that went through a mailbox (looksMailboxQuoted) has its `>From ` quoting undone.
    static Result<IssueDocument> fromFileText(const QString &text, const QString &fileName = {});

    bool hasFrontMatter() const { return m_hasFrontMatter; }
    const FrontMatter &frontMatter() const { return m_frontMatter; }
    FrontMatter &frontMatter() { return m_frontMatter; }

    const QString &body() const { return m_body; }
    void setBody(const QString &body) { m_body = body; }
    // The 1-based line of the body's first line in the file, to map body positions to file lines.
    int bodyFirstLine() const { return m_bodyFirstLine; }

    QString title() const;
    // The email subject: `subject`, else the title.
    QString subject() const;
    QString preheader() const;
    // `issue:`, else the `#<n>` in the title.
    std::optional<int> issueNumber() const;
    // `date:` as written (ISO 8601); invalid when absent.
    QDateTime date() const;

    void setTitle(const QString &title) { setField(QStringLiteral("title"), title); }
    void setField(const QString &key, const QString &value);

    // The normalised document: LF line endings, no BOM, front matter kept entry by entry as
    // written.
    QString toMarkdown() const;

private:
    bool m_hasFrontMatter = false;
    FrontMatter m_frontMatter;
    QString m_body;
    int m_bodyFirstLine = 1;
};

// Reads and decodes an issue file; `warnings` receives non-fatal notes (e.g. an encoding guess).
Result<IssueDocument> readIssueFile(const QString &path, QStringList *warnings = nullptr);
// readIssueFile in two steps, for a caller that looks at the bytes first (`galley export`): the
// file's bytes (or why it cannot be read), then the document they decode to.
Result<QByteArray> readIssueFileBytes(const QString &path);
Result<IssueDocument> issueDocumentFromFileBytes(const QByteArray &bytes, const QString &path,
                                                 QStringList *warnings = nullptr);

// True when `markdown` carries the mbox `>From ` artefact of a mailbox archive: a quoted line that
// is a setext heading's text (the archives' `>From our sponsor, X`).
bool looksMailboxQuoted(const QString &markdown);
// Turns mbox-quoted lines (`>From `, `>>From `) back into what was written, outside code fences.
QString undoMboxFromQuoting(const QString &markdown);
// The inverse: one more `>` on every `From ` and `>From ` line outside code fences. The Markdown
// export writes a body that itself looks mailbox-quoted this way, so that reading the file back
// (which undoes the quoting once) gives the same text again (found by fuzz_issuefile).
QString mboxFromQuoted(const QString &markdown);

// Where a person starts typing in `document`: the first non-blank line after its front matter
// (0 without front matter, or when the front matter cannot be read).
qsizetype bodyStartPosition(const QString &document);

// Parses an ISO 8601 date or date-time as front matter writes it (with or without a zone).
QDateTime parseIsoDate(const QString &text);

} // namespace galley
