#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

// The YAML block at the top of an issue file. Values are read with a real YAML parser, while each
// top-level entry also keeps its original text, so that keys Galley does not know (tags, layout,
// anything a static-site generator wrote) come back out exactly as they went in.
class FrontMatter
{
public:
    struct Entry
    {
        QString key; // empty for the comments and blank lines before the first key
        QString raw; // every line of the entry, each ending in '\n'
    };

    // `firstLine` is the 1-based line of the YAML text in its file, so errors point at the file.
    static Result<FrontMatter> parse(const QString &yaml, const QString &fileName, int firstLine);

    bool isEmpty() const { return m_entries.isEmpty(); }
    bool contains(const QString &key) const;
    QStringList keys() const;

    // The scalar value of a key; for the text keys (title, subject, preheader) Markdown-style
    // backslash escapes such as `\#` are undone, because archives write titles that way.
    std::optional<QString> value(const QString &key) const;
    // Items of a YAML sequence (tags: [a, b] or a block list), or the scalar as one item.
    QStringList list(const QString &key) const;
    // The 1-based line where the key's entry starts in the file (0 when absent).
    int lineOf(const QString &key) const;

    // Replaces (or appends) the entry of `key` with a plain or double-quoted scalar.
    void setValue(const QString &key, const QString &value);
    // Replaces (or appends) the entry of `key` with a flow sequence: `key: [a, b]`.
    void setList(const QString &key, const QStringList &items);
    void remove(const QString &key);

    QString toText() const;
    const QList<Entry> &entries() const { return m_entries; }

private:
    struct Value
    {
        QString scalar;
        QStringList items;
        bool plain = false; // an unquoted scalar, where Markdown escapes may have been written
        bool isScalar = false;
        bool isSequence = false;
    };
    void replaceEntry(const QString &key, const QString &raw, const Value &value);

    QList<Entry> m_entries;
    QList<Value> m_values; // parallel to m_entries
    QList<int> m_lines; // parallel to m_entries
};

// Quotes a scalar for YAML only when it must be (a ` #`, `: `, leading indicators, ...).
QString yamlScalar(const QString &value);

} // namespace galley
