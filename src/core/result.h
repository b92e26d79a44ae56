#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace galley {

// An error a person can act on: where it happened and what to do about it. Core functions return
// these as values; the GUI and CLI decide how to show them (STYLE.md, rule 12).
struct Error
{
    // What kind of failure, for callers that react differently (a save conflict is offered as
    // "keep both"; a busy store is retried). Most errors are simply Failed. Offline: the
    // connection to a store's server was lost (PostgreSQL); nothing was written, and the
    // editor keeps its saves in a local journal until the connection is back (OfflineJournal).
    enum Code {
        Failed,
        NotFound,
        Conflict,
        Busy,
        ReadOnly,
        DiskFull,
        Corrupt,
        NewerSchema,
        Offline
    };

    QString file; // empty when the error is not about a file
    int line = 0; // 1-based; 0 when no line applies
    QString message; // a sentence, already translated
    Code code = Failed;

    // "file:line: message", dropping the parts that are not known.
    QString toString() const;
};

// A value or an Error, like C++23's std::expected, which g++ 12 does not offer in C++20 mode.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace galley
