#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace galley {

// An enum's values as the store writes them ("draft", "autosave", "new"): one table per enum,
// read both ways, names compared without case.
template<typename Enum> struct NamedValue
{
    const char16_t *name;
    Enum value;
};

template<typename Enum, std::size_t N>
QString nameOf(const NamedValue<Enum> (&table)[N], Enum value)
{
    for (const NamedValue<Enum> &entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NamedValue<Enum> (&table)[N], const QString &name)
{
    for (const NamedValue<Enum> &entry : table) {
        if (name.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace galley
