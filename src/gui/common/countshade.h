#pragma once

#include <QColor>

namespace Rapporteur::Gui {

// How a matrix of counts colours its cells (the references' state × instrument matrix, the
// coding analysis's code × state and code × position): a shade of one accent that deepens with
// the count on a log scale, so that one state naming a regime 48 times does not wash out every
// single mention, with a floor that keeps a count of 1 visible. Zero cells stay unshaded.
class CountShade
{
public:
    // The largest count of the matrix: the full accent.
    void setMaximum(int maximum) { m_max = maximum; }

    // 0 for no count, else from 0.15 to 1.
    double intensity(int count) const;
    // The palette's base colour mixed towards the accent by intensity.
    QColor background(int count) const;
    // Whether the shade is too deep for the palette's dark text.
    bool wantsLightText(int count) const;

private:
    int m_max = 0;
};

} // namespace Rapporteur::Gui
