#include "issuedocument.h"

#include "textdecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

struct IssueDocumentTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::IssueDocument)
};

// Largest file we agree to open as an issue; a weekly is ~10 KB, a huge document ~1 MB.
constexpr qint64 maxIssueFileSize = 64 * 1024 * 1024;

bool isFenceLine(const QString &line, QChar *fenceChar, qsizetype *fenceLen)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
        ++indent;
    if (indent > 3 || indent >= line.size())
        return false;
    const QChar c = line.at(indent);
    if (c != u'`' && c != u'~')
        return false;
    qsizetype n = 0;
    while (indent + n < line.size() && line.at(indent + n) == c)
        ++n;
    if (n < 3)
        return false;
    *fenceChar = c;
    *fenceLen = n;
    return true;
}

bool isFrontMatterFence(const QString &line)
{
    return line.trimmed() == u"---" && line.startsWith(u"---");
}

} // namespace

bool looksMailboxQuoted(const QString &markdown)
{
    if (!markdown.contains(u">From "))
        return false;
    // The artefact's signature: a heading whose text the mailbox quoted (`>From our sponsor, X`
    // over a setext underline). A block quote never has a setext underline of its own, so a
    // person's `>From the notes` quote does not look like this.
    static const QRegularExpression quotedHeading(u"^>+From [^\\n]*\\n(?:=+|-+)[ \\t]*$"_s,
                                                  QRegularExpression::MultilineOption);
    return quotedHeading.match(markdown).hasMatch();
}

namespace {

// Calls `edit` on every line outside fenced code blocks, where mbox quoting applies.
template<typename Edit> QString editLinesOutsideFences(const QString &markdown, Edit edit)
{
    QStringList lines = markdown.split(u'\n');
    QChar openFence;
    qsizetype openLen = 0;
    for (QString &line : lines) {
        QChar c;
        qsizetype n = 0;
        if (isFenceLine(line, &c, &n)) {
            if (openLen == 0) {
                openFence = c;
                openLen = n;
            } else if (c == openFence && n >= openLen) {
                openLen = 0;
            }
            continue;
        }
        if (openLen == 0)
            edit(line);
    }
    return lines.join(u'\n');
}

} // namespace

QString undoMboxFromQuoting(const QString &markdown)
{
    if (!markdown.contains(u">From "))
        return markdown;
    static const QRegularExpression quoted(u"^(>+)From "_s);
    return editLinesOutsideFences(markdown, [](QString &line) {
        if (line.startsWith(u'>') && quoted.match(line).hasMatch())
            line.remove(0, 1);
    });
}

QString mboxFromQuoted(const QString &markdown)
{
    static const QRegularExpression fromLine(u"^>*From "_s);
    return editLinesOutsideFences(markdown, [](QString &line) {
        if (fromLine.match(line).hasMatch())
            line.prepend(u'>');
    });
}

qsizetype bodyStartPosition(const QString &document)
{
    const auto doc = IssueDocument::fromText(document);
    if (!doc || !doc->hasFrontMatter())
        return 0;
    qsizetype pos = 0;
    for (int line = 1; line < doc->bodyFirstLine() && pos >= 0; ++line) {
        pos = document.indexOf(u'\n', pos);
        if (pos >= 0)
            ++pos;
    }
    if (pos < 0)
        return document.size();
    while (pos < document.size() && document.at(pos) == u'\n')
        ++pos;
    return pos;
}

QDateTime parseIsoDate(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        // YAML and static-site generators also write "2025-01-05 09:02:11 +00:00".
        static const QRegularExpression spaced(
            uR"(^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*(Z|[+-]\d{2}:?\d{2})?$)"_s);
        const auto m = spaced.match(t);
        if (m.hasMatch())
            dt = QDateTime::fromString(m.captured(1) + u'T' + m.captured(2) + m.captured(3),
                                       Qt::ISODate);
    }
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0));
    }
    return dt;
}

Result<IssueDocument> IssueDocument::fromFileText(const QString &text, const QString &fileName)
{
    auto doc = fromText(text, fileName);
    // Only back issues that went through a mailbox carry the quoting, and they always have front
    // matter; a file without front matter keeps a `>From` block quote as written, so the
    // cmark-gfm contract holds for it.
    if (doc && doc->m_hasFrontMatter && looksMailboxQuoted(doc->m_body))
        doc->m_body = undoMboxFromQuoting(doc->m_body);
    return doc;
}

Result<IssueDocument> IssueDocument::fromText(const QString &text, const QString &fileName)
{
    IssueDocument doc;
    QString rest = text;
    if (rest.startsWith(QChar(0xFEFF)))
        rest.remove(0, 1);
    // One line ending, as files are read (decodeText): cmark-gfm also ends a line at a lone CR,
    // so a CR kept here would put the Check panel's line numbers below the editor's last line
    // (found by fuzz_preflight).
    rest = normaliseLineEndings(std::move(rest));

    const qsizetype firstNewline = rest.indexOf(u'\n');
    const QString firstLine = rest.left(firstNewline < 0 ? rest.size() : firstNewline);
    if (isFrontMatterFence(firstLine)) {
        // Find the closing fence: `---` or YAML's `...`.
        qsizetype pos = firstNewline < 0 ? rest.size() : firstNewline + 1;
        int line = 2;
        qsizetype closeStart = -1, closeEnd = -1;
        while (pos < rest.size()) {
            qsizetype nl = rest.indexOf(u'\n', pos);
            const qsizetype end = nl < 0 ? rest.size() : nl;
            const QString l = rest.mid(pos, end - pos);
            if (isFrontMatterFence(l) || l.trimmed() == u"...") {
                closeStart = pos;
                closeEnd = nl < 0 ? rest.size() : nl + 1;
                break;
            }
            pos = end + 1;
            ++line;
        }
        if (closeStart < 0)
            return Error {
                fileName, 1,
                IssueDocumentTr::tr("The front matter that starts here is never closed: add a line "
                                    "with '---' after the last 'key: value' line.")};
        const QString yaml = rest.mid(firstNewline + 1, closeStart - firstNewline - 1);
        auto fm = FrontMatter::parse(yaml, fileName, 2);
        if (!fm)
            return fm.error();
        doc.m_frontMatter = std::move(fm.value());
        doc.m_hasFrontMatter = true;
        doc.m_bodyFirstLine = line + 1;
        rest = rest.mid(closeEnd);

        if (doc.m_frontMatter.contains(u"date"_s)) {
            const auto dateText = doc.m_frontMatter.value(u"date"_s);
            if (!dateText || (!dateText->isEmpty() && !parseIsoDate(*dateText).isValid()))
                return Error {
                    fileName, doc.m_frontMatter.lineOf(u"date"_s),
                    IssueDocumentTr::tr("The date '%1' is not an ISO 8601 date; write it like "
                                        "2025-01-26 or 2025-01-26T09:00:00+00:00.")
                        .arg(dateText.value_or(QString()))};
        }
        if (doc.m_frontMatter.contains(u"issue"_s)) {
            bool ok = false;
            const auto n = doc.m_frontMatter.value(u"issue"_s);
            if (n)
                n->toInt(&ok);
            if (!ok)
                return Error {fileName, doc.m_frontMatter.lineOf(u"issue"_s),
                              IssueDocumentTr::tr(
                                  "The issue number must be a whole number, like 'issue: 104'.")};
        }
    }
    doc.m_body = rest;
    return doc;
}

QString IssueDocument::title() const
{
    const QString declared = m_frontMatter.value(u"title"_s).value_or(QString()).trimmed();
    if (!declared.isEmpty() || m_hasFrontMatter)
        return declared;
    // A Markdown file without front matter that opens with `# Title` is titled by it (drafts
    // list, window title, the .eml's Subject), not "(untitled)".
    qsizetype start = 0;
    while (start < m_body.size() && (m_body.at(start) == u'\n' || m_body.at(start) == u'\r'))
        ++start;
    if (!QStringView(m_body).sliced(start).startsWith(u"# "))
        return {};
    const qsizetype end = m_body.indexOf(u'\n', start);
    QString heading = m_body.mid(start + 2, end < 0 ? -1 : end - start - 2).trimmed();
    // A closing sequence of #s is not part of the heading's text.
    static const QRegularExpression closing(u"\\s+#+$"_s);
    heading.remove(closing);
    return heading;
}

QString IssueDocument::subject() const
{
    const QString s = m_frontMatter.value(u"subject"_s).value_or(QString()).trimmed();
    return s.isEmpty() ? title() : s;
}

QString IssueDocument::preheader() const
{
    return m_frontMatter.value(u"preheader"_s).value_or(QString()).trimmed();
}

std::optional<int> IssueDocument::issueNumber() const
{
    if (const auto n = m_frontMatter.value(u"issue"_s)) {
        bool ok = false;
        const int v = n->trimmed().toInt(&ok);
        if (ok)
            return v;
    }
    static const QRegularExpression number(u"#\\s*(\\d+)"_s);
    const auto m = number.match(title());
    if (m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

QDateTime IssueDocument::date() const
{
    const auto d = m_frontMatter.value(u"date"_s);
    return d ? parseIsoDate(*d) : QDateTime();
}

void IssueDocument::setField(const QString &key, const QString &value)
{
    m_frontMatter.setValue(key, value);
    m_hasFrontMatter = true;
}

QString IssueDocument::toMarkdown() const
{
    if (!m_hasFrontMatter)
        return m_body;
    return u"---\n"_s + m_frontMatter.toText() + u"---\n"_s + m_body;
}

Result<QByteArray> readIssueFileBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {path, 0, IssueDocumentTr::tr("No such file. Check the path.")};
    if (info.isDir())
        return Error {path, 0, IssueDocumentTr::tr("This is a folder, not an issue file.")};
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer; then
    // fstat on what was opened (not on the name, which could change in between) must say it is
    // a regular file: /dev/zero would be read until memory runs out, a FIFO would hang.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Error {path, 0,
                      IssueDocumentTr::tr("The file cannot be read: %1.")
                          .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error {
            path, 0,
            IssueDocumentTr::tr("This is not a regular file (it is a device, a pipe or a socket); "
                                "only issue files can be opened.")};
    }
    const auto tooLarge = [&path](qint64 size) {
        return Error {
            path, 0,
            IssueDocumentTr::tr("The file is %1 MB; issues larger than %2 MB are not opened.")
                .arg(size / (1024 * 1024))
                .arg(maxIssueFileSize / (1024 * 1024))};
    };
    if (st.st_size > maxIssueFileSize) {
        ::close(fd);
        return tooLarge(st.st_size);
    }
    // Read at most the cap, whatever the file claims (it may grow while being read).
    QByteArray bytes;
    bytes.reserve(qsizetype(st.st_size));
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int readError = errno;
            ::close(fd);
            return Error {path, 0,
                          IssueDocumentTr::tr("Reading the file failed: %1.")
                              .arg(QString::fromLocal8Bit(std::strerror(readError)))};
        }
        if (n == 0)
            break;
        bytes.append(buffer, qsizetype(n));
        if (bytes.size() > maxIssueFileSize) {
            ::close(fd);
            return tooLarge(bytes.size());
        }
    }
    ::close(fd);
    return bytes;
}

Result<IssueDocument> readIssueFile(const QString &path, QStringList *warnings)
{
    const Result<QByteArray> bytes = readIssueFileBytes(path);
    if (!bytes)
        return bytes.error();
    return issueDocumentFromFileBytes(*bytes, path, warnings);
}

Result<IssueDocument> issueDocumentFromFileBytes(const QByteArray &bytes, const QString &path,
                                                 QStringList *warnings)
{
    auto decoded = decodeText(bytes, path);
    if (!decoded)
        return decoded.error();
    if (warnings)
        *warnings << decoded->warnings;
    return IssueDocument::fromFileText(decoded->text, path);
}

} // namespace galley
