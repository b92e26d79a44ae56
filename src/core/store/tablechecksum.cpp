#include "tablechecksum.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
// PostgreSQL's COPY text format: what separates columns and rows never occurs in a value.
void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

bool isInteger(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}
} // namespace

TableChecksum::TableChecksum(QList<int> textKeyColumns)
    : m_textKey(std::move(textKeyColumns))
{ }

QByteArray TableChecksum::canonicalRow(const QVariantList &row)
{
    QByteArray line;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            line += '\t';
        const QVariant &v = row.at(i);
        if (!v.isValid() || v.isNull())
            line += "\\N";
        else if (v.typeId() == QMetaType::QByteArray)
            line += "\\x" + v.toByteArray().toHex(); // text never has a lone backslash
        else if (v.typeId() == QMetaType::Bool)
            line += v.toBool() ? '1' : '0';
        else if (isInteger(v))
            line += v.toString().toLatin1(); // decimal, whatever width the driver chose
        else
            appendEscaped(line, v.toString().toUtf8());
    }
    line += '\n';
    return line;
}

void TableChecksum::addRow(const QVariantList &row)
{
    ++m_rows;
    if (m_textKey.isEmpty()) {
        m_hash.addData(canonicalRow(row));
        return;
    }
    QByteArrayList key;
    for (int column : std::as_const(m_textKey))
        key << row.value(column).toString().toUtf8();
    m_sorted.append({key, canonicalRow(row)});
}

QByteArray TableChecksum::finish()
{
    // QByteArray compares bytes as unsigned: UTF-8 byte order is code point order.
    std::sort(m_sorted.begin(), m_sorted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, line] : std::as_const(m_sorted))
        m_hash.addData(line);
    m_sorted.clear();
    return m_hash.result().toHex();
}

} // namespace galley
