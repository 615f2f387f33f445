#pragma once

#include <QStringView>

#include <initializer_list>
#include <optional>

namespace Rapporteur {

// The one of `values` that nameOf() names `name`; nullopt when none is. Decoding by asking the
// function that names the values (votePositionName …) keeps one spelling of each, so a name
// written to a file or a column reads back as the same value.
template <typename Enum, typename NameOf>
std::optional<Enum> valueNamed(QStringView name, std::initializer_list<Enum> values, NameOf nameOf,
                               Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const Enum value : values) {
        if (name.compare(nameOf(value), cs) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace Rapporteur
