#pragma once

#include "groups.h"
#include "pairagreement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Rapporteur::Blocs {

// A state's place on the map of agreement, and its regional group (the map's colour).
struct MapPoint
{
    QString code;
    double x = 0;
    double y = 0;
    QString group; // the short name of its regional group ("WEOG"); empty for none
};

// States placed in the plane so that those that vote alike lie close: classical
// (Torgerson) multidimensional scaling of the distances 1 − agreement. The squared distances are
// double-centred, B = −½ J D² J, and each state's coordinates are the two eigenvectors of B with
// the largest eigenvalues, each scaled by the square root of its eigenvalue. Where the distances
// are those of points in a plane, the map gives those points back (turned or mirrored).
struct AgreementMap
{
    QList<MapPoint> points; // in the matrix's order
    // States left off because some pair of theirs has no vote compared (no distance): the state
    // with most such pairs goes first, until every remaining pair has one.
    QStringList leftOut;
    // The share of the positive eigenvalues that each axis carries: how much of the distances
    // the plane shows.
    std::array<double, 2> explained{};
};

// Axes are oriented so that the point farthest along each lies on its positive side, which makes
// the map the same from run to run.
AgreementMap agreementMap(const AgreementMatrix &matrix,
                          const GroupTable &groups = GroupTable::builtIn());

} // namespace Rapporteur::Blocs
