#pragma once

#include "issuedocument.h"
#include "store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Small conversions between SQL values and the store's types, shared by its parts.
namespace galley::storerows {

inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

inline QVariant toVariant(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

inline QDateTime issueDate(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : parseIsoDate(s);
}

inline IssueStatus status(const QVariant &v)
{
    return issueStatusFromName(v.toString()).value_or(IssueStatus::Draft);
}

// The issue columns hits and link uses start with: id, number, title, date, status.
template<typename Row> void readIssueRef(const QSqlQuery &r, Row *row)
{
    row->issueId = r.value(0).toLongLong();
    row->number = optionalInt(r.value(1));
    row->title = r.value(2).toString();
    row->date = issueDate(r.value(3));
    row->status = status(r.value(4));
}

} // namespace galley::storerows
