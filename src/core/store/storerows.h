#pragma once

#include "issuedocument.h"
#include "store.h"

#include <QDateTime>
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

} // namespace galley::storerows
