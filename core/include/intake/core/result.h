#pragma once

#include "intake/core/error.h"

#include <cassert>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace intake {

// A value or an Error. Expected failures (a conflict, a wrong key) travel as
// values; exceptions are left for bugs. [[nodiscard]] so none is dropped.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(state_); }
    const T& value() const& { assert(ok()); return std::get<0>(state_); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    // By value on a temporary, so `for (auto& x : *makeResult())` owns what
    // it loops over instead of dangling into the dead Result.
    T operator*() && { return std::move(*this).value(); }

    const Error& error() const { assert(!ok()); return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)) {}

    bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { assert(!ok()); return *error_; }

private:
    std::optional<Error> error_;
};

}  // namespace intake

// Propagates the error of an expression returning Result<...> from a function
// that itself returns a Result.
#define INTAKE_TRY(expr)                         \
    do {                                         \
        auto intake_try_result_ = (expr);        \
        if (!intake_try_result_.ok())            \
            return intake_try_result_.error();   \
    } while (false)
