#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QVariant>

#include <utility>

namespace galley {

// The checksum of one table's rows (see TableSummary): fed the rows in key order, or, for a
// table with a text key, in any order with their keys, sorted by the keys' UTF-8 bytes at the
// end. A row is its columns' values; QVariant() is NULL.
class TableChecksum
{
public:
    explicit TableChecksum(QList<int> textKeyColumns = {});

    void addRow(const QVariantList &row);
    qint64 rows() const { return m_rows; }
    // The SHA-256 in hex; call once, after the last row.
    QByteArray finish();

    // One row as the checksum sees it: its line, with the newline.
    static QByteArray canonicalRow(const QVariantList &row);

private:
    QList<int> m_textKey; // empty: rows come in key order and are summed as they come
    QList<std::pair<QByteArrayList, QByteArray>> m_sorted; // key, line
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    qint64 m_rows = 0;
};

} // namespace galley
