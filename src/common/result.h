#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace Rapporteur {

// A value or an Error: std::expected is C++23 and GCC 12 lacks it, so this is the small subset we
// use. Accessing the wrong alternative is a programming error and throws std::bad_variant_access.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing on success.
struct Unit
{
};
using Status = Result<Unit>;
inline Status success()
{
    return Unit{};
}

} // namespace Rapporteur
