#include "frontmatter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

struct FrontMatterTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::FrontMatter)
};

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isTextKey(const QString &key)
{
    return key == u"title" || key == u"subject" || key == u"preheader";
}

// Undo Markdown backslash escapes (`\#`, `\*`, `\_`...) that static-site archives put in titles.
QString unescapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next.unicode() < 128 && next.isPunct()) {
                out += next;
                ++i;
                continue;
            }
            if (next.unicode() < 128 && next.isSymbol()) {
                out += next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// A top-level key starts a line at column 0; everything else (indented lines, block-list items,
// comments) belongs to the entry above it.
std::optional<QString> topLevelKey(const QString &line)
{
    if (line.isEmpty() || line.at(0).isSpace() || line.startsWith(u'#') || line.startsWith(u'-'))
        return std::nullopt;
    static const QRegularExpression keyLine(uR"(^("[^"]*"|'[^']*'|[^:#\s][^:]*?)\s*:(\s|$))"_s);
    const auto match = keyLine.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    QString key = match.captured(1);
    if (key.size() >= 2 && (key.startsWith(u'"') || key.startsWith(u'\'')))
        key = key.mid(1, key.size() - 2);
    return key;
}

// yaml-cpp accepts a quoted scalar that is never closed (it runs to the end of the block and
// swallows the keys below it), so check quoting ourselves: true when the value of an entry opens a
// quote that its lines never close.
bool hasUnclosedQuote(const QString &entryRaw)
{
    const qsizetype colon = entryRaw.indexOf(u':');
    if (colon < 0)
        return false;
    QString value = entryRaw.mid(colon + 1);
    const qsizetype start = value.indexOf(QRegularExpression(u"\\S"_s));
    if (start < 0)
        return false;
    const QChar quote = value.at(start);
    if (quote != u'"' && quote != u'\'')
        return false;
    for (qsizetype i = start + 1; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (quote == u'"' && c == u'\\') {
            ++i;
            continue;
        }
        if (c == quote) {
            if (quote == u'\'' && i + 1 < value.size() && value.at(i + 1) == u'\'') {
                ++i; // '' is an escaped quote inside single quotes
                continue;
            }
            return false;
        }
    }
    return true;
}

} // namespace

Result<FrontMatter> FrontMatter::parse(const QString &yaml, const QString &fileName, int firstLine)
{
    FrontMatter fm;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        const int line = firstLine + (e.mark.is_null() ? 0 : e.mark.line);
        return Error {
            fileName, line,
            FrontMatterTr::tr("The front matter is not valid YAML (%1). Check quotes and colons "
                              "on this line; a title with ' #' needs quotes or '\\#'.")
                .arg(fromStd(e.msg))};
    }
    if (root.IsDefined() && !root.IsNull() && !root.IsMap())
        return Error {fileName, firstLine,
                      FrontMatterTr::tr("The front matter must be a list of 'key: value' lines.")};

    // Split the text into entries, keeping each entry's lines as written.
    const QStringList lines = yaml.split(u'\n');
    int lineNo = firstLine;
    for (qsizetype i = 0; i < lines.size(); ++i, ++lineNo) {
        const QString &line = lines.at(i);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the split's empty tail after the final newline
        const auto key = topLevelKey(line);
        if (key || fm.m_entries.isEmpty()) {
            fm.m_entries.append(Entry {key.value_or(QString()), QString()});
            fm.m_values.append(Value {});
            fm.m_lines.append(lineNo);
        }
        fm.m_entries.last().raw += line + u'\n';
    }

    for (qsizetype i = 0; i < fm.m_entries.size(); ++i) {
        const Entry &e = fm.m_entries.at(i);
        if (!e.key.isEmpty() && hasUnclosedQuote(e.raw))
            return Error {
                fileName, fm.m_lines.at(i),
                FrontMatterTr::tr("The value of '%1' opens a quote that is never closed. Add the "
                                  "closing quote (YAML) at the end of the value.")
                    .arg(e.key)};
    }

    if (root.IsMap()) {
        for (const auto &pair : root) {
            // Copy the nodes: the iterator's pair is a proxy that dies with the expression.
            const YAML::Node keyNode = pair.first;
            const YAML::Node node = pair.second;
            const QString key = fromStd(keyNode.Scalar());
            qsizetype index = -1;
            for (qsizetype i = 0; i < fm.m_entries.size(); ++i) {
                if (fm.m_entries.at(i).key == key)
                    index = i;
            }
            if (index < 0)
                continue; // a key our line splitter could not see (complex YAML): kept as text
            Value &value = fm.m_values[index];
            if (node.IsScalar()) {
                value.isScalar = true;
                value.scalar = fromStd(node.Scalar());
                value.plain = node.Tag() == "?";
            } else if (node.IsSequence()) {
                value.isSequence = true;
                for (const auto &item : node) {
                    if (item.IsScalar())
                        value.items.append(fromStd(item.Scalar()));
                }
            }
        }
    }
    return fm;
}

bool FrontMatter::contains(const QString &key) const
{
    return lineOf(key) > 0;
}

QStringList FrontMatter::keys() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (!e.key.isEmpty())
            out << e.key;
    }
    return out;
}

std::optional<QString> FrontMatter::value(const QString &key) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key != key)
            continue;
        const Value &v = m_values.at(i);
        if (!v.isScalar)
            return std::nullopt;
        return (v.plain && isTextKey(key)) ? unescapeMarkdown(v.scalar) : v.scalar;
    }
    return std::nullopt;
}

QStringList FrontMatter::list(const QString &key) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key != key)
            continue;
        const Value &v = m_values.at(i);
        if (v.isSequence)
            return v.items;
        if (v.isScalar && !v.scalar.isEmpty())
            return {v.scalar};
        return {};
    }
    return {};
}

int FrontMatter::lineOf(const QString &key) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key == key)
            return m_lines.at(i);
    }
    return 0;
}

QString yamlScalar(const QString &value)
{
    static const QRegularExpression needsQuotes(
        uR"(^$|^\s|\s$|^[-?:,\[\]{}#&*!|>'"%@`]|: |\s#|:$|[\x00-\x1f\\"])"_s);
    static const QRegularExpression looksTyped(
        uR"(^(true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.:eE+-]*)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!needsQuotes.match(value).hasMatch() && !looksTyped.match(value).hasMatch())
        return value;
    QString out = u"\""_s;
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    return out + u'"';
}

void FrontMatter::setList(const QString &key, const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items) {
        // In a flow sequence a comma or bracket would end the item: quote those too.
        const QString q = yamlScalar(item);
        quoted << (q == item && item.contains(QRegularExpression(u"[,\\[\\]{}]"_s))
                       ? u'"' + item + u'"'
                       : q);
    }
    Value v;
    v.isSequence = true;
    v.items = items;
    replaceEntry(key, key + u": ["_s + quoted.join(u", "_s) + u"]\n"_s, v);
}

void FrontMatter::setValue(const QString &key, const QString &value)
{
    Value v;
    v.isScalar = true;
    v.scalar = value;
    v.plain = false;
    replaceEntry(key, key + u": "_s + yamlScalar(value) + u'\n', v);
}

void FrontMatter::replaceEntry(const QString &key, const QString &raw, const Value &v)
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key == key) {
            // Keep blank lines and comments that trailed the old entry.
            const QStringList old = m_entries.at(i).raw.split(u'\n');
            QString tail;
            for (qsizetype j = old.size() - 2; j >= 1; --j) {
                const QString t = old.at(j).trimmed();
                if (!t.isEmpty() && !t.startsWith(u'#'))
                    break;
                tail.prepend(old.at(j) + u'\n');
            }
            m_entries[i].raw = raw + tail;
            m_values[i] = v;
            return;
        }
    }
    m_entries.append(Entry {key, raw});
    m_values.append(v);
    m_lines.append(m_lines.isEmpty() ? 2 : m_lines.last() + 1);
}

void FrontMatter::remove(const QString &key)
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key == key) {
            m_entries.removeAt(i);
            m_values.removeAt(i);
            m_lines.removeAt(i);
        }
    }
}

QString FrontMatter::toText() const
{
    QString out;
    for (const Entry &e : m_entries)
        out += e.raw;
    return out;
}

} // namespace galley
