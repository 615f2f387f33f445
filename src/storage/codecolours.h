#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Rapporteur::Storage {

// The colours a code is given when it is made without one (by the CLI, an import, the codebook
// dock): distinct enough to tell apart as margin bars, light enough as a tint behind black text.
// A code keeps the colour it was given (code.colour), so that it stays the same through undo,
// export and another program's import.
const QStringList &codePalette();

// The colours a codebook uses, counted once, so that each of a run of new codes (an import)
// takes the one used least without reading the codebook again.
class CodeColourCount final
{
public:
    explicit CodeColourCount(const QStringList &coloursInUse);

    // The palette colour used least (the first of them on a tie), now counted as used: ten
    // codes, ten colours; the eleventh shares the least used.
    QString takeLeastUsed();
    // A colour given by hand, counted as used.
    void add(const QString &colour);

private:
    QHash<QString, int> m_uses;
};

} // namespace Rapporteur::Storage
