#pragma once

// How Catch prints a validation finding in a failed assertion.

#include "intake/core/validation.h"

#include <catch2/catch.hpp>

#include <string>

namespace Catch {
template <>
struct StringMaker<intake::validation::FieldError> {
    static std::string convert(const intake::validation::FieldError& e) {
        return "{" + e.field + ", " + std::string(intake::validation::problemName(e.problem)) + ", " +
               std::to_string(e.limit) + (e.related.empty() ? "" : ", " + e.related) + "}";
    }
};
}  // namespace Catch
