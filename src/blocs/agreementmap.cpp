#include "agreementmap.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace Rapporteur::Blocs {

namespace {

// The matrix's indexes kept: while some pair has no agreement, the state with most such pairs
// (the first of them on a tie) is left out.
QList<qsizetype> statesWithEveryPair(const AgreementMatrix &matrix, QStringList &leftOut)
{
    QList<qsizetype> kept;
    for (qsizetype i = 0; i < matrix.size(); ++i)
        kept.append(i);
    while (true) {
        qsizetype worst = -1;
        qsizetype worstMissing = 0;
        for (const qsizetype i : std::as_const(kept)) {
            qsizetype missing = 0;
            for (const qsizetype j : std::as_const(kept))
                missing += matrix.values[i][j] ? 0 : 1;
            if (missing > worstMissing) {
                worst = i;
                worstMissing = missing;
            }
        }
        if (worst < 0)
            return kept;
        leftOut.append(matrix.codes[worst]);
        kept.removeOne(worst);
    }
}

} // namespace

AgreementMap agreementMap(const AgreementMatrix &matrix, const GroupTable &groups)
{
    AgreementMap map;
    const QList<qsizetype> kept = statesWithEveryPair(matrix, map.leftOut);
    const auto n = static_cast<Eigen::Index>(kept.size());
    for (const qsizetype i : kept) {
        MapPoint point;
        point.code = matrix.codes[i];
        if (const auto group = groups.regionalGroupOf(point.code))
            point.group = group->shortName;
        map.points.append(point);
    }
    if (n < 2)
        return map; // one state sits at the origin; none, nothing to place

    Eigen::MatrixXd squared(n, n);
    for (Eigen::Index r = 0; r < n; ++r) {
        for (Eigen::Index c = 0; c < n; ++c) {
            const double distance = 1.0 - *matrix.values[kept[r]][kept[c]];
            squared(r, c) = distance * distance;
        }
    }
    // B = −½ J D² J with J = I − 11ᵀ/n: subtract row and column means, add the grand mean.
    const Eigen::VectorXd rowMeans = squared.rowwise().mean();
    const double grandMean = rowMeans.mean();
    Eigen::MatrixXd b(n, n);
    for (Eigen::Index r = 0; r < n; ++r) {
        for (Eigen::Index c = 0; c < n; ++c)
            b(r, c) = -0.5 * (squared(r, c) - rowMeans(r) - rowMeans(c) + grandMean);
    }
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(b);
    if (solver.info() != Eigen::Success)
        return map;
    // Eigenvalues come in increasing order: the two largest are last.
    const Eigen::VectorXd &values = solver.eigenvalues();
    double positive = 0;
    for (Eigen::Index k = 0; k < n; ++k)
        positive += std::max(values(k), 0.0);
    // An eigenvalue at the level of rounding is zero: the points lie on a line (or one spot),
    // and its axis must not scatter them by the square root of the noise.
    const double rounding = 1e-12 * std::max(values(n - 1), 0.0);
    for (int axis = 0; axis < 2 && axis < n; ++axis) {
        const Eigen::Index k = n - 1 - axis;
        const double value = values(k) > rounding ? values(k) : 0.0;
        map.explained[static_cast<std::size_t>(axis)] = positive > 0 ? value / positive : 0.0;
        Eigen::VectorXd coordinates = solver.eigenvectors().col(k) * std::sqrt(value);
        Eigen::Index farthest = 0;
        coordinates.cwiseAbs().maxCoeff(&farthest);
        if (coordinates(farthest) < 0)
            coordinates = -coordinates;
        for (Eigen::Index r = 0; r < n; ++r)
            (axis == 0 ? map.points[r].x : map.points[r].y) = coordinates(r);
    }
    return map;
}

} // namespace Rapporteur::Blocs
