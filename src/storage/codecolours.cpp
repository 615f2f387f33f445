#include "codecolours.h"

#include <algorithm>

namespace Rapporteur::Storage {

const QStringList &codePalette()
{
    // Written down in migration 0016_code_colours.sql too, for the codes made before it.
    static const QStringList palette{QStringLiteral("#e6194b"), QStringLiteral("#3cb44b"),
                                     QStringLiteral("#4363d8"), QStringLiteral("#f58231"),
                                     QStringLiteral("#911eb4"), QStringLiteral("#42d4f4"),
                                     QStringLiteral("#f032e6"), QStringLiteral("#bfef45"),
                                     QStringLiteral("#9a6324"), QStringLiteral("#469990")};
    return palette;
}

CodeColourCount::CodeColourCount(const QStringList &coloursInUse)
{
    for (const QString &colour : coloursInUse)
        add(colour);
}

QString CodeColourCount::takeLeastUsed()
{
    const QStringList &palette = codePalette();
    const QString least = *std::min_element(
        palette.cbegin(), palette.cend(),
        [this](const QString &a, const QString &b) { return m_uses.value(a) < m_uses.value(b); });
    add(least);
    return least;
}

void CodeColourCount::add(const QString &colour)
{
    if (!colour.isEmpty())
        ++m_uses[colour.toLower()];
}

} // namespace Rapporteur::Storage
